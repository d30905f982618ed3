#include "storage/fileheader.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Peakend;

class TestFileHeader : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void refusesWhatIsNotAFile();
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
    header[16] = 0x10;                         // page size 4096
    header[27] = 7;                            // change counter
    header[31] = 3;                            // page count
    header[95] = 7;                            // version-valid-for
    header.replace(68, 4, QByteArray("PEAK")); // Peakend's application id
    QTest::newRow("short by pages")
        << header + QByteArray(4096 - 100, '\0') << int(StoreError::Kind::Truncated)
        << QStringLiteral("“p.peakend” is truncated: it should be "
                          "12288 bytes long but is 4096 bytes. "
                          "Restore it from a backup.");
    QTest::newRow("complete") << header + QByteArray(3 * 4096 - 100, '\0')
                              << int(StoreError::Kind::None) << QString();
    QByteArray foreign = header;
    foreign.replace(68, 4, QByteArray("\x12\x34\x56\x78", 4));
    QTest::newRow("another program's")
        << foreign + QByteArray(3 * 4096 - 100, '\0') << int(StoreError::Kind::ForeignApplication)
        << QStringLiteral("“p.peakend” is an SQLite database of another program (application id "
                          "0x12345678), not a Peakend project.");
}

// A folder, or a pipe that would block the reader forever, is refused before it is opened.
void TestFileHeader::refusesWhatIsNotAFile()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("folder.peakend"));
    QVERIFY(QDir().mkdir(folder));
    const QString pipe = dir.filePath(QStringLiteral("pipe.peakend"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    for (const QString &path : {folder, pipe}) {
        const StoreError error = FileHeader::check(path);
        QCOMPARE(error.kind, StoreError::Kind::NotSqlite);
        QCOMPARE(error.message,
                 QStringLiteral("“%1” is not a Peakend project: it is not a regular file (a "
                                "folder, a pipe or a device).")
                     .arg(QFileInfo(path).fileName()));
    }
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
