#include "analysis/weakestlink.h"

#include <QTest>

using namespace Peakend;

class TestWeakestLink : public QObject
{
    Q_OBJECT

private slots:
    void lowestMean();
    void mostDissatisfied();
    void dissatisfiedWithAtLeastOne();
};

void TestWeakestLink::lowestMean()
{
    const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QList<std::vector<double>> values{{8, 9, 10}, {1, 9, 6}, {2, 2, 8, 8}};
    const WeakestLink result = WeakestLink::compute(names, values, {}, {1, 10, 5.5});
    QCOMPARE(result.weakest, 2); // mean 5 < 16/3
    QCOMPARE(result.average, (9.0 + 16.0 / 3.0 + 5.0) / 3.0);
    QCOMPARE(result.dissatisfiedAtOrBelow, 2.0); // bottom two boxes of 1–10
    QCOMPARE(result.items.at(2).dissatisfiedShare, 0.5);
    QCOMPARE(result.items.at(1).dissatisfiedShare, 1.0 / 3.0);
    QVERIFY(result.alert); // 5 is below the neutral 5.5
    WeakestLinkOptions options;
    options.alertBelowMean = 4.0;
    QVERIFY(!WeakestLink::compute(names, values, {}, {1, 10, 5.5}, options).alert);
}

void TestWeakestLink::mostDissatisfied()
{
    WeakestLinkOptions options;
    options.criterion = WeakestLinkOptions::MostDissatisfied;
    const QStringList names{QStringLiteral("a"), QStringLiteral("b")};
    // b has the higher mean but more customers at the bottom, once weighted.
    const QList<std::vector<double>> values{{4, 4, 4, 4}, {1, 10, 10, 10}};
    const QList<std::vector<double>> weights{{1, 1, 1, 1}, {3, 1, 1, 1}};
    const WeakestLink result = WeakestLink::compute(names, values, weights, {1, 10, 5.5}, options);
    QCOMPARE(result.weakest, 1);
    QCOMPARE(result.items.at(1).dissatisfiedShare, 0.5);
    QVERIFY(result.alert); // 50 % ≥ 25 %
    // The lowest-mean rule still names the bottom-two-box leader beside its own choice.
    const WeakestLink byMean = WeakestLink::compute(names, values, weights, {1, 10, 5.5});
    QCOMPARE(byMean.weakest, 0);
    QCOMPARE(byMean.mostDissatisfied, 1);
}

// "100 − 1 = 0": four evaluations of three subprocesses on 1–10 (bottom two boxes: 1 and 2).
// One is dissatisfied at the first, one at the last, one nowhere, one answered nothing and
// does not count: 2 of 3. Weighted 2, 1, 1: (2 + 1) / 4.
void TestWeakestLink::dissatisfiedWithAtLeastOne()
{
    const double none = qQNaN();
    const std::vector<std::vector<double>> answers{
        {2, 8, 9}, {7, none, 1}, {5, 6, 3}, {none, none, none}};
    Proportion share = WeakestLink::dissatisfiedWithAny(answers, {}, 2.0);
    QCOMPARE(share.n, 3);
    QCOMPARE(share.share, 2.0 / 3.0);
    QVERIFY(share.ciLow < share.share && share.share < share.ciHigh);
    share = WeakestLink::dissatisfiedWithAny(answers, {2, 1, 1, 5}, 2.0);
    QCOMPARE(share.share, 3.0 / 4.0);
    QCOMPARE(share.effectiveN, 16.0 / 6.0); // Kish: (Σw)² / Σw²
}

QTEST_GUILESS_MAIN(TestWeakestLink)
#include "tst_weakestlink.moc"
