#include "import/surveyimporter.h"
#include "import/xlsxreader.h"
#include "storage/projectrepository.h"
#include "testfiles.h"

#include <QTest>

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
};

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

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
