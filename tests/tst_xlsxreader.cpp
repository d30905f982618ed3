#include "import/importsource.h"
#include "import/surveyimporter.h"
#include "import/xlsxreader.h"
#include "storage/projectrepository.h"
#include "testfiles.h"
#include "xlsxbuilder.h"

#include <QTest>

#include <sys/resource.h>

using namespace Peakend;

namespace {

const QString workbook = QStringLiteral(PEAKEND_FIXTURES "/import/answers.xlsx");

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void readsCellsOfEveryKind();
    void firstSheetByDefault();
    void refusesOtherFiles();
    void importsAWorkbook();
    void refusesHostileWorkbooks_data();
    void refusesHostileWorkbooks();
    void refusesAPartThatUnpacksTooFar();
};

namespace {

// Reads a whole sheet; the reader's error (empty when it read to the end).
QString readToEnd(const QString &path, int *rows = nullptr)
{
    XlsxReader reader(path);
    if (!reader.open())
        return reader.errorString();
    int count = 0;
    while (reader.next())
        ++count;
    if (rows)
        *rows = count;
    return reader.errorString();
}

qint64 peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace

void TestXlsxReader::readsCellsOfEveryKind()
{
    XlsxReader reader(workbook, QStringLiteral("Answers"));
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(),
             (QStringList{QStringLiteral("Notes"), QStringLiteral("Answers")}));
    QVERIFY(reader.next());
    QCOMPARE(reader.record(), 1);
    QCOMPARE(reader.fields(), (QStringList{QStringLiteral("respondent"), QStringLiteral("vendor"),
                                           QStringLiteral("Quote"), QStringLiteral("Delivery"),
                                           QStringLiteral("overall"), QStringLiteral("fielded")}));
    QVERIFY(reader.next());
    // Serial 46144 in the built-in date format 14: 2026-05-02 (1900 date system).
    QCOMPARE(reader.fields(), (QStringList{QStringLiteral("R1"), QStringLiteral("Apex"),
                                           QStringLiteral("7"), QStringLiteral("8.5"),
                                           QStringLiteral("7"), QStringLiteral("2026-05-02")}));
    QVERIFY(reader.next());
    QCOMPARE(reader.record(), 4); // row 3 is not in the sheet at all
    // An inline string, a skipped cell (C4), a boolean, a custom date-time format at noon.
    QCOMPARE(reader.fields(), (QStringList{QStringLiteral("R2"), QStringLiteral("美苏电器"),
                                           QString(), QStringLiteral("4"), QStringLiteral("1"),
                                           QStringLiteral("2026-05-02T12:00:00")}));
    QVERIFY(!reader.next());
    QVERIFY(!reader.hasError());
}

void TestXlsxReader::firstSheetByDefault()
{
    XlsxReader reader(workbook);
    QVERIFY(reader.open());
    QVERIFY(reader.next());
    QCOMPARE(reader.fields(), QStringList{QStringLiteral("notes")});
    XlsxReader missing(workbook, QStringLiteral("Nope"));
    QVERIFY(!missing.open());
    QVERIFY(missing.errorString().contains(QStringLiteral("“Nope”")));
}

void TestXlsxReader::refusesOtherFiles()
{
    const QString csv = QStringLiteral(PEAKEND_FIXTURES "/import/long.csv");
    QVERIFY(!XlsxReader::looksLikeXlsx(csv));
    QVERIFY(XlsxReader::looksLikeXlsx(workbook));
    XlsxReader reader(csv);
    QVERIFY(!reader.open());
    QVERIFY(reader.errorString().contains(QStringLiteral("long.csv")));
    // A truncated workbook.
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.xlsx"));
    QVERIFY(TestFiles::writeAll(broken, TestFiles::readAll(workbook).left(300)));
    XlsxReader damaged(broken);
    QVERIFY(!damaged.open() || !damaged.next() || damaged.hasError());
}

void TestXlsxReader::importsAWorkbook()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("xlsx"));
    ProjectRepository repository(*store);
    ImportMapping mapping;
    mapping.createMissing = true;
    mapping.columns = {{ColumnRole::RespondentId, {}, {}},
                       {ColumnRole::Vendor, {}, {}},
                       {ColumnRole::SubprocessRating, QStringLiteral("Quote"), {}},
                       {ColumnRole::SubprocessRating, QStringLiteral("Delivery"), {}},
                       {ColumnRole::Overall, {}, {}},
                       {ColumnRole::Ignore, {}, {}}};
    ImportOptions options;
    options.sheet = QStringLiteral("Answers");
    const ImportReport report = SurveyImporter::run(store->handle(), workbook, mapping, options);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
    QCOMPARE(report.format, QStringLiteral("xlsx"));
    QCOMPARE(report.ratings, 3);
    QCOMPARE(repository.surveys().at(0).sourceFormat, QStringLiteral("xlsx"));
    QCOMPARE(repository.vendors().at(1).name, QStringLiteral("美苏电器"));
}

// Each crafted workbook is refused with its cell or part named, and reading it costs far less
// than the 100 MB a survey import may take (it took 607 MB for one cell "AAAAAA1" once).
void TestXlsxReader::refusesHostileWorkbooks_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QByteArray>("sharedStrings");
    QTest::addColumn<QByteArray>("dimension");
    QTest::addColumn<QString>("message");
    const QByteArray strings = "<?xml version=\"1.0\"?><sst><si><t>id</t></si></sst>";
    QTest::newRow("column AAAAAA")
        << QByteArray("<row r=\"1\"><c r=\"AAAAAA1\"><v>1</v></c></row>") << QByteArray()
        << QByteArray() << QStringLiteral("The cell AAAAAA1 is beyond a worksheet's last column");
    QTest::newRow("column AAAAAAA")
        << QByteArray("<row r=\"1\"><c r=\"AAAAAAA1\"><v>1</v></c></row>") << QByteArray()
        << QByteArray() << QStringLiteral("The cell AAAAAAA1 is beyond");
    QTest::newRow("column ZZZZZZZ (would overflow)")
        << QByteArray("<row r=\"1\"><c r=\"ZZZZZZZ1\"><v>1</v></c></row>") << QByteArray()
        << QByteArray() << QStringLiteral("The cell ZZZZZZZ1 is beyond");
    QTest::newRow("column XFE") << QByteArray("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
                                << QByteArray() << QByteArray()
                                << QStringLiteral("The cell XFE1 is beyond");
    QTest::newRow("dimension past XFD")
        << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") << QByteArray()
        << QByteArray("A1:AAAAAA1") << QStringLiteral("spans A1:AAAAAA1, beyond");
    QTest::newRow("row past 1048576")
        << QByteArray("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>") << QByteArray()
        << QByteArray() << QStringLiteral("Row 1048577 is beyond a worksheet's last row");
    QTest::newRow("damaged shared strings")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
        << QByteArray("<?xml version=\"1.0\"?><sst><si><t>id</t></si><si><t>ven") << QByteArray()
        << QStringLiteral("The shared texts (xl/sharedStrings.xml) are damaged");
    QTest::newRow("shared text that is not there")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                      "t=\"s\"><v>7</v></c></row>")
        << strings << QByteArray()
        << QStringLiteral("The cell B1 refers to shared text 7, which the workbook does not "
                          "have (it has 1)");
    QTest::newRow("cell longer than Excel's")
        << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>")
               + QByteArray(40000, 'x') + QByteArray("</t></is></c></row>")
        << QByteArray() << QByteArray() << QStringLiteral("The cell C1 holds more than 32,767");
    QByteArray wide = "<row r=\"1\">";
    for (int c = 0; c < 200; ++c)
        wide += "<c t=\"inlineStr\"><is><t>" + QByteArray(30000, 'y') + "</t></is></c>";
    wide += "</row>";
    QTest::newRow("row longer than any answer row")
        << wide << QByteArray() << QByteArray()
        << QStringLiteral("Row 1 holds more than 4,194,304 characters");
}

void TestXlsxReader::refusesHostileWorkbooks()
{
    QFETCH(QByteArray, rows);
    QFETCH(QByteArray, sharedStrings);
    QFETCH(QByteArray, dimension);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.xlsx"));
    QVERIFY(XlsxBuilder::write(path, rows, sharedStrings, dimension));
    const qint64 before = peakKilobytes();
    const QString error = readToEnd(path);
    QVERIFY2(error.contains(message), qPrintable(error));
    // What the import wizard shows: the file named once, then what is wrong where.
    const ImportPreview preview = ImportSource::preview(path, ImportOptions(), 20);
    QVERIFY2(preview.error.contains(message), qPrintable(preview.error));
    QCOMPARE(preview.error.count(QStringLiteral("hostile.xlsx")), 1);
    QVERIFY2(peakKilobytes() - before < 100 * 1024,
             qPrintable(QStringLiteral("%1 KiB more").arg(peakKilobytes() - before)));
}

// A zip states each part's unpacked size: a few kilobytes may claim gigabytes.
void TestXlsxReader::refusesAPartThatUnpacksTooFar()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
    QVERIFY(XlsxBuilder::write(path, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                               QByteArray(65 * 1024 * 1024, ' ')));
    QVERIFY(QFileInfo(path).size() < 1024 * 1024);
    const QString error = readToEnd(path);
    QVERIFY2(error.contains(QStringLiteral("The part xl/sharedStrings.xml unpacks to 65 MB")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
