#include "analysis/channelconsistency.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

class TestChannelConsistency : public QObject
{
    Q_OBJECT

private slots:
    void pairwiseDifferencesOnTheScale();
};

void TestChannelConsistency::pairwiseDifferencesOnTheScale()
{
    const QStringList items{QStringLiteral("quote"), QStringLiteral("support"),
                            QStringLiteral("manual")};
    const QStringList channels{QStringLiteral("online"), QStringLiteral("phone"),
                               QStringLiteral("store")};
    const QList<double> means{8, 5,       7,        // |3| |1| |2| → mean 2 → 1 − 2/9
                              6, qQNaN(), 6,        // identical: 1
                              4, qQNaN(), qQNaN()}; // one channel: no consistency
    const ChannelConsistency result = ChannelConsistency::compute(items, channels, means, 1, 10);
    QVERIFY(std::abs(result.items.at(0).consistency - (1.0 - 2.0 / 9.0)) < 1e-15);
    QCOMPARE(result.items.at(1).consistency, 1.0);
    QCOMPARE(result.items.at(1).channels, 2);
    QVERIFY(std::isnan(result.items.at(2).consistency));
    QVERIFY(std::abs(result.overall - (2.0 - 2.0 / 9.0) / 2.0) < 1e-15);
}

QTEST_GUILESS_MAIN(TestChannelConsistency)
#include "tst_channelconsistency.moc"
