#include "analysis/descriptive.h"
#include "analysis/distributions.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

class TestDescriptive : public QObject
{
    Q_OBJECT

private slots:
    void quantiles_data();
    void quantiles();
    void summaryMatchesTextbook();
    void weightsActAsRepeatedValues();
    void wilsonMatchesPublished();
    void spearmanWithTies();
    void tiesByTolerance();
    void quantileType7();
};

void TestDescriptive::quantiles_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    // R: qnorm(), qt()
    QTest::newRow("z 0.975") << 0.975 << qInf() << 1.959963984540054;
    QTest::newRow("z 0.5") << 0.5 << qInf() << 0.0;
    QTest::newRow("z 0.001") << 0.001 << qInf() << -3.090232306167814;
    QTest::newRow("t1") << 0.975 << 1.0 << 12.70620473617471;
    QTest::newRow("t7") << 0.975 << 7.0 << 2.364624251592785;
    QTest::newRow("t10") << 0.975 << 10.0 << 2.228138851986273;
    QTest::newRow("t30") << 0.975 << 30.0 << 2.042272456301238;
    // Fractional df (weighted data): by Simpson integration of the t density.
    QTest::newRow("t2.5 lower") << 0.05 << 2.5 << -2.558218614135934;
}

void TestDescriptive::quantiles()
{
    QFETCH(double, p);
    QFETCH(double, df);
    QFETCH(double, expected);
    const double actual = std::isinf(df) ? Distributions::normalQuantile(p)
                                         : Distributions::studentTQuantile(p, df);
    QVERIFY2(std::abs(actual - expected) < 1e-9, qPrintable(QString::number(actual, 'g', 16)));
}

void TestDescriptive::summaryMatchesTextbook()
{
    // 2 4 4 4 5 5 7 9: mean 5, sample variance 32/7.
    const Summary summary = Descriptive::summarise({2, 4, 4, 4, qQNaN(), 5, 5, 7, 9});
    QCOMPARE(summary.n, 8);
    QCOMPARE(summary.mean, 5.0);
    QVERIFY(std::abs(summary.sd - std::sqrt(32.0 / 7.0)) < 1e-12);
    QVERIFY(std::abs(summary.se - std::sqrt(32.0 / 7.0) / std::sqrt(8.0)) < 1e-12);
    const double half = 2.364624251592785 * std::sqrt(32.0 / 7.0 / 8.0);
    QVERIFY(std::abs(summary.ciLow - (5.0 - half)) < 1e-9);
    QVERIFY(std::abs(summary.ciHigh - (5.0 + half)) < 1e-9);
    const Summary one = Descriptive::summarise({3.0});
    QCOMPARE(one.mean, 3.0);
    QVERIFY(std::isnan(one.sd) && std::isnan(one.ciLow));
}

void TestDescriptive::weightsActAsRepeatedValues()
{
    // Weights 1, 1, 2 with the effective n (1+1+2)²/(1+1+4) = 8/3.
    const Summary weighted = Descriptive::summarise({1, 2, 4}, {1, 1, 2});
    QCOMPARE(weighted.mean, 11.0 / 4.0);
    QVERIFY(std::abs(weighted.effectiveN - 8.0 / 3.0) < 1e-12);
    const double biased = (1.0 * 3.0625 + 1.0 * 0.5625 + 2.0 * 1.5625) / 4.0;
    QVERIFY(std::abs(weighted.sd - std::sqrt(biased * (8.0 / 3.0) / (5.0 / 3.0))) < 1e-12);
}

void TestDescriptive::wilsonMatchesPublished()
{
    // Wilson (1927) intervals as tabulated by Newcombe (1998), table I.
    const Proportion half = Descriptive::wilson(50, 100, 100);
    QVERIFY(std::abs(half.ciLow - 0.4038) < 5e-5 && std::abs(half.ciHigh - 0.5962) < 5e-5);
    const Proportion none = Descriptive::wilson(0, 10, 10);
    QCOMPARE(none.ciLow, 0.0);
    QVERIFY(std::abs(none.ciHigh - 0.2775) < 5e-5);
    const Proportion newcombe = Descriptive::wilson(81, 263, 263);
    QVERIFY(std::abs(newcombe.ciLow - 0.2553) < 5e-5 && std::abs(newcombe.ciHigh - 0.3662) < 5e-5);
}

void TestDescriptive::spearmanWithTies()
{
    // x ranks 1 2.5 2.5 4, y ranks 1 2 3 4: ρ = cov / (sd·sd) by hand = 0.9486833.
    const double rho = Descriptive::spearman({1, 2, 2, 3}, {10, 20, 30, 40});
    QVERIFY(std::abs(rho - 3.0 / std::sqrt(10.0)) < 1e-12);
    QCOMPARE(Descriptive::ranks({5, qQNaN(), 1, 5}).at(0), 2.5);
}

// 0.1 + 0.2 is 0.30000000000000004 in doubles: mathematically 0.3, so it ties with 0.3.
void TestDescriptive::tiesByTolerance()
{
    const double sum = 0.1 + 0.2;
    QVERIFY(sum != 0.3); // the case the tolerance is for
    QVERIFY(Descriptive::tied(sum, 0.3));
    QVERIFY(!Descriptive::tied(0.3, 0.3 + 1e-6));
    QVERIFY(Descriptive::tied(100.0 / 3.0, 10.0 * (10.0 / 3.0)));
    QVERIFY(!Descriptive::above(sum, 0.3));
    QVERIFY(Descriptive::above(0.31, 0.3));
    const std::vector<double> ranks = Descriptive::ranks({sum, 0.3, 1.0, 0.0});
    QCOMPARE(ranks, (std::vector<double>{2.5, 2.5, 4.0, 1.0}));
    // ρ with the tie by tolerance equals ρ with the exact tie: 3 / √10 as above.
    const double rho = Descriptive::spearman({0.1, 0.3, sum, 0.5}, {10, 20, 30, 40});
    QVERIFY(std::abs(rho - 3.0 / std::sqrt(10.0)) < 1e-12);
}

void TestDescriptive::quantileType7()
{
    // R: quantile(c(1, 2, 3, 4, 10), c(0.025, 0.5, 0.975))
    QVERIFY(std::abs(Descriptive::quantile({10, 2, 3, 1, 4}, 0.025) - 1.1) < 1e-12);
    QCOMPARE(Descriptive::quantile({10, 2, 3, 1, 4}, 0.5), 3.0);
    QVERIFY(std::abs(Descriptive::quantile({10, 2, 3, 1, 4}, 0.975) - 9.4) < 1e-12);
}

QTEST_GUILESS_MAIN(TestDescriptive)
#include "tst_descriptive.moc"
