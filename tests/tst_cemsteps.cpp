#include "analysis/cemsteps.h"
#include "storage/projectrepository.h"
#include "surveybuilder.h"
#include "testfiles.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

class TestCemSteps : public QObject
{
    Q_OBJECT

private slots:
    void meisuTable();
    void keyExperienceTies();
    void requirementPriorityAndFeasibility();
    void fromSurveyWithStatedImportance();
    void fromSurveyWithDerivedImportance();
};

void TestCemSteps::meisuTable()
{
    // DESIGN.md §2.4 through the demo project file.
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::Meisu);
    QVERIFY(document);
    const ProjectRepository &repository = document->repository();
    const QList<CemCycle> cycles = repository.cycles();
    QCOMPARE(cycles.size(), 1);
    const CemSteps steps
        = CemSteps::compute(repository.factors(), repository.cycleFactors(cycles.at(0).id),
                            repository.requirements(cycles.at(0).id));
    struct Row
    {
        const char *name;
        double x, e, s, d, g;
    };
    const Row table[] = {
        {"product", 6, 7, -1, 6, 0},     {"service", 6, 6, 0, 6, 0},
        {"relationship", 4, 4, 0, 4, 0}, {"convenience", 5, 7, -2, 10, -5},
        {"brand image", 7, 7, 0, 7, 0},  {"price", 7, 7, 0, 7, 0},
    };
    QCOMPARE(steps.factors.size(), 6);
    for (int i = 0; i < 6; ++i) {
        const CemFactorRow &row = steps.factors.at(i);
        QCOMPARE(row.factor.name, QString::fromUtf8(table[i].name));
        QCOMPARE(row.experience, table[i].x);
        QCOMPARE(row.expectation, table[i].e);
        QCOMPARE(row.satisfaction, table[i].s);
        QCOMPARE(row.ideal, table[i].d);
        QCOMPARE(row.gap, table[i].g);
    }
    const CemFactorRow &convenience = steps.factors.at(3);
    QCOMPARE(convenience.importance, 9.0);
    QCOMPARE(convenience.weighted, -18.0);
    QCOMPARE(convenience.keyRank, 1);
    QCOMPARE(steps.keyExperiences.first(), 3);
    // The one requirement (more stores on the street) closes convenience's gap: |−5| × 9.
    QCOMPARE(steps.requirements.size(), 1);
    QCOMPARE(steps.requirements.at(0).priority, 45.0);
}

void TestCemSteps::keyExperienceTies()
{
    const QList<Factor> factors{{1, QStringLiteral("a"), 0, false},
                                {2, QStringLiteral("b"), 1, false},
                                {3, QStringLiteral("c"), 2, false}};
    QList<CycleFactor> entries(3);
    const double x[] = {4, 5, 6};
    const double e[] = {6, 8, 6};
    const double importance[] = {6, 4, 9};
    for (int i = 0; i < 3; ++i) {
        entries[i].factorId = i + 1;
        entries[i].experience = x[i];
        entries[i].expectation = e[i];
        entries[i].importance = importance[i];
    }
    const CemSteps steps = CemSteps::compute(factors, entries);
    // W: a = 6 × −2 = −12, b = 4 × −3 = −12, c = 0. Tie: higher importance (a) first.
    QCOMPARE(steps.keyExperiences, (QList<int>{0, 1}));
    QCOMPARE(steps.factors.at(2).keyRank, 0);
}

void TestCemSteps::requirementPriorityAndFeasibility()
{
    const QList<Factor> factors{{1, QStringLiteral("a"), 0, false},
                                {2, QStringLiteral("b"), 1, false}};
    QList<CycleFactor> entries(2);
    entries[0] = {0, 0, 1, false, 5, 7, 8, 9}; // G = −4, I = 8
    entries[1] = {0, 0, 2, false, 6, 6, 3, 7}; // G = −1, I = 3
    Requirement both;
    both.title = QStringLiteral("both");
    both.factorIds = {1, 2};
    both.strategicFit = 5;
    both.readinessPeople = 4;
    both.readinessProcess = 2; // technology not rated yet
    Requirement second;
    second.title = QStringLiteral("second");
    second.factorIds = {2};
    second.strategicFit = 2;
    second.readinessPeople = 2;
    second.readinessProcess = 2;
    second.readinessTechnology = 2;
    const CemSteps steps = CemSteps::compute(factors, entries, {second, both});
    QCOMPARE(steps.requirements.at(0).requirement.title, QStringLiteral("both"));
    QCOMPARE(steps.requirements.at(0).priority, 4.0 * 8.0 + 1.0 * 3.0);
    QCOMPARE(steps.requirements.at(0).feasibility, 11.0 / 3.0);
    QCOMPARE(steps.requirements.at(0).scoresRated, 3);
    QCOMPARE(steps.requirements.at(0).quadrant, ImpactFeasibility::QuickWin);
    QCOMPARE(steps.requirements.at(1).priority, 3.0);
    QCOMPARE(steps.requirements.at(1).quadrant, ImpactFeasibility::Reconsider);
    QCOMPARE(steps.prioritySplit, 19.0);
}

void TestCemSteps::fromSurveyWithStatedImportance()
{
    SurveyData data = SurveyBuilder::make(2, 1, 2);
    const int a = SurveyBuilder::addCase(data, 0, {5});
    const int b = SurveyBuilder::addCase(data, 0, {5}, qQNaN(), qQNaN(), 3.0);
    const int other = SurveyBuilder::addCase(data, 1, {5});
    const auto set = [&data](int c, int f, FactorRatingKind kind, double value) {
        data.factorRatings[size_t((c * data.factorCount() + f) * 3 + int(kind))] = value;
    };
    set(a, 0, FactorRatingKind::Experience, 4);
    set(b, 0, FactorRatingKind::Experience, 8);
    set(a, 0, FactorRatingKind::Expectation, 6);
    set(a, 0, FactorRatingKind::Importance, 9);
    set(b, 0, FactorRatingKind::Importance, 5);
    set(other, 0, FactorRatingKind::Experience, 1);
    const CemFromSurvey::Result result = CemFromSurvey::compute(data, 0);
    QVERIFY(!result.importanceDerived);
    QCOMPARE(result.entries.at(0).experience, (4.0 + 3.0 * 8.0) / 4.0);
    QCOMPARE(result.entries.at(0).expectation, 6.0);
    QCOMPARE(result.entries.at(0).importance, (9.0 + 3.0 * 5.0) / 4.0);
    QVERIFY(std::isnan(result.entries.at(1).experience));
}

void TestCemSteps::fromSurveyWithDerivedImportance()
{
    // Overall follows factor 1 exactly and ignores factor 2 (orthogonal by construction).
    SurveyData data = SurveyBuilder::make(1, 1, 2);
    const double f1[] = {2, 4, 6, 8, 2, 4, 6, 8};
    const double f2[] = {3, 3, 3, 3, 7, 7, 7, 7};
    for (int i = 0; i < 8; ++i) {
        const int c = SurveyBuilder::addCase(data, 0, {5}, f1[i]);
        data.factorRatings[size_t((c * 2 + 0) * 3)] = f1[i];
        data.factorRatings[size_t((c * 2 + 1) * 3)] = f2[i];
    }
    ImportanceOptions options;
    options.bootstrapResamples = 0;
    const CemFromSurvey::Result result = CemFromSurvey::compute(data, 0, options);
    QVERIFY(result.importanceDerived);
    QVERIFY2(result.derived.isValid(), qPrintable(result.derived.error));
    QCOMPARE(result.entries.at(0).importance, 10.0); // all of R² → the top of the scale
    QVERIFY(std::abs(result.entries.at(1).importance - 1.0) < 1e-12); // none → the bottom
    QVERIFY(!result.hasStatedImportance());
    QCOMPARE(result.derivedImportance.at(0), 10.0);

    // Once a respondent states importance, that is what the entries carry; the derived values
    // stay beside them for the user to pick.
    data.factorRatings[size_t((0 * 2 + 1) * 3 + 2)] = 4;
    const CemFromSurvey::Result both = CemFromSurvey::compute(data, 0, options);
    QVERIFY(!both.importanceDerived);
    QVERIFY(both.hasStatedImportance());
    QCOMPARE(both.entries.at(1).importance, 4.0);
    QVERIFY(std::isnan(both.entries.at(0).importance));
    QCOMPARE(both.derivedImportance.at(0), 10.0);
}

QTEST_GUILESS_MAIN(TestCemSteps)
#include "tst_cemsteps.moc"
