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
    void tallyReadsWithAStride();
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
    const auto share = [&](const std::vector<double> &weights) {
        WeakestLink::Tally tally(3, 2.0);
        for (size_t row = 0; row < answers.size(); ++row)
            tally.addEvaluation(answers[row].data(), 1, weights[row]);
        return tally.anyDissatisfied();
    };
    Proportion unweighted = share({1, 1, 1, 1});
    QCOMPARE(unweighted.n, 3);
    QCOMPARE(unweighted.share, 2.0 / 3.0);
    QVERIFY(unweighted.ciLow < unweighted.share && unweighted.share < unweighted.ciHigh);
    const Proportion weighted = share({2, 1, 1, 5});
    QCOMPARE(weighted.share, 3.0 / 4.0);
    QCOMPARE(weighted.effectiveN, 16.0 / 6.0); // Kish: (Σw)² / Σw²
}

// The factors' answers sit every third double (experience, expectation, importance): a
// tally reads one kind with a stride and gives the same items as the lists of answers.
void TestWeakestLink::tallyReadsWithAStride()
{
    const double none = qQNaN();
    const std::vector<double> rows{3, 9, 9, 8, 1, 1, /**/ none, 2, 2, 6, 9, 9};
    WeakestLink::Tally tally(2, 2.0);
    tally.addEvaluation(rows.data(), 3, 1.0);
    tally.addEvaluation(rows.data() + 6, 3, 3.0);
    const Scale scale{1, 10, 5.5};
    const QStringList names{QStringLiteral("Price"), QStringLiteral("Service")};
    const WeakestLink streamed = WeakestLink::fromTally(names, tally, scale);
    QCOMPARE(streamed.items.at(0).rating.n, 1);
    QCOMPARE(streamed.items.at(0).rating.mean, 3.0);
    QCOMPARE(streamed.items.at(1).rating.mean, (8.0 + 3 * 6.0) / 4.0);
    QCOMPARE(streamed.weakest, 0);
    QCOMPARE(streamed.anyDissatisfied.share, 0.0); // 3 and 8, then 6: nobody at 2 or below
    const WeakestLink listed = WeakestLink::compute(names, {{3}, {8, 6}}, {{1}, {1, 3}}, scale);
    QCOMPARE(streamed.items.at(1).rating.sd, listed.items.at(1).rating.sd);
    QCOMPARE(streamed.items.at(1).dissatisfiedShare, listed.items.at(1).dissatisfiedShare);
}

QTEST_GUILESS_MAIN(TestWeakestLink)
#include "tst_weakestlink.moc"
