#include "assembly/waveassembler.h"
#include "charts/chartstyle.h"
#include "charts/ipachart.h"
#include "testfiles.h"
#include "textprobe.h"

#include <QPainter>
#include <QTest>

using namespace Peakend;

// The importance–performance chart of the B2B demo, where 23 subprocesses crowd one corner:
// every point is labelled once, no two labels overlap, and the axes end at the rating scale's
// ends (1–10), not past them.
class TestIpaChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void labelsDoNotOverlap_data();
    void labelsDoNotOverlap();

private:
    QTemporaryDir m_dir;
    ProjectAnalysis m_analysis;
};

void TestIpaChart::initTestCase()
{
    const auto document = TestFiles::openDemo(m_dir, DemoProject::Kind::B2b);
    QVERIFY(document);
    ProjectAnalysisOptions options;
    options.importance.bootstrapResamples = 0;
    m_analysis = WaveAssembler::assemble(document->repository(), {0, options}).analysis;
    QCOMPARE(m_analysis.journey.ipa.points.size(), 25);
}

void TestIpaChart::labelsDoNotOverlap_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("projector");
    QTest::addColumn<int>("vendor"); // -1: the whole market
    QTest::newRow("window") << QSize(1100, 640) << false << -1;
    QTest::newRow("export") << QSize(1600, 1000) << false << -1;
    QTest::newRow("own vendor") << QSize(1280, 800) << false << 0;
    QTest::newRow("slide") << QSize(1280, 720) << true << 0;
}

void TestIpaChart::labelsDoNotOverlap()
{
    QFETCH(QSize, size);
    QFETCH(bool, projector);
    QFETCH(int, vendor);
    const ChartStyle::ThemeScope theme(projector ? ChartStyle::Theme::Projector
                                                 : ChartStyle::Theme::Screen);
    IpaChart chart;
    const IpaResult &result
        = vendor < 0 ? m_analysis.journey.ipa : m_analysis.vendors.at(vendor).ipa;
    chart.setResult(result, QStringLiteral("subprocesses"), QStringLiteral("derived"));
    chart.setScale(m_analysis.scale);
    TextProbe::Device probe(size);
    {
        QPainter painter(&probe);
        chart.render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QList<QRectF> labels;
    for (const IpaPoint &point : result.points) {
        QList<QRectF> drawn;
        for (const TextProbe::Text &text : probe.texts()) {
            if (text.text == point.name)
                drawn.append(text.rect);
        }
        QVERIFY2(drawn.size() == 1, qPrintable(point.name));
        labels.append(drawn.first());
    }
    for (int a = 0; a < labels.size(); ++a) {
        for (int b = a + 1; b < labels.size(); ++b) {
            QVERIFY2(!labels.at(a).intersects(labels.at(b)),
                     qPrintable(result.points.at(a).name + QStringLiteral(" × ")
                                + result.points.at(b).name));
        }
    }
    // The axes: performance from 1 to 10, importance (rescaled to the scale) up to 10.
    QStringList ticks;
    for (const TextProbe::Text &text : probe.texts())
        ticks.append(text.text);
    QVERIFY(ticks.contains(QStringLiteral("10")));
    QVERIFY(!ticks.contains(QStringLiteral("12")));
    QVERIFY(!ticks.contains(QStringLiteral("0")) || !ticks.contains(QStringLiteral("11")));
    for (const QString &text : std::as_const(ticks))
        QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(text)); // nothing elided
}

QTEST_MAIN(TestIpaChart)
#include "tst_ipachart.moc"
