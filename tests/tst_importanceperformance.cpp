#include "analysis/importanceperformance.h"

#include <QTest>

using namespace Peakend;

class TestImportancePerformance : public QObject
{
    Q_OBJECT

private slots:
    void dataCentredQuadrants();
    void scaleCentredQuadrants();
};

void TestImportancePerformance::dataCentredQuadrants()
{
    const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                            QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")};
    // Means: performance 6, importance 5 (f is missing and takes no part).
    const QList<double> performance{4, 8, 3, 9, 6, 1};
    const QList<double> importance{9, 7, 1, 3, 5, qQNaN()};
    const IpaResult result = ImportancePerformance::compute(names, performance, importance);
    QCOMPARE(result.performanceSplit, 6.0);
    QCOMPARE(result.importanceSplit, 5.0);
    QCOMPARE(result.points.at(0).quadrant, IpaQuadrant::ConcentrateHere);
    QCOMPARE(result.points.at(1).quadrant, IpaQuadrant::KeepUpTheGoodWork);
    QCOMPARE(result.points.at(2).quadrant, IpaQuadrant::LowPriority);
    QCOMPARE(result.points.at(3).quadrant, IpaQuadrant::PossibleOverkill);
    QCOMPARE(result.points.at(4).quadrant, IpaQuadrant::KeepUpTheGoodWork); // on both lines
    QCOMPARE(result.points.at(5).quadrant, IpaQuadrant::Unplaced);
    QCOMPARE(result.keyMoments, QList<int>{0});
}

void TestImportancePerformance::scaleCentredQuadrants()
{
    IpaOptions options;
    options.crosshair = Crosshair::ScaleCentred;
    options.scalePerformanceCentre = 5.5;
    options.scaleImportanceCentre = 5.5;
    const IpaResult result = ImportancePerformance::compute(
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {5, 4, 7}, {6, 9, 9},
        options);
    QCOMPARE(result.performanceSplit, 5.5);
    // a: 6 × 0.5 = 3; b: 9 × 1.5 = 13.5 → b is the more urgent key moment.
    QCOMPARE(result.keyMoments, (QList<int>{1, 0}));
    QCOMPARE(result.points.at(2).quadrant, IpaQuadrant::KeepUpTheGoodWork);
}

QTEST_GUILESS_MAIN(TestImportancePerformance)
#include "tst_importanceperformance.moc"
