#include "charts/categorylabels.h"
#include "charts/ipachart.h"
#include "charts/npschart.h"
#include "charts/reasonschart.h"
#include "charts/segmentcomparisonchart.h"
#include "charts/weakestlinkchart.h"
#include "textprobe.h"

#include <QTest>

using namespace Peakend;

// Hovering a bar, dot or row of a chart reads its value, n and interval (issue 20): each case
// is built by hand, its expected text worked out from DESIGN.md's formulas, and the pointer
// put where the test finds the mark's own label drawn.
class TestChartHover : public QObject
{
    Q_OBJECT

private slots:
    void npsScoreAndAnswers();
    void weakestLinkRow();
    void reasonRow();
    void segmentDifference();
    void ipaDot();
    void captionDropsSpaceAfterFullWidthStop();
    void categoryLabelsNeverOverlap();
};

namespace {
// A chart that is only a caption, for the caption's own rules.
class CaptionChart : public Chart
{
public:
    explicit CaptionChart(const QString &text) : m_text(text) {}
    QString title() const override { return QString(); }
    QString emptyReason() const override { return QString(); }

protected:
    QString captionText() const override { return m_text; }
    void renderPlot(QPainter &, const QRectF &) const override {}

private:
    QString m_text;
};
} // namespace

void TestChartHover::npsScoreAndAnswers()
{
    // DESIGN.md §6: 18 promoters, 11 passives, 2 detractors: NPS 51.61, 95 % CI 29.95 … 73.28.
    std::vector<double> answers;
    answers.insert(answers.end(), 9, 9.0);
    answers.insert(answers.end(), 9, 10.0);
    answers.insert(answers.end(), 11, 7.0);
    answers.insert(answers.end(), 2, 3.0);
    NpsChart chart;
    chart.setResult(NetPromoterScore::compute(answers, {}, 0, 10), QStringLiteral("all vendors"));
    const QList<TextProbe::Text> texts = TextProbe::draw(chart, QSize(1000, 600));

    const QRectF score = TextProbe::find(texts, QStringLiteral("+52"));
    QVERIFY(!score.isNull());
    const QString tip = chart.toolTipAt(score.center());
    QVERIFY2(tip.startsWith(QStringLiteral("NPS +51.6 · n = 31\n95 % CI +29.9 to +73.3\n")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("58.1 % promoters, 35.5 % passives, 6.5 % detractors")),
             qPrintable(tip));

    // Above the axis label "7": 11 of 31 answers = 35.48 %.
    const QRectF seven = TextProbe::find(texts, QStringLiteral("7"));
    QVERIFY(!seven.isNull());
    QCOMPARE(chart.toolTipAt(seven.center() - QPointF(0, 40)),
             QStringLiteral("Answer 7 (passive)\n35.5 % of answers · 11 answers"));
    const QRectF three = TextProbe::find(texts, QStringLiteral("3"));
    QCOMPARE(chart.toolTipAt(three.center() - QPointF(0, 40)),
             QStringLiteral("Answer 3 (detractor)\n6.5 % of answers · 2 answers"));
    QVERIFY(chart.toolTipAt(QPointF(2, 2)).isEmpty());
}

void TestChartHover::weakestLinkRow()
{
    // A rated 4, 5, 6: mean 5, s = 1, t(0.975, 2) = 4.3027, CI 5 ± 4.3027/√3 = 2.52 … 7.48.
    // B rated 8, 9, 10: mean 9. Average of the two means 7.
    const Scale scale{1.0, 10.0, 5.5};
    const WeakestLink link
        = WeakestLink::compute({QStringLiteral("Delivery"), QStringLiteral("Billing")},
                               {{4, 5, 6}, {8, 9, 10}}, {}, scale);
    Vendor vendor;
    vendor.id = 1;
    vendor.name = QStringLiteral("Apex");
    WeakestLinkChart chart;
    chart.setLinks({vendor}, {link}, scale);
    const QList<TextProbe::Text> texts = TextProbe::draw(chart, QSize(1000, 500));
    const QRectF name = TextProbe::find(texts, QStringLiteral("Apex"));
    QVERIFY(!name.isNull());
    const QString tip = chart.toolTipAt(name.center());
    QVERIFY2(tip.startsWith(QStringLiteral("Apex\nweakest: Delivery, mean 5.00 · n = 3\n"
                                           "95 % CI 2.52 to 7.48\n"
                                           "average of the subprocess means 7.00")),
             qPrintable(tip));
    QVERIFY2(tip.endsWith(QStringLiteral("alert")), qPrintable(tip)); // 5.0 < neutral 5.5
    // A vendor's name is clicked to highlight it, like a legend entry.
    QCOMPARE(chart.legendVendorAt(name.center()), qint64(1));
    QCOMPARE(chart.legendVendorAt(name.center() + QPointF(300, 0)), qint64(0));
}

void TestChartHover::reasonRow()
{
    // Wilson 95 %: 10 of 40 → 0.1419 … 0.4019; 2 of 40 → 0.0138 … 0.1650.
    ReasonShares reasons;
    reasons.n = 40;
    ReasonShare price;
    price.factor.id = 1;
    price.factor.name = QStringLiteral("Price");
    price.like = {40, 40.0, 0.25, 0.1419, 0.4019};
    price.dislike = {40, 40.0, 0.05, 0.0138, 0.1650};
    reasons.factors.append(price);
    ReasonsChart chart;
    chart.setReasons(reasons, ImportanceResult(), QStringLiteral("all vendors"));
    const QList<TextProbe::Text> texts = TextProbe::draw(chart, QSize(1000, 500));
    const QRectF like = TextProbe::find(texts, QStringLiteral("25.0 %"));
    QVERIFY(!like.isNull());
    QCOMPARE(chart.toolTipAt(like.center()),
             QStringLiteral("Price\nreason to like: 25.0 % · n = 40\n95 % CI 14.2 to 40.2 %\n"
                            "reason to dislike: 5.0 % · n = 40\n95 % CI 1.4 to 16.5 %"));
}

void TestChartHover::segmentDifference()
{
    SegmentComparison comparison;
    comparison.respondentsA = 30;
    comparison.respondentsB = 25;
    SegmentVendorComparison row;
    row.vendor.id = 1;
    row.vendor.name = QStringLiteral("Apex");
    row.overall = {7.2, 6.5, 0.7, {0.1, 1.3}};
    row.subprocesses.append({6.0, 6.2, -0.2, {-0.9, 0.5}});
    comparison.vendors.append(row);
    Subprocess ordering;
    ordering.name = QStringLiteral("Ordering");
    SegmentComparisonChart chart;
    chart.setComparison(comparison, {ordering}, 0);
    const QList<TextProbe::Text> texts = TextProbe::draw(chart, QSize(1000, 500));
    const QRectF overall = TextProbe::find(texts, QStringLiteral("Overall satisfaction"));
    QVERIFY(!overall.isNull());
    QCOMPARE(chart.toolTipAt(overall.center()),
             QStringLiteral("Overall satisfaction\nA 7.20 · B 6.50 · A − B +0.70\n"
                            "95 % Welch interval +0.10 to +1.30\nthe interval leaves out zero"));
    const QRectF line = TextProbe::find(texts, QStringLiteral("Ordering"));
    QVERIFY(chart.toolTipAt(line.center()).endsWith(QStringLiteral("no clear difference")));
}

void TestChartHover::ipaDot()
{
    IpaResult result;
    result.performanceSplit = 6.0;
    result.importanceSplit = 5.0;
    result.points.append({QStringLiteral("Delivery"), 4.5, 8.0, IpaQuadrant::ConcentrateHere});
    result.points.append({QStringLiteral("Billing"), 8.25, 2.0, IpaQuadrant::PossibleOverkill});
    IpaChart chart;
    chart.setResult(result, QStringLiteral("subprocesses"), QStringLiteral("derived"));
    chart.setScale({1.0, 10.0, 5.5});
    const QList<TextProbe::Text> texts = TextProbe::draw(chart, QSize(1000, 700));
    // The label sits beside its dot: walk from the label's edge towards the dot.
    const QRectF label = TextProbe::find(texts, QStringLiteral("Billing"));
    QVERIFY(!label.isNull());
    QString tip;
    for (double dx = 0; dx < 60 && tip.isEmpty(); dx += 2) {
        for (const QPointF &at : {label.center() - QPointF(label.width() / 2 + dx, 0),
                                  label.center() + QPointF(label.width() / 2 + dx, 0)}) {
            if (tip.isEmpty())
                tip = chart.toolTipAt(at);
        }
    }
    QVERIFY2(tip.startsWith(QStringLiteral("Billing\nperformance 8.25 · importance 2.00\n")),
             qPrintable(tip));
}

void TestChartHover::captionDropsSpaceAfterFullWidthStop()
{
    // Sentences are joined with a space; Chinese ones end in “。” and need none.
    QCOMPARE(
        CaptionChart(QStringLiteral("警示：A。 没有供应商低于该值。  下一句， 再一句")).caption(),
        QStringLiteral("警示：A。没有供应商低于该值。下一句，再一句"));
    QCOMPARE(CaptionChart(QStringLiteral("Alert: A. No vendor crosses it.")).caption(),
             QStringLiteral("Alert: A. No vendor crosses it."));
}

void TestChartHover::categoryLabelsNeverOverlap()
{
    // Parallel lines of text turned by a lie slot × sin(a) apart: at 45° they clear each other
    // when slot × 0.7071 ≥ the line height, upright when slot ≥ it; narrower, only every
    // ⌈height / slot⌉-th label is written.
    QFont font;
    font.setPixelSize(12);
    const double line = QFontMetricsF(font).height();
    const QStringList names{QStringLiteral("Recognise the need"), QStringLiteral("Ordering"),
                            QStringLiteral("After-sales follow-up")};
    QCOMPARE(CategoryLabels(names, font, 400).angle(), 0.0);
    const CategoryLabels wide(names, font, line / 0.7071 + 1);
    QCOMPARE(wide.angle(), 45.0);
    QCOMPARE(wide.step(), 1);
    const CategoryLabels upright(names, font, line * 1.2); // between line and line / 0.7071
    QCOMPARE(upright.angle(), 90.0);
    QCOMPARE(upright.step(), 1);
    const CategoryLabels sparse(names, font, line / 2.5);
    QCOMPARE(sparse.angle(), 90.0);
    QCOMPARE(sparse.step(), 3);
}

QTEST_MAIN(TestChartHover)
#include "tst_charthover.moc"
