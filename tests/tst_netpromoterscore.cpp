#include "analysis/netpromoterscore.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

namespace {

std::vector<double> answers(int promoters, int passives, int detractors)
{
    std::vector<double> result;
    for (int i = 0; i < promoters; ++i)
        result.push_back(9 + i % 2);
    for (int i = 0; i < passives; ++i)
        result.push_back(7 + i % 2);
    for (int i = 0; i < detractors; ++i)
        result.push_back(i % 7);
    return result;
}

} // namespace

class TestNetPromoterScore : public QObject
{
    Q_OBJECT

private slots:
    void designReference();
    void weightedAnswers();
    void refusesOtherScales();
    void refusesAnswersOffTheScale();
};

void TestNetPromoterScore::designReference()
{
    // DESIGN.md §6: 18 promoters, 11 passives, 2 detractors.
    const NpsResult result = NetPromoterScore::compute(answers(18, 11, 2), {}, 0, 10);
    QVERIFY(result.isValid());
    QCOMPARE(result.n, 31);
    QCOMPARE(std::round(result.nps * 100) / 100, 51.61);
    QCOMPARE(std::round(result.se * 100) / 100, 11.05);
    QCOMPARE(std::round(result.ci.low * 100) / 100, 29.95);
    QCOMPARE(std::round(result.ci.high * 100) / 100, 73.28);
    QCOMPARE(result.distribution[9] + result.distribution[10], 18.0);
    QCOMPARE(result.distribution[7] + result.distribution[8], 11.0);
    QCOMPARE(result.distribution[0] + result.distribution[1], 2.0);
}

void TestNetPromoterScore::weightedAnswers()
{
    // Weight 2 on the detractor: 2 promoters, 1 passive, 2 detractors' worth, n_eff 25/7.
    const NpsResult result
        = NetPromoterScore::compute({10, 9, 8, 3, qQNaN()}, {1, 1, 1, 2, 5}, 0, 10);
    QCOMPARE(result.n, 4);
    QCOMPARE(result.nps, 0.0);
    QVERIFY(std::abs(result.effectiveN - 25.0 / 7.0) < 1e-12);
    QVERIFY(std::abs(result.se - 100.0 * std::sqrt(0.8 / (25.0 / 7.0))) < 1e-9);
}

void TestNetPromoterScore::refusesOtherScales()
{
    const NpsResult result = NetPromoterScore::compute({9, 10}, {}, 1, 10);
    QVERIFY(!result.isValid());
    QVERIFY(result.error.contains(QStringLiteral("0–10")));
    QVERIFY(std::isnan(result.nps));
}

void TestNetPromoterScore::refusesAnswersOffTheScale()
{
    const NpsResult result = NetPromoterScore::compute({9, 11}, {}, 0, 10);
    QVERIFY(!result.isValid());
    QVERIFY(result.error.contains(QStringLiteral("row 2")));
    QVERIFY(!NetPromoterScore::compute({7.5}, {}, 0, 10).isValid());
}

QTEST_GUILESS_MAIN(TestNetPromoterScore)
#include "tst_netpromoterscore.moc"
