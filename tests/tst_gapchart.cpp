#include "chartcheck.h"
#include "charts/gapchart.h"
#include "testfiles.h"

#include <QTest>

using namespace Peakend;

// The seven-step figure on the Meisu demo: DESIGN.md §2.4's table, read back from the chart.
class TestGapChart : public QObject
{
    Q_OBJECT

private slots:
    void meisuKeyExperienceAndGap();
    void surveyMeansAreNotRoundedAway();
    void saysWhyItIsEmpty();
};

void TestGapChart::meisuKeyExperienceAndGap()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::Meisu);
    QVERIFY(document);
    const ProjectRepository &repository = document->repository();
    const QList<CemCycle> cycles = repository.cycles();
    QCOMPARE(cycles.size(), 1);
    GapChart chart;
    chart.setSteps(CemSteps::compute(repository.factors(),
                                     repository.cycleFactors(cycles.first().id),
                                     repository.requirements(cycles.first().id)),
                   repository.projectInfo().scale, cycles.first().name);

    // product 6 7 −1, service 6 6 0, relationship 4 4 0, convenience 5 7 −2 (I 9, W −18,
    // D 10, G −5), brand image 7 7 0, price 7 7 0.
    const QList<QList<double>> expected{{6, 7, -1}, {6, 6, 0}, {4, 4, 0},
                                        {5, 7, -2}, {7, 7, 0}, {7, 7, 0}};
    QCOMPARE(chart.steps().factors.size(), expected.size());
    int convenience = -1;
    for (int f = 0; f < expected.size(); ++f) {
        QCOMPARE(chart.value(f, GapChart::Experience), expected.at(f).at(0));
        QCOMPARE(chart.value(f, GapChart::Expectation), expected.at(f).at(1));
        QCOMPARE(chart.value(f, GapChart::Satisfaction), expected.at(f).at(2));
        if (chart.steps().factors.at(f).factor.name == QStringLiteral("convenience"))
            convenience = f;
    }
    QVERIFY(convenience >= 0);
    QCOMPARE(chart.value(convenience, GapChart::Importance), 9.0);
    QCOMPARE(chart.value(convenience, GapChart::Weighted), -18.0);
    QCOMPARE(chart.value(convenience, GapChart::Ideal), 10.0);
    QCOMPARE(chart.value(convenience, GapChart::Gap), -5.0);
    QCOMPARE(chart.keyExperiences().value(0), QStringLiteral("convenience"));
    QVERIFY2(chart.caption().contains(QStringLiteral("importance 9 × satisfaction −2 = −18")),
             qPrintable(chart.caption()));
    QVERIFY(chart.caption().contains(QStringLiteral("gap to ideal −5")));

    QStringList warnings;
    const QImage image
        = ChartCheck::render(chart, QSize(1280, 720), &warnings, QStringLiteral("gap-meisu"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(ChartCheck::inkShare(image) > 0.02);
}

// Means from a survey keep their decimals in the caption: 9.02 × −1.57 = −14.1614 reads
// "−14.16", not "9 × −2 = −14".
void TestGapChart::surveyMeansAreNotRoundedAway()
{
    const QList<Factor> factors{{1, QStringLiteral("service"), 0, false}};
    CycleFactor entry;
    entry.factorId = 1;
    entry.experience = 6.15;
    entry.expectation = 7.72;
    entry.importance = 9.02;
    GapChart chart;
    chart.setSteps(CemSteps::compute(factors, {entry}), Scale{}, QStringLiteral("Cycle 1"));
    QVERIFY2(chart.caption().contains(
                 QStringLiteral("service (importance 9.02 × satisfaction −1.57 = −14.16)")),
             qPrintable(chart.caption()));
}

void TestGapChart::saysWhyItIsEmpty()
{
    GapChart chart;
    QVERIFY(!chart.emptyReason().isEmpty());
    QStringList warnings;
    ChartCheck::render(chart, QSize(400, 300), &warnings);
    QVERIFY(warnings.isEmpty());
}

QTEST_MAIN(TestGapChart)
#include "tst_gapchart.moc"
