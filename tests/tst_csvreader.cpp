#include "import/csvreader.h"
#include "import/textencoding.h"
#include "testfiles.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Peakend;

namespace {

QList<QStringList> readAll(const QString &path, CsvReader::Options options = {},
                           QString *encoding = nullptr, QChar *delimiter = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, options);
    if (!reader.open())
        return {};
    QList<QStringList> rows;
    while (reader.next())
        rows.append(reader.fields());
    if (encoding)
        *encoding = reader.encoding();
    if (delimiter)
        *delimiter = reader.delimiter();
    return rows;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quotedFieldsAndLineBreaks();
    void encodings_data();
    void encodings();
    void overrideEncoding();
    void reportsRecordAndLine();
    void unterminatedQuote();
    void streamsInChunks();
};

void TestCsvReader::quotedFieldsAndLineBreaks()
{
    QString encoding;
    const QList<QStringList> rows
        = readAll(TestFiles::importFixture(QStringLiteral("quoted.csv")), {}, &encoding);
    QCOMPARE(encoding, QStringLiteral("UTF-8"));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("id"), QStringLiteral("comment"),
                                      QStringLiteral("score")}));
    QCOMPARE(rows.at(1).at(1), QStringLiteral("fine, thanks"));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("said \"great\"\r\nthen left"));
    QCOMPARE(rows.at(3),
             (QStringList{QStringLiteral("3"), QStringLiteral("plain"), QStringLiteral("9")}));
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("cell"); // row 2, column 2
    QTest::newRow("GB18030, semicolons")
        << TestFiles::importFixture(QStringLiteral("wide-gb18030.csv")) << QStringLiteral("GB18030")
        << QChar(QLatin1Char(';')) << QStringLiteral("美苏电器");
    QTest::newRow("Big5") << TestFiles::importFixture(QStringLiteral("wide-big5.csv"))
                          << QStringLiteral("Big5") << QChar(QLatin1Char(','))
                          << QStringLiteral("美蘇電器");
    QTest::newRow("UTF-16 tabs") << TestFiles::importFixture(QStringLiteral("wide-utf16.txt"))
                                 << QStringLiteral("UTF-16LE") << QChar(QLatin1Char('\t'))
                                 << QStringLiteral("Apex");
    QTest::newRow("windows-1252") << TestFiles::importFixture(QStringLiteral("latin1.csv"))
                                  << QStringLiteral("windows-1252") << QChar(QLatin1Char(','))
                                  << QStringLiteral("Société Générale");
    QTest::newRow("UTF-8") << TestFiles::importFixture(QStringLiteral("long.csv"))
                           << QStringLiteral("UTF-8") << QChar(QLatin1Char(','))
                           << QStringLiteral("Apex");
}

void TestCsvReader::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QString, cell);
    QString detected;
    QChar detectedDelimiter;
    const QList<QStringList> rows = readAll(file, {}, &detected, &detectedDelimiter);
    QCOMPARE(detected, encoding);
    QCOMPARE(detectedDelimiter, delimiter);
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows.at(1).at(1), cell);
}

void TestCsvReader::overrideEncoding()
{
    // Read as GB18030 by mistake, Big5 bytes give the wrong characters; the user's choice wins.
    CsvReader::Options options;
    options.encoding = QStringLiteral("GB18030");
    const QList<QStringList> rows
        = readAll(TestFiles::importFixture(QStringLiteral("wide-big5.csv")), options);
    QVERIFY(rows.at(1).at(1) != QStringLiteral("美蘇電器"));
    options.encoding = QStringLiteral("Big5");
    QCOMPARE(
        readAll(TestFiles::importFixture(QStringLiteral("wide-big5.csv")), options).at(1).at(1),
        QStringLiteral("美蘇電器"));
}

void TestCsvReader::reportsRecordAndLine()
{
    QFile file(TestFiles::importFixture(QStringLiteral("quoted.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QVERIFY(reader.open());
    QVERIFY(reader.next() && reader.next() && reader.next() && reader.next());
    QCOMPARE(reader.record(), 4);
    QCOMPARE(reader.line(), 5); // record 3 spans lines 3 and 4
    QVERIFY(!reader.next());
    QVERIFY(!reader.hasError());
}

void TestCsvReader::unterminatedQuote()
{
    QByteArray bytes("a,b\n1,\"open\n2,3\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.open());
    QVERIFY(reader.next());
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(QStringLiteral("line 2")),
             qPrintable(reader.errorString()));
}

void TestCsvReader::streamsInChunks()
{
    // 3 MiB of rows with a multi-byte character across every chunk boundary there may be.
    QByteArray bytes("name,value\n");
    while (bytes.size() < 3 * 1024 * 1024)
        bytes.append("\"服务, \"\"好\"\"\",7\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.open());
    QVERIFY(reader.next());
    qint64 rows = 0;
    while (reader.next()) {
        ++rows;
        if (reader.field(0) != QStringLiteral("服务, \"好\"") || reader.field(1) != u"7")
            QFAIL(qPrintable(QStringLiteral("record %1: %2")
                                 .arg(reader.record())
                                 .arg(reader.fields().join(QLatin1Char('|')))));
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(rows, (bytes.size() - 11) / qint64(QByteArray("\"服务, \"\"好\"\"\",7\n").size()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
