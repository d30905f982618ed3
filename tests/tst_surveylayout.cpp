#include "import/csvreader.h"
#include "import/mappingsuggester.h"
#include "import/surveyimporter.h"
#include "storage/projectrepository.h"
#include "testfiles.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

namespace {

QList<QStringList> firstRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file);
    QList<QStringList> rows;
    if (reader.open()) {
        while (rows.size() < 12 && reader.next())
            rows.append(reader.fields());
    }
    return rows;
}

const ImportCatalogue catalogue{
    {QStringLiteral("Apex"), QStringLiteral("Borealis"), QStringLiteral("美苏电器")},
    {QStringLiteral("Quote"), QStringLiteral("Delivery"), QStringLiteral("报价"),
     QStringLiteral("交付")},
    {QStringLiteral("price"), QStringLiteral("service")},
    Scale{}};

QList<ColumnRole> roles(const ImportMapping &mapping)
{
    QList<ColumnRole> result;
    for (const ColumnMapping &column : mapping.columns)
        result.append(column.role);
    return result;
}

} // namespace

class TestSurveyLayout : public QObject
{
    Q_OBJECT

private slots:
    void detects_data();
    void detects();
    void suggestsQualtrics();
    void suggestsSurveyMonkeyGrid();
    void suggestsGoogleForms();
    void suggestsTheJourneyOfANewProject();
    void importsLimeSurveyWithAHandMadeMapping();
    void importsQualtricsAsSuggested();
    void importsOtherToolsAsSuggested_data();
    void importsOtherToolsAsSuggested();
};

void TestSurveyLayout::detects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("headerRows");
    QTest::newRow("Qualtrics") << "qualtrics.csv" << int(SurveyLayout::Qualtrics) << 3;
    QTest::newRow("Qualtrics legacy")
        << "qualtrics-legacy.csv" << int(SurveyLayout::QualtricsLegacy) << 2;
    QTest::newRow("SurveyMonkey") << "surveymonkey.csv" << int(SurveyLayout::SurveyMonkey) << 2;
    QTest::newRow("LimeSurvey") << "limesurvey.csv" << int(SurveyLayout::LimeSurvey) << 1;
    QTest::newRow("Google Forms") << "googleforms.csv" << int(SurveyLayout::GoogleForms) << 1;
    QTest::newRow("long") << "long.csv" << int(SurveyLayout::PlainLong) << 1;
    QTest::newRow("wide") << "wide-gb18030.csv" << int(SurveyLayout::PlainWide) << 1;
}

void TestSurveyLayout::detects()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(int, headerRows);
    const SurveyLayout layout = SurveyLayout::detect(firstRows(TestFiles::importFixture(file)));
    QCOMPARE(int(layout.kind), kind);
    QCOMPARE(layout.headerRows, headerRows);
    QVERIFY(!SurveyLayout::kindName(layout.kind).isEmpty());
}

void TestSurveyLayout::suggestsQualtrics()
{
    const SurveyLayout layout = SurveyLayout::detect(
        firstRows(TestFiles::importFixture(QStringLiteral("qualtrics.csv"))));
    const ImportMapping mapping = MappingSuggester::suggest(layout, catalogue);
    QCOMPARE(mapping.headerRows, 3);
    QCOMPARE(roles(mapping),
             (QList<ColumnRole>{ColumnRole::Ignore, ColumnRole::Ignore, ColumnRole::RespondentId,
                                ColumnRole::Vendor, ColumnRole::SubprocessRating,
                                ColumnRole::SubprocessRating, ColumnRole::Overall,
                                ColumnRole::Recommend, ColumnRole::Attribute}));
    QCOMPARE(mapping.columns.at(4).target, QStringLiteral("Quote"));
    QCOMPARE(mapping.columns.at(5).target, QStringLiteral("Delivery"));
    QCOMPARE(mapping.columns.at(8).target, QStringLiteral("Region"));
}

// A project with no journey yet: the grid's columns of numbers on the 1–7 scale are its
// subprocesses, named by their option; the survey tool's numbers (progress, duration) and the
// overall and recommend questions are not.
void TestSurveyLayout::suggestsTheJourneyOfANewProject()
{
    const QList<QStringList> rows
        = firstRows(TestFiles::importFixture(QStringLiteral("qualtrics-de.csv")));
    const SurveyLayout layout = SurveyLayout::detect(rows);
    const ImportCatalogue vendorsOnly{
        {QStringLiteral("Apex"), QStringLiteral("Borealis")}, {}, {}, Scale{}};
    const ImportMapping mapping
        = MappingSuggester::suggest(layout, vendorsOnly, rows.mid(layout.headerRows));
    QCOMPARE(mapping.scale, (Scale{1, 7, 4}));
    QList<ColumnRole> expected(17, ColumnRole::Ignore);
    expected[8] = ColumnRole::RespondentId;
    expected[10] = ColumnRole::Vendor;
    expected[11] = expected[12] = expected[13] = ColumnRole::SubprocessRating;
    expected[14] = ColumnRole::Overall;
    expected[15] = ColumnRole::Recommend;
    expected[16] = ColumnRole::Attribute;
    QCOMPARE(roles(mapping), expected);
    QCOMPARE(mapping.columns.at(11).target, QStringLiteral("Angebot"));
    QCOMPARE(mapping.columns.at(12).target, QStringLiteral("Lieferung"));
    QCOMPARE(mapping.columns.at(13).target, QStringLiteral("Support"));

    // With a journey the file does not name, nothing is guessed.
    const ImportMapping withJourney
        = MappingSuggester::suggest(layout, catalogue, rows.mid(layout.headerRows));
    QCOMPARE(withJourney.columns.at(11).role, ColumnRole::Ignore);

    // A grid answered in words: its columns are the journey, with numbers for the words.
    const QList<QStringList> monkeyRows
        = firstRows(TestFiles::importFixture(QStringLiteral("surveymonkey-grid.csv")));
    const SurveyLayout monkey = SurveyLayout::detect(monkeyRows);
    const ImportMapping grid
        = MappingSuggester::suggest(monkey, vendorsOnly, monkeyRows.mid(monkey.headerRows));
    QCOMPARE(grid.scale, (Scale{1, 5, 3}));
    QStringList journey;
    for (const ColumnMapping &column : grid.columns) {
        if (column.role == ColumnRole::SubprocessRating)
            journey.append(column.target);
    }
    QCOMPARE(journey, (QStringList{QStringLiteral("Quote"), QStringLiteral("Delivery"),
                                   QStringLiteral("Support")}));
    QCOMPARE(grid.columns.at(5).coding.labels.value(QStringLiteral("Very favorably")), 5.0);
    QVERIFY(std::isnan(grid.columns.at(5).coding.labels.value(QStringLiteral("Unfamiliar (N/A)"))));
}

void TestSurveyLayout::suggestsSurveyMonkeyGrid()
{
    // The grid question's second column is blank in the first row: it continues the question.
    const SurveyLayout layout = SurveyLayout::detect(
        firstRows(TestFiles::importFixture(QStringLiteral("surveymonkey.csv"))));
    QCOMPARE(layout.headers.at(5), QStringLiteral("Please rate each step: – Quote"));
    QCOMPARE(layout.headers.at(6), QStringLiteral("Please rate each step: – Delivery"));
    const ImportMapping mapping = MappingSuggester::suggest(layout, catalogue);
    QCOMPARE(roles(mapping),
             (QList<ColumnRole>{ColumnRole::RespondentId, ColumnRole::Ignore, ColumnRole::Ignore,
                                ColumnRole::Ignore, ColumnRole::Vendor,
                                ColumnRole::SubprocessRating, ColumnRole::SubprocessRating,
                                ColumnRole::Overall, ColumnRole::Attribute}));
}

void TestSurveyLayout::suggestsGoogleForms()
{
    const SurveyLayout layout = SurveyLayout::detect(
        firstRows(TestFiles::importFixture(QStringLiteral("googleforms.csv"))));
    const ImportMapping mapping = MappingSuggester::suggest(layout, catalogue);
    QCOMPARE(roles(mapping), (QList<ColumnRole>{ColumnRole::RespondentId, ColumnRole::Vendor,
                                                ColumnRole::SubprocessRating,
                                                ColumnRole::SubprocessRating, ColumnRole::Overall,
                                                ColumnRole::Recommend, ColumnRole::Attribute}));
    QCOMPARE(mapping.columns.at(2).target, QStringLiteral("报价"));
}

void TestSurveyLayout::importsQualtricsAsSuggested()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("qualtrics"));
    ProjectRepository repository(*store);
    repository.addVendor({0, QStringLiteral("Apex"), true, QString(), 0});
    repository.addVendor({0, QStringLiteral("Borealis"), false, QString(), 1});
    repository.addSubprocess({0, QStringLiteral("Quote"), Phase::Purchase, 0, false});
    repository.addSubprocess({0, QStringLiteral("Delivery"), Phase::PostPurchase, 1, false});
    const QString path = TestFiles::importFixture(QStringLiteral("qualtrics.csv"));
    const ImportMapping mapping
        = MappingSuggester::suggest(SurveyLayout::detect(firstRows(path)), catalogue);
    const ImportReport report = SurveyImporter::run(store->handle(), path, mapping);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
    QCOMPARE(report.dataRows, 2); // the three header rows are not answers
    QCOMPARE(report.respondents, 2);
    QCOMPARE(repository.ratingCount(), 4);
    QCOMPARE(repository.evaluations(repository.surveys().at(0).id).at(1).recommend, 3.0);
    QCOMPARE(repository.respondentAttributes(repository.surveys().at(0).id).at(0).value,
             QStringLiteral("North"));
}

void TestSurveyLayout::importsOtherToolsAsSuggested_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("ratings");
    QTest::newRow("SurveyMonkey") << "surveymonkey.csv" << 2;
    QTest::newRow("Google Forms") << "googleforms.csv" << 2;
    QTest::newRow("Qualtrics legacy") << "qualtrics-legacy.csv" << 2;
}

void TestSurveyLayout::importsOtherToolsAsSuggested()
{
    QFETCH(QString, file);
    QFETCH(int, ratings);
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("tools"));
    ProjectRepository repository(*store);
    repository.addVendor({0, QStringLiteral("Apex"), true, QString(), 0});
    repository.addVendor({0, QStringLiteral("美苏电器"), false, QString(), 1});
    repository.addSubprocess({0, QStringLiteral("Quote"), Phase::Purchase, 0, false});
    repository.addSubprocess({0, QStringLiteral("Delivery"), Phase::PostPurchase, 1, false});
    repository.addSubprocess({0, QStringLiteral("报价"), Phase::Purchase, 2, false});
    repository.addSubprocess({0, QStringLiteral("交付"), Phase::PostPurchase, 3, false});
    const QString path = TestFiles::importFixture(file);
    const ImportMapping mapping
        = MappingSuggester::suggest(SurveyLayout::detect(firstRows(path)), catalogue);
    const ImportReport report = SurveyImporter::run(store->handle(), path, mapping);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
    QCOMPARE(report.dataRows, 1);
    QCOMPARE(report.ratings, ratings);
    QCOMPARE(repository.evaluations(repository.surveys().at(0).id).at(0).overall, 7.0);
}

// LimeSurvey's codes (Q1[SQ001]) name no subprocess: the user maps them by hand.
void TestSurveyLayout::importsLimeSurveyWithAHandMadeMapping()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("lime"));
    ProjectRepository repository(*store);
    repository.addVendor({0, QStringLiteral("Apex"), true, QString(), 0});
    repository.addSubprocess({0, QStringLiteral("Quote"), Phase::Purchase, 0, false});
    repository.addSubprocess({0, QStringLiteral("Delivery"), Phase::PostPurchase, 1, false});
    const QString path = TestFiles::importFixture(QStringLiteral("limesurvey.csv"));
    const SurveyLayout layout = SurveyLayout::detect(firstRows(path));
    QCOMPARE(layout.kind, SurveyLayout::LimeSurvey);
    ImportMapping mapping = MappingSuggester::suggest(layout, catalogue);
    QCOMPARE(mapping.columns.at(6).role, ColumnRole::Ignore); // Q1[SQ001]: not a name it knows
    mapping.columns[6] = {ColumnRole::SubprocessRating, QStringLiteral("Quote"), QString()};
    mapping.columns[7] = {ColumnRole::SubprocessRating, QStringLiteral("Delivery"), QString()};
    const ImportReport report = SurveyImporter::run(store->handle(), path, mapping);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
    QCOMPARE(report.respondents, 1);
    const QList<Rating> ratings = repository.ratings(repository.surveys().at(0).id);
    QCOMPARE(ratings.size(), 2);
    QCOMPARE(ratings.at(0).value + ratings.at(1).value, 7.0 + 8.0);
    QCOMPARE(repository.evaluations(repository.surveys().at(0).id).at(0).overall, 7.0);
    QCOMPARE(repository.respondents(repository.surveys().at(0).id).at(0).externalId,
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestSurveyLayout)
#include "tst_surveylayout.moc"
