#include "analysis/incidentsummary.h"

#include <QTest>

using namespace Peakend;

class TestIncidentSummary : public QObject
{
    Q_OBJECT

private slots:
    void countsAndResponseWindow();
};

void TestIncidentSummary::countsAndResponseWindow()
{
    const QList<Touchpoint> touchpoints{{10, QStringLiteral("hotline"), 0, 0, 0},
                                        {20, QStringLiteral("shop"), 0, 0, 1},
                                        {30, QStringLiteral("web"), 0, 0, 2}};
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
    const IncidentSummary result = IncidentSummary::compute(incidents, touchpoints);
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
}

QTEST_GUILESS_MAIN(TestIncidentSummary)
#include "tst_incidentsummary.moc"
