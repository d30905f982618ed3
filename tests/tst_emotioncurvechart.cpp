#include "assembly/waveassembler.h"
#include "chartcheck.h"
#include "charts/emotioncurvechart.h"
#include "charts/labelplacer.h"
#include "domain/projectlimits.h"
#include "surveybuilder.h"
#include "testfiles.h"
#include "textprobe.h"

#include <QRegularExpression>
#include <QTest>

using namespace Peakend;

// The emotion curve of the B2B demo: DESIGN.md §7 says the best-liked vendor's pleasure peak is
// service and its pain peak price, and one vendor wins most subprocesses yet is liked least.
class TestEmotionCurveChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void marksTheBestLikedVendorsPeaks();
    void highlightMovesTheMarksAndExplainsTheParadox();
    void hiddenVendorsAreNotDrawn();
    void rendersWithoutWarnings_data();
    void rendersWithoutWarnings();
    void absoluteCurveOfOneVendor();
    void saysWhyItIsEmpty();
    void hoverShowsValueNAndInterval();
    void layoutIsWhatIsPainted();
    void labelPlacerKeepsLabelsApartAndInside();
    void legendOfManyVendorsLeavesTheCurvesRoom();

private:
    QString subprocessAt(const EmotionCurveChart &chart, CurveMarker::Kind kind) const;
    qint64 vendorNamed(const QString &name) const;

    QTemporaryDir m_dir;
    ProjectAnalysis m_analysis;
};

void TestEmotionCurveChart::initTestCase()
{
    const auto document = TestFiles::openDemo(m_dir, DemoProject::Kind::B2b);
    QVERIFY(document);
    ProjectAnalysisOptions options;
    options.importance.bootstrapResamples = 0;
    options.importance.shapley = false;
    m_analysis = WaveAssembler::assemble(document->repository(), {0, options}).analysis;
    QCOMPARE(m_analysis.curves.vendors.size(), 14);
}

QString TestEmotionCurveChart::subprocessAt(const EmotionCurveChart &chart,
                                            CurveMarker::Kind kind) const
{
    for (const CurveMarker &marker : chart.markers()) {
        if (marker.kind == kind)
            return chart.curves().subprocesses.value(marker.subprocess).name;
    }
    return QString();
}

qint64 TestEmotionCurveChart::vendorNamed(const QString &name) const
{
    for (const VendorCurve &curve : m_analysis.curves.vendors) {
        if (curve.vendor.name == name)
            return curve.vendor.id;
    }
    return 0;
}

void TestEmotionCurveChart::marksTheBestLikedVendorsPeaks()
{
    EmotionCurveChart chart;
    chart.setCurves(m_analysis.curves);
    QCOMPARE(chart.curves().vendors.at(chart.focusVendor()).vendor.name,
             QStringLiteral("Meridian Systems"));
    QCOMPARE(subprocessAt(chart, CurveMarker::PleasurePeak), QStringLiteral("Service requests"));
    QCOMPARE(subprocessAt(chart, CurveMarker::PainPeak), QStringLiteral("Price quote"));
    QCOMPARE(subprocessAt(chart, CurveMarker::End), QStringLiteral("After-sales follow-up"));
    // The marks sit on the curve's own values: the pleasure peak is its largest e.
    const VendorCurve &curve = chart.curves().vendors.at(chart.focusVendor());
    double largest = -1e9;
    for (const CurveCell &cell : curve.cells)
        largest = std::max(largest, cell.e);
    QCOMPARE(chart.markers().at(0).e, largest);
    QVERIFY(chart.caption().contains(QStringLiteral("Meridian Systems: peak-end")));
    QVERIFY(chart.caption().contains(QStringLiteral("mean of the other vendors")));
}

void TestEmotionCurveChart::highlightMovesTheMarksAndExplainsTheParadox()
{
    EmotionCurveChart chart;
    chart.setCurves(m_analysis.curves);
    const qint64 apex = vendorNamed(QStringLiteral("Apex Direct"));
    chart.setHighlightedVendor(apex);
    const VendorCurve &curve = chart.curves().vendors.at(chart.focusVendor());
    QCOMPARE(curve.vendor.id, apex);
    QVERIFY(curve.efficiencyParadox);
    QVERIFY(chart.caption().contains(QStringLiteral("yet ranks 14 of 14")));
    QCOMPARE(chart.shownVendors().last(), chart.focusVendor()); // drawn on top
    QStringList warnings;
    ChartCheck::render(chart, QSize(1280, 720), &warnings, QStringLiteral("curve-highlight"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestEmotionCurveChart::hiddenVendorsAreNotDrawn()
{
    EmotionCurveChart chart;
    chart.setCurves(m_analysis.curves);
    const qint64 meridian = vendorNamed(QStringLiteral("Meridian Systems"));
    chart.setHiddenVendors({meridian});
    QCOMPARE(chart.shownVendors().size(), 13);
    QVERIFY(chart.curves().vendors.at(chart.focusVendor()).vendor.id != meridian);
    QCOMPARE(chart.curves().vendors.at(chart.focusVendor()).overallRank, 2);
}

void TestEmotionCurveChart::rendersWithoutWarnings_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("band");
    QTest::newRow("laptop") << QSize(1280, 720) << false;
    QTest::newRow("projector") << QSize(1920, 1080) << true;
    QTest::newRow("small") << QSize(480, 320) << false;
}

void TestEmotionCurveChart::rendersWithoutWarnings()
{
    QFETCH(QSize, size);
    QFETCH(bool, band);
    EmotionCurveChart chart;
    chart.setCurves(m_analysis.curves);
    chart.setConfidenceBand(band);
    QStringList warnings;
    const QImage image = ChartCheck::render(
        chart, size, &warnings, QStringLiteral("curve-%1x%2").arg(size.width()).arg(size.height()));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(ChartCheck::inkShare(image) > 0.02);
    // Rendering again at another size gives the same marks (nothing depends on the last size).
    const QList<CurveMarker> before = chart.markers();
    ChartCheck::render(chart, QSize(800, 600), &warnings);
    QCOMPARE(chart.markers().size(), before.size());
}

void TestEmotionCurveChart::absoluteCurveOfOneVendor()
{
    // One vendor: e = mean − neutral; the DESIGN.md §6 curve 1, 2, 1, 0, −2, −1, 1, 1.
    EmotionCurves curves;
    curves.mode = CurveMode::Absolute;
    curves.neutral = 5.5;
    const QList<double> e{1, 2, 1, 0, -2, -1, 1, 1};
    VendorCurve vendor;
    vendor.vendor.id = 1;
    vendor.vendor.name = QStringLiteral("Workshop");
    for (int s = 0; s < e.size(); ++s) {
        Subprocess stage;
        stage.id = s + 1;
        stage.name = QStringLiteral("Stage %1").arg(s + 1);
        stage.phase = Phase(s * 3 / e.size());
        curves.subprocesses.append(stage);
        CurveCell cell;
        cell.rating.n = 1;
        cell.rating.mean = 5.5 + e.at(s);
        cell.reference = 5.5;
        cell.e = e.at(s);
        vendor.cells.append(cell);
    }
    vendor.shape = CurveShape::of(e);
    curves.vendors.append(vendor);
    EmotionCurveChart chart;
    chart.setCurves(curves);
    QCOMPARE(chart.focusVendor(), 0);
    QCOMPARE(subprocessAt(chart, CurveMarker::PleasurePeak), QStringLiteral("Stage 2"));
    QCOMPARE(subprocessAt(chart, CurveMarker::PainPeak), QStringLiteral("Stage 5"));
    QCOMPARE(subprocessAt(chart, CurveMarker::End), QStringLiteral("Stage 8"));
    QVERIFY2(chart.caption().contains(QStringLiteral("peak-end +1.50")),
             qPrintable(chart.caption()));
    QVERIFY(chart.caption().contains(QStringLiteral("pleasure–pain–end +0.33")));
    QVERIFY(chart.caption().contains(QStringLiteral("spread 4.00")));
    QVERIFY(chart.caption().contains(QStringLiteral("neutral 5.5")));
    QStringList warnings;
    ChartCheck::render(chart, QSize(1000, 600), &warnings, QStringLiteral("curve-one-vendor"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestEmotionCurveChart::saysWhyItIsEmpty()
{
    EmotionCurveChart chart;
    QVERIFY(!chart.emptyReason().isEmpty());
    QCOMPARE(chart.focusVendor(), -1);
    QVERIFY(chart.markers().isEmpty());
    QStringList warnings;
    const QImage image = ChartCheck::render(chart, QSize(640, 400), &warnings);
    QVERIFY(warnings.isEmpty());
    QVERIFY(ChartCheck::inkShare(image) > 0.001); // the reason is written
}

// Hovering a point tells its vendor, subprocess, mean, e, interval and n; the legend entries
// name their vendors for a click. By hand: V1 rates S1 4, 5 and 6 — mean 5, SD 1, SE 1/√3,
// t(0.975, 2) = 4.3027, so the interval is 5 ± 2.484 = 2.52 to 7.48; V2 rates it 6 three
// times, so on the benchmark curve V1's e is 5 − 6 = −1.
void TestEmotionCurveChart::hoverShowsValueNAndInterval()
{
    SurveyData data = SurveyBuilder::make(2, 2);
    for (const double rating : {4.0, 5.0, 6.0})
        SurveyBuilder::addCase(data, 0, {rating, 7}, 6);
    for (int i = 0; i < 3; ++i)
        SurveyBuilder::addCase(data, 1, {6, 7}, 6);
    EmotionCurveChart chart;
    chart.setCurves(EmotionCurves::compute(data));
    const QSize size(1000, 600);
    TextProbe::Device probe(size);
    {
        QPainter painter(&probe);
        chart.render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    const QString tip = chart.toolTipAt(chart.pointPosition(0, 0) + QPointF(2, -2));
    QCOMPARE(tip, QStringLiteral("V1 · S1\nmean 5.00 · e −1.00\n95 % CI 2.52 to 7.48\nn = 3"));
    QVERIFY(chart.toolTipAt(QPointF(2, 2)).isEmpty()); // nothing there
    int entries = 0;
    for (const TextProbe::Text &text : probe.texts()) {
        if (text.text == QStringLiteral("V2")) {
            QCOMPARE(chart.legendVendorAt(text.rect.center()), qint64(2));
            ++entries;
        }
    }
    QCOMPARE(entries, 1);
    QCOMPARE(chart.legendVendorAt(chart.pointPosition(0, 0)), qint64(0));
}

void TestEmotionCurveChart::layoutIsWhatIsPainted()
{
    EmotionCurveChart chart;
    chart.setCurves(m_analysis.curves);
    const QSize size(1400, 800);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    const EmotionCurveChart::Layout layout = chart.layOut(target);
    QCOMPARE(layout.marks.size(), 3);
    QCOMPARE(layout.count, 25);
    // A layout at another size is another geometry: the next hit-test refers to it.
    chart.layOut(QRectF(0, 0, 700, 400));
    QVERIFY(chart.pointPosition(layout.focus, 24).x() < layout.point(24, 0).x());

    TextProbe::Device probe(size);
    {
        QPainter painter(&probe);
        chart.render(painter, target);
    }
    // Every mark's label is painted in the box its layout gave it, and no two boxes (nor a box
    // and another mark) overlap.
    for (const EmotionCurveChart::Layout::Mark &mark : layout.marks) {
        int found = 0;
        for (const TextProbe::Text &text : probe.texts()) {
            if (text.text == mark.text) {
                QVERIFY2(mark.box.contains(text.rect.center()), qPrintable(mark.text));
                ++found;
            }
        }
        QCOMPARE(found, 1);
        for (const EmotionCurveChart::Layout::Mark &other : layout.marks) {
            if (&other != &mark) {
                QVERIFY(!mark.box.intersects(other.box));
                QVERIFY(!mark.box.contains(other.point));
            }
        }
    }
    // The render's own layout is the one layOut() gave for the same target.
    for (int s = 0; s < layout.count; ++s)
        QCOMPARE(chart.pointPosition(layout.focus, s), layout.point(s, layout.e[layout.focus][s]));
}

void TestEmotionCurveChart::labelPlacerKeepsLabelsApartAndInside()
{
    using Side = LabelPlacer::Side;
    LabelPlacer placer(QRectF(0, 0, 100, 100));
    placer.take(QRectF(45, 45, 10, 10)); // the dot
    // Right of the dot at the gap, centred on it: x from 50 + 10, y 50 ± 5.
    QCOMPARE(placer.place(QPointF(50, 50), QSizeF(20, 10), 10, {Side::Right}, 5),
             std::optional<QRectF>(QRectF(60, 45, 20, 10)));
    // The same place is taken now: above instead (bottom edge 10 above the anchor).
    QCOMPARE(placer.place(QPointF(50, 50), QSizeF(20, 10), 10, {Side::Right, Side::Above}, 5),
             std::optional<QRectF>(QRectF(40, 30, 20, 10)));
    // No preferred side free: somewhere on a ring, clear of everything and inside.
    const auto ring = placer.place(QPointF(50, 50), QSizeF(20, 10), 10, {Side::Right}, 5);
    QVERIFY(ring);
    QVERIFY(QRectF(0, 0, 100, 100).contains(*ring));
    for (int i = 0; i < placer.taken().size() - 1; ++i)
        QVERIFY(!placer.taken().at(i).intersects(*ring));
    // Too big for the bounds: no place at all.
    QCOMPARE(placer.place(QPointF(50, 50), QSizeF(120, 10), 10, {Side::Right}, 5), std::nullopt);
}

// 200 vendors: a legend entry each would take the width of the plot (it did: the report's
// findings page showed a strip of curves beside 200 names). The legend names the focus and the
// first vendors that fit, and one last entry counts the others, drawn in grey.
void TestEmotionCurveChart::legendOfManyVendorsLeavesTheCurvesRoom()
{
    QTemporaryDir dir;
    EmotionCurveChart chart;
    chart.setCurves(TestFiles::manyVendorCurves(dir.filePath(QStringLiteral("many.peakend")),
                                                ProjectLimits::vendors));
    QCOMPARE(chart.curves().vendors.size(), ProjectLimits::vendors);
    const QRegularExpression others(QStringLiteral("^(\\d+) other vendor"));
    for (const QSizeF size : {QSizeF(1600, 1000), QSizeF(1100, 330)}) { // screen; report findings
        for (const qint64 highlighted : {qint64(0), chart.curves().vendors.constLast().vendor.id}) {
            chart.setHighlightedVendor(highlighted);
            const QRectF target(QPointF(), size);
            const EmotionCurveChart::Layout &layout = chart.layOut(target);
            const QList<ChartLegend::Entry> &entries = layout.legend.entries();
            QVERIFY(entries.size() > 2);
            QVERIFY(entries.size() < ProjectLimits::vendors);
            const QRegularExpressionMatch count = others.match(entries.constLast().name);
            QVERIFY2(count.hasMatch(), qPrintable(entries.constLast().name));
            QCOMPARE(count.captured(1).toInt() + entries.size() - 1, ProjectLimits::vendors);
            const qint64 focus = chart.curves().vendors.at(chart.focusVendor()).vendor.id;
            QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [&](const auto &entry) {
                return entry.vendor == focus && entry.bold;
            }));
            // Every entry inside the drawing, right of the plot, and the plot most of the width.
            const QRectF legend(layout.legendAt, layout.legend.size());
            QVERIFY(target.contains(legend));
            QVERIFY(legend.left() >= layout.plot.right());
            QVERIFY2(legend.width() <= 0.3 * size.width(),
                     qPrintable(QString::number(legend.width())));
            QVERIFY2(layout.plot.width() >= 0.6 * size.width(),
                     qPrintable(QString::number(layout.plot.width())));
        }
    }
}

QTEST_MAIN(TestEmotionCurveChart)
#include "tst_emotioncurvechart.moc"
