#include "chartcheck.h"
#include "charts/channelconsistencychart.h"
#include "charts/chartstyle.h"

#include <QTest>

using namespace Peakend;

// Axis ticks and labels for projection and print: round steps, an exact zero, never "-0.0";
// and the channel-consistency chart, which neither demo has data for.
class TestChartStyle : public QObject
{
    Q_OBJECT

private slots:
    void niceTicks_data();
    void niceTicks();
    void numbers();
    void paletteIsDistinct();
    void channelConsistencyChart();
};

void TestChartStyle::niceTicks_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("around zero") << -0.3 << 0.3 << 6
                                 << QList<double>{-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3};
    QTest::newRow("curve") << -2.6 << 3.3 << 8 << QList<double>{-3, -2, -1, 0, 1, 2, 3, 4};
    QTest::newRow("shares") << 0.0 << 49.4 << 6 << QList<double>{0, 10, 20, 30, 40, 50};
    QTest::newRow("quarter steps") << 0.0 << 0.9 << 4 << QList<double>{0, 0.25, 0.5, 0.75, 1.0};
    QTest::newRow("flat") << 2.0 << 2.0 << 4 << QList<double>{1.5, 1.75, 2.0, 2.25, 2.5};
    // No finite range (values another program wrote): no ticks, an empty axis, no endless loop.
    QTest::newRow("wider than a double") << -1e308 << 1e308 << 6 << QList<double>{};
    QTest::newRow("infinite") << 0.0 << qInf() << 6 << QList<double>{};
    QTest::newRow("no data") << qQNaN() << qQNaN() << 6 << QList<double>{};
}

void TestChartStyle::niceTicks()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, count);
    QFETCH(QList<double>, expected);
    const QList<double> ticks = ChartStyle::niceTicks(low, high, count);
    QCOMPARE(ticks.size(), expected.size());
    for (int i = 0; i < ticks.size(); ++i)
        QVERIFY2(std::abs(ticks.at(i) - expected.at(i)) < 1e-12,
                 qPrintable(QString::number(ticks.at(i))));
    for (const double tick : ticks) {
        if (std::abs(tick) < 1e-12)
            QVERIFY(!std::signbit(tick)); // zero is +0, so it prints as "0"
    }
}

void TestChartStyle::numbers()
{
    QLocale::setDefault(QLocale::c());
    QCOMPARE(ChartStyle::number(-0.04, 1), QStringLiteral("0.0"));
    QCOMPARE(ChartStyle::number(-0.0, 0), QStringLiteral("0"));
    QCOMPARE(ChartStyle::number(qQNaN(), 1), QStringLiteral("–"));
    QCOMPARE(ChartStyle::signedNumber(-0.04, 1), QStringLiteral("0.0"));
    QCOMPARE(ChartStyle::signedNumber(2.0, 1), QStringLiteral("+2.0"));
    QCOMPARE(ChartStyle::signedNumber(-18, 0), QString(QChar(0x2212)) + QStringLiteral("18"));
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(ChartStyle::number(1.5, 1), QStringLiteral("1,5")); // the reader's decimal mark
    QLocale::setDefault(QLocale::c());
}

void TestChartStyle::paletteIsDistinct()
{
    QSet<QRgb> colours;
    for (int i = 0; i < 8; ++i)
        colours.insert(ChartStyle::seriesColor(i).rgb());
    QCOMPARE(colours.size(), 8);
    // Past the palette, the same colours come back dashed.
    QCOMPARE(ChartStyle::seriesColor(8), ChartStyle::seriesColor(0));
    QCOMPARE(ChartStyle::seriesPenStyle(0), Qt::SolidLine);
    QCOMPARE(ChartStyle::seriesPenStyle(8), Qt::DashLine);
}

void TestChartStyle::channelConsistencyChart()
{
    // Two touchpoints in two channels on a 1–10 scale: 1 − |7 − 5| / 9 = 0.778 and 1.
    const ChannelConsistency result = ChannelConsistency::compute(
        {QStringLiteral("Ordering"), QStringLiteral("Support")},
        {QStringLiteral("online"), QStringLiteral("phone")}, {7, 5, 6, 6}, 1, 10);
    ChannelConsistencyChart chart;
    chart.setResult(result, Scale{1, 10, 5.5});
    QVERIFY(chart.emptyReason().isEmpty());
    QCOMPARE(chart.rowOrder(), (QList<int>{0, 1})); // least consistent first
    QVERIFY(std::abs(result.items.at(0).consistency - (1.0 - 2.0 / 9.0)) < 1e-12);
    QVERIFY(chart.caption().contains(QStringLiteral("0.89"))); // overall: (0.778 + 1) / 2
    QStringList warnings;
    const QImage image = ChartCheck::render(chart, QSize(1000, 600), &warnings,
                                            QStringLiteral("channels-hand-made"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(ChartCheck::inkShare(image) > 0.01);
    ChannelConsistencyChart empty;
    QVERIFY(empty.emptyReason().contains(QStringLiteral("channel")));
}

QTEST_MAIN(TestChartStyle)
#include "tst_chartstyle.moc"
