#include "storage/fileheader.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Peakend;

class TestFileHeader : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
};

void TestFileHeader::check_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << int(StoreError::Kind::NotSqlite)
                           << QStringLiteral("“p.peakend” is not a Peakend project: it is not an "
                                             "SQLite database.");
    QTest::newRow("text") << QByteArray("respondent,vendor,rating\n1,A,7\n")
                          << int(StoreError::Kind::NotSqlite)
                          << QStringLiteral("“p.peakend” is not a Peakend project: it is not an "
                                            "SQLite database.");
    QTest::newRow("magic only") << QByteArray("SQLite format 3\0 and then nothing", 33)
                                << int(StoreError::Kind::Truncated)
                                << QStringLiteral("“p.peakend” is truncated: it is only 33 bytes "
                                                  "long.");
    // A header that says 3 pages of 4096 bytes (change counter 7 = version-valid-for 7).
    QByteArray header(100, '\0');
    header.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    header[16] = 0x10; // page size 4096
    header[27] = 7;    // change counter
    header[31] = 3;    // page count
    header[95] = 7;    // version-valid-for
    QTest::newRow("short by pages")
        << header + QByteArray(4096 - 100, '\0') << int(StoreError::Kind::Truncated)
        << QStringLiteral("“p.peakend” is truncated: it should be "
                          "12288 bytes long but is 4096 bytes. "
                          "Restore it from a backup.");
    QTest::newRow("complete") << header + QByteArray(3 * 4096 - 100, '\0')
                              << int(StoreError::Kind::None) << QString();
}

void TestFileHeader::check()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.peakend"));
    QVERIFY(TestFiles::writeAll(path, bytes));
    const StoreError error = FileHeader::check(path);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.message, message);
}

QTEST_GUILESS_MAIN(TestFileHeader)
#include "tst_fileheader.moc"
