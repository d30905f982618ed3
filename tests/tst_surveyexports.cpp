#include "analysis/projectanalysis.h"
#include "assembly/waveassembler.h"
#include "document/projectdocument.h"
#include "import/importsession.h"
#include "import/surveyimporter.h"
#include "storage/projectrepository.h"
#include "testfiles.h"

#include <QTest>
#include <QTranslator>

using namespace Peakend;

namespace {

// A project that knows the fixtures' vendors and journey, as a user's would before importing.
std::unique_ptr<ProjectDocument> journeyProject(const QTemporaryDir &dir)
{
    auto document = TestFiles::newDocument(dir, QStringLiteral("exports"));
    if (!document)
        return nullptr;
    ProjectRepository &repository = document->writableRepository();
    repository.addVendor({0, QStringLiteral("Apex"), true, QString(), 0});
    repository.addVendor({0, QStringLiteral("Borealis"), false, QString(), 1});
    int position = 0;
    for (const char *name : {"Quote", "Delivery", "Support", "Angebot", "Lieferung"})
        repository.addSubprocess({0, QString::fromUtf8(name), Phase::Purchase, position++, false});
    return document;
}

// The suggested mapping written as a mapping file and read back: the headless path.
std::optional<ImportMapping> throughMappingFile(const QTemporaryDir &dir, ImportSession &session,
                                                QString *json)
{
    const ImportMapping suggested = session.suggestion();
    const QString path = dir.filePath(QStringLiteral("map.json"));
    if (!TestFiles::writeAll(path, suggested.toJson(QJsonDocument::Indented)))
        return std::nullopt;
    *json = QString::fromUtf8(TestFiles::readAll(path));
    return ImportMapping::fromJson(TestFiles::readAll(path));
}

struct Cell
{
    const char *vendor;
    const char *subprocess;
    double mean; // worked out by hand from the fixture's rows
    int n;
};

} // namespace

Q_DECLARE_METATYPE(Cell)
Q_DECLARE_METATYPE(Peakend::Scale)

// Exports shaped as survey tools write them (tests/fixtures/import/make-fixtures.py), each
// imported with its suggested mapping through a mapping file, as `peakend import
// --mapping-file` does, then read back: the wave's scale, the counts, and every curve mean
// against the mean worked out by hand from the rows, on the answers' own scale.
class TestSurveyExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsAsSuggested_data();
    void importsAsSuggested();
    void segmentsNeverHoldMissingCodes();
    void recommendCoded1To11();
    void labelsAndNoAnswerFromText();
    void workbookRowsArePadded();
    void mappingFileForOtherColumnsIsRefused();
    void spssFileAsRead();

private:
    QTranslator m_english; // plural forms
};

void TestSurveyExports::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral("peakend_en"), QStringLiteral(PEAKEND_QM_DIR)));
    QCoreApplication::installTranslator(&m_english);
}

void TestSurveyExports::importsAsSuggested_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("headerRows");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<int>("respondents");
    QTest::addColumn<int>("ratings");
    QTest::addColumn<QList<Cell>>("cells");

    // German Qualtrics, 1–7, −99 for no answer: Apex Angebot (7 + 5) / 2, Support 5 alone.
    QTest::newRow("Qualtrics, German, 1-7")
        << "qualtrics-de.csv" << int(SurveyLayout::Qualtrics) << 3 << Scale{1, 7, 4} << 4 << 11
        << QList<Cell>{{"Apex", "Angebot", 6.0, 2},       {"Apex", "Lieferung", 5.0, 2},
                       {"Apex", "Support", 5.0, 1},       {"Borealis", "Angebot", 4.5, 2},
                       {"Borealis", "Lieferung", 3.5, 2}, {"Borealis", "Support", 5.5, 2}};
    // Qualtrics Insights (2016), 0–10 with a 0: Apex Quote (0 + 8) / 2.
    QTest::newRow("Qualtrics 2016, 0-10")
        << "qualtrics-2016.csv" << int(SurveyLayout::Qualtrics) << 3 << Scale{0, 10, 5} << 3 << 6
        << QList<Cell>{{"Apex", "Quote", 4.0, 2},
                       {"Apex", "Delivery", 9.5, 2},
                       {"Borealis", "Quote", 4.0, 1},
                       {"Borealis", "Delivery", 6.0, 1}};
    // SurveyMonkey grid of favourability labels, 1–5: very = 5 … very unfavorably = 1,
    // "Unfamiliar (N/A)" no answer. Apex Quote (5 + 4) / 2, Support 1 alone.
    QTest::newRow("SurveyMonkey grid, labels, cp1252")
        << "surveymonkey-grid.csv" << int(SurveyLayout::SurveyMonkey) << 2 << Scale{1, 5, 3} << 4
        << 10 << QList<Cell>{{"Apex", "Quote", 4.5, 2},        {"Apex", "Delivery", 3.5, 2},
                             {"Apex", "Support", 1.0, 1},      {"Borealis", "Quote", 2.0, 1},
                             {"Borealis", "Delivery", 3.5, 2}, {"Borealis", "Support", 3.5, 2}};
    // LimeSurvey full text with satisfaction labels, 1–5.
    QTest::newRow("LimeSurvey, full text, labels")
        << "limesurvey-text.csv" << int(SurveyLayout::LimeSurvey) << 1 << Scale{1, 5, 3} << 3 << 6
        << QList<Cell>{{"Apex", "Quote", 4.0, 2},
                       {"Apex", "Delivery", 2.5, 2},
                       {"Borealis", "Quote", 2.0, 1},
                       {"Borealis", "Delivery", 4.0, 1}};
    // Semicolons, decimal comma, −99, 1–100: Apex Delivery (70 + 55.5) / 2.
    QTest::newRow("semicolons, 1-100")
        << "semicolon-100.csv" << int(SurveyLayout::PlainWide) << 1 << Scale{1, 100, 50.5} << 4 << 6
        << QList<Cell>{{"Apex", "Quote", 85.0, 1},
                       {"Apex", "Delivery", 62.75, 2},
                       {"Borealis", "Quote", 52.5, 2},
                       {"Borealis", "Delivery", 100.0, 1}};
    // SPSS: vendors coded 1 = Apex, 2 = Borealis; 9 = "Don't know" is no answer (declared
    // missing for q2, a value label for q1); the labels' points make the scale 1–5.
    QTest::newRow("SPSS, value labels")
        << "spss.sav" << int(SurveyLayout::Spss) << 2 << Scale{1, 5, 3} << 4 << 6
        << QList<Cell>{{"Apex", "Quote", 5.0, 1},
                       {"Apex", "Delivery", 3.5, 2},
                       {"Borealis", "Quote", 2.5, 2},
                       {"Borealis", "Delivery", 5.0, 1}};
    // Respondent × brand rows, 0–10, one blank answer.
    QTest::newRow("respondent x brand, 0-10")
        << "brands-0-10.csv" << int(SurveyLayout::PlainWide) << 1 << Scale{0, 10, 5} << 2 << 11
        << QList<Cell>{{"Apex", "Quote", 5.0, 2},        {"Apex", "Delivery", 9.5, 2},
                       {"Apex", "Support", 6.5, 2},      {"Borealis", "Quote", 5.5, 2},
                       {"Borealis", "Delivery", 4.5, 2}, {"Borealis", "Support", 1.0, 1}};
}

void TestSurveyExports::importsAsSuggested()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(int, headerRows);
    QFETCH(Scale, scale);
    QFETCH(int, respondents);
    QFETCH(int, ratings);
    QFETCH(QList<Cell>, cells);
    QTemporaryDir dir;
    const auto document = journeyProject(dir);
    QVERIFY(document);
    const QString path = TestFiles::importFixture(file);
    ImportSession session(*document, path);
    QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
    QCOMPARE(int(session.layout().kind), kind);
    QCOMPARE(session.layout().headerRows, headerRows);
    QString json;
    std::optional<ImportMapping> mapping = throughMappingFile(dir, session, &json);
    QVERIFY2(mapping, qPrintable(json));
    mapping->surveyName = file;
    QVERIFY2(mapping->problem(session.layout().headers).isEmpty(),
             qPrintable(mapping->problem(session.layout().headers) + json));
    QVERIFY(mapping->scale);
    QCOMPARE(*mapping->scale, scale);

    qint64 surveyId = 0;
    const ImportReport report = SurveyImporter::run(TestFiles::storeOf(*document).handle(), path,
                                                    *mapping, {}, &surveyId);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message + json));
    QVERIFY2(!report.hasBlockingWarning(), qPrintable(report.warnings.value(0).message));
    QCOMPARE(report.respondents, respondents);
    QCOMPARE(report.ratings, ratings);

    const ProjectRepository &repository = document->repository();
    QCOMPARE(repository.surveys().last().scale, scale);
    QCOMPARE(repository.surveys().last().mapping, QString::fromUtf8(mapping->toJson()));
    const SurveyData data = WaveAssembler::load(repository, surveyId);
    QCOMPARE(data.scale, scale);
    CurveOptions absolute;
    absolute.mode = CurveMode::Absolute;
    const EmotionCurves curves = EmotionCurves::compute(data, absolute);
    QCOMPARE(curves.neutral, scale.neutral);
    for (const Cell &cell : cells) {
        const auto v = std::find_if(curves.vendors.cbegin(), curves.vendors.cend(),
                                    [&](const VendorCurve &curve) {
                                        return curve.vendor.name == QLatin1String(cell.vendor);
                                    });
        const auto s = std::find_if(curves.subprocesses.cbegin(), curves.subprocesses.cend(),
                                    [&](const Subprocess &subprocess) {
                                        return subprocess.name == QLatin1String(cell.subprocess);
                                    });
        QVERIFY(v != curves.vendors.cend() && s != curves.subprocesses.cend());
        const CurveCell &point = v->cells.at(s - curves.subprocesses.cbegin());
        const QByteArray where = QByteArray(cell.vendor) + " " + cell.subprocess;
        QVERIFY2(point.rating.n == cell.n, where.constData());
        QVERIFY2(qFuzzyCompare(point.rating.mean, cell.mean), where.constData());
        // e on the answers' own scale: the mean less its own neutral point.
        QVERIFY2(qFuzzyCompare(1.0 + point.e, 1.0 + cell.mean - scale.neutral), where.constData());
    }
}

// −99 in the segment column of the semicolon file and the region of the German Qualtrics
// file is no answer, never a segment value.
void TestSurveyExports::segmentsNeverHoldMissingCodes()
{
    for (const char *file : {"semicolon-100.csv", "qualtrics-de.csv"}) {
        QTemporaryDir dir;
        const auto document = journeyProject(dir);
        const QString path = TestFiles::importFixture(QString::fromUtf8(file));
        ImportSession session(*document, path);
        ImportMapping mapping = session.suggestion();
        mapping.surveyName = QStringLiteral("wave");
        QVERIFY(mapping.missingCodes.contains(-99.0));
        qint64 surveyId = 0;
        const ImportReport report = SurveyImporter::run(TestFiles::storeOf(*document).handle(),
                                                        path, mapping, {}, &surveyId);
        QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
        const QList<RespondentAttribute> attributes
            = document->repository().respondentAttributes(surveyId);
        QCOMPARE(attributes.size(), 3); // four respondents, one answered −99
        for (const RespondentAttribute &attribute : attributes)
            QVERIFY2(attribute.value != QLatin1String("-99"), file);
    }
}

// Likelihood to recommend coded 1–11 becomes 0–10: 11 → 10 and 9 → 8 (Apex: a promoter and
// a passive), 1 → 0 and 6 → 5 (Borealis: two detractors). NPS = (1 − 2) / 4 = −25.
void TestSurveyExports::recommendCoded1To11()
{
    QTemporaryDir dir;
    const auto document = journeyProject(dir);
    const QString path = TestFiles::importFixture(QStringLiteral("semicolon-100.csv"));
    ImportSession session(*document, path);
    ImportMapping mapping = session.suggestion();
    mapping.surveyName = QStringLiteral("wave");
    const ColumnMapping &recommend = mapping.columns.at(5);
    QCOMPARE(recommend.role, ColumnRole::Recommend);
    QCOMPARE(recommend.coding.min, 1.0);
    QCOMPARE(recommend.coding.max, 11.0);
    qint64 surveyId = 0;
    QVERIFY(
        SurveyImporter::run(TestFiles::storeOf(*document).handle(), path, mapping, {}, &surveyId)
            .isClean());
    QList<double> values;
    for (const Evaluation &evaluation : document->repository().evaluations(surveyId))
        values.append(evaluation.recommend);
    std::sort(values.begin(), values.end());
    QCOMPARE(values, (QList<double>{0.0, 5.0, 8.0, 10.0}));
    const ProjectAnalysis analysis
        = ProjectAnalysis::compute(WaveAssembler::load(document->repository(), surveyId));
    QVERIFY(qFuzzyCompare(analysis.nps.nps, -25.0));
}

// LimeSurvey's overall satisfaction in words: Apex "Satisfied" 4 and "Dissatisfied" 2.
void TestSurveyExports::labelsAndNoAnswerFromText()
{
    QTemporaryDir dir;
    const auto document = journeyProject(dir);
    const QString path = TestFiles::importFixture(QStringLiteral("limesurvey-text.csv"));
    ImportSession session(*document, path);
    ImportMapping mapping = session.suggestion();
    mapping.surveyName = QStringLiteral("wave");
    QCOMPARE(mapping.columns.at(8).role, ColumnRole::Overall);
    QCOMPARE(mapping.columns.at(9).role, ColumnRole::Ignore); // comments
    QVERIFY(session.ignoredColumns(mapping).last().contains(QStringLiteral("“Fast, friendly”")));
    qint64 surveyId = 0;
    QVERIFY(
        SurveyImporter::run(TestFiles::storeOf(*document).handle(), path, mapping, {}, &surveyId)
            .isClean());
    const ProjectAnalysis analysis
        = ProjectAnalysis::compute(WaveAssembler::load(document->repository(), surveyId));
    QCOMPARE(analysis.curves.vendors.at(0).overall.mean, 3.0);
    QCOMPARE(analysis.curves.vendors.at(1).overall.mean, 3.0); // "Neither …" alone
}

// Excel leaves out a row's empty last cells: the row is as wide as the header, not short.
void TestSurveyExports::workbookRowsArePadded()
{
    QTemporaryDir dir;
    const auto document = journeyProject(dir);
    const QString path = TestFiles::importFixture(QStringLiteral("short-rows.xlsx"));
    ImportSession session(*document, path);
    ImportMapping mapping = session.suggestion();
    mapping.surveyName = QStringLiteral("wave");
    const ImportReport report
        = SurveyImporter::run(TestFiles::storeOf(*document).handle(), path, mapping);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
    QCOMPARE(report.respondents, 2);
    QCOMPARE(report.ratings, 3);
}

// A mapping file made for another export says which column differs, and imports nothing.
void TestSurveyExports::mappingFileForOtherColumnsIsRefused()
{
    QTemporaryDir dir;
    const auto document = journeyProject(dir);
    ImportSession brands(*document, TestFiles::importFixture(QStringLiteral("brands-0-10.csv")));
    ImportMapping mapping = brands.suggestion();
    mapping.surveyName = QStringLiteral("wave");
    mapping.columns[2].header = QStringLiteral("Angebot");
    QCOMPARE(mapping.problem(brands.layout().headers),
             QStringLiteral("Column 3 of the mapping was made for “Angebot”; the file has "
                            "“Quote” there."));
    ImportSession other(*document, TestFiles::importFixture(QStringLiteral("qualtrics-2016.csv")));
    QCOMPARE(mapping.problem(other.layout().headers),
             QStringLiteral("The mapping describes 6 columns, the file has 8."));
}

// What SavReader hands over: variable names and labels as header rows, dates as ISO dates,
// a coded vendor's labels; a damaged file is refused with the reason.
void TestSurveyExports::spssFileAsRead()
{
    const QString path = TestFiles::importFixture(QStringLiteral("spss.sav"));
    const ImportPreview preview = ImportSource::preview(path);
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QCOMPARE(preview.format, QStringLiteral("sav"));
    QCOMPARE(preview.rows.at(0).at(2), QStringLiteral("q1"));
    QCOMPARE(preview.rows.at(1).at(2), QStringLiteral("Satisfaction with each step: Quote"));
    QCOMPARE(preview.rows.at(2),
             (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("5"),
                          QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("North"),
                          QStringLiteral("2026-05-02")}));
    QCOMPARE(preview.rows.at(4).at(3), QString());           // 9, declared missing
    QCOMPARE(preview.rows.at(3).at(2), QStringLiteral("9")); // 9, only a label
    QCOMPARE(preview.valueLabels.at(1).value(QStringLiteral("2")), QStringLiteral("Borealis"));
    QCOMPARE(preview.valueLabels.at(2).value(QStringLiteral("9")), QStringLiteral("Don't know"));

    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("damaged.sav"));
    QVERIFY(TestFiles::writeAll(damaged, TestFiles::readAll(path).left(300)));
    const ImportPreview refused = ImportSource::preview(damaged);
    QVERIFY2(refused.error.contains(QStringLiteral("damaged.sav: not a readable SPSS data file")),
             qPrintable(refused.error));
}

QTEST_GUILESS_MAIN(TestSurveyExports)
#include "tst_surveyexports.moc"
