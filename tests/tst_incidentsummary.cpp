#include "analysis/incidentsummary.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

class TestIncidentSummary : public QObject
{
    Q_OBJECT

private slots:
    void countsAndResponseWindow();
};

void TestIncidentSummary::countsAndResponseWindow()
{
    const QList<Touchpoint> touchpoints{{10, QStringLiteral("hotline"), 1, 0, 0},
                                        {20, QStringLiteral("shop"), 2, 0, 1},
                                        {30, QStringLiteral("web"), 3, 0, 2}};
    const QList<Channel> channels{
        {1, QStringLiteral("phone")}, {2, QStringLiteral("store")}, {3, QStringLiteral("online")}};
    const auto incident = [](qint64 touchpoint, Polarity polarity, double hours) {
        CriticalIncident result;
        result.touchpointId = touchpoint;
        result.polarity = polarity;
        result.responseHours = hours;
        return result;
    };
    const QList<CriticalIncident> incidents{
        incident(10, Polarity::Negative, 71), incident(10, Polarity::Negative, 48),
        incident(10, Polarity::Positive, 1),  incident(20, Polarity::Negative, qQNaN()),
        incident(0, Polarity::Negative, 5),
    };
    const IncidentSummary result = IncidentSummary::compute(incidents, touchpoints, channels);
    QCOMPARE(result.total, 5);
    QCOMPARE(result.negative, 4);
    QCOMPARE(result.positive, 1);
    QCOMPARE(result.answeredInTime.share, 3.0 / 5.0); // 48 h itself is in time
    QCOMPARE(result.negativeAnsweredInTime.share, 2.0 / 4.0);
    QCOMPARE(result.medianResponseHours, (5.0 + 48.0) / 2.0);
    QCOMPARE(result.touchpoints.size(), 3); // hotline, shop, and "no touchpoint"; web had none
    QCOMPARE(result.touchpoints.at(0).touchpoint.name, QStringLiteral("hotline"));
    QCOMPARE(result.touchpoints.at(0).negative, 2);
    QCOMPARE(result.touchpoints.at(0).answeredInTime, 2);
    QCOMPARE(result.touchpoints.at(2).touchpoint.id, 0);
    // Per touchpoint and per channel: the share answered within 48 h and the median response
    // of the answered ones (hotline: 1, 48, 71 hours; the shop's one complaint never answered).
    QCOMPARE(result.touchpoints.at(0).inTimeShare(), 2.0 / 3.0);
    QCOMPARE(result.touchpoints.at(0).medianResponseHours, 48.0);
    QCOMPARE(result.touchpoints.at(1).answered, 0);
    QCOMPARE(result.touchpoints.at(1).inTimeShare(), 0.0);
    QVERIFY(std::isnan(result.touchpoints.at(1).medianResponseHours));
    QCOMPARE(result.touchpoints.at(2).medianResponseHours, 5.0);
    QCOMPARE(result.channels.size(), 3); // phone, store, and no channel; online had none
    QCOMPARE(result.channels.at(0).channel.name, QStringLiteral("phone"));
    QCOMPARE(result.channels.at(0).total(), 3);
    QCOMPARE(result.channels.at(0).medianResponseHours, 48.0);
    QCOMPARE(result.channels.at(1).channel.name, QStringLiteral("store"));
    QCOMPARE(result.channels.at(1).answeredInTime, 0);
    QCOMPARE(result.channels.at(2).channel.id, 0);
    QCOMPARE(result.channels.at(2).inTimeShare(), 1.0);
    // Without channels in the project there is no channel breakdown.
    QVERIFY(IncidentSummary::compute(incidents, touchpoints).channels.isEmpty());
}

QTEST_GUILESS_MAIN(TestIncidentSummary)
#include "tst_incidentsummary.moc"
