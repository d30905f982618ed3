#include "assembly/waveassembler.h"
#include "chartcheck.h"
#include "charts/driverimportancechart.h"
#include "charts/ipachart.h"
#include "testfiles.h"
#include "textprobe.h"

#include <QPainter>
#include <QTest>

using namespace Peakend;

// Derived importance of the B2B demo's subprocesses and factors, as bars and as IPA points.
class TestDriverImportanceChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void barsAreSharesOfRSquaredLargestFirst();
    void betaAndRelativeWeights();
    void ipaPointsInTheirQuadrants();
    void saysWhyItIsEmpty();
    void factorsByStatedAndDerivedImportance();
    void hoverReadsABar();
    void longRankingComesInWindows();

private:
    QTemporaryDir m_dir;
    ProjectAnalysis m_analysis;
};

void TestDriverImportanceChart::initTestCase()
{
    const auto document = TestFiles::openDemo(m_dir, DemoProject::Kind::B2b);
    QVERIFY(document);
    ProjectAnalysisOptions options;
    options.importance.bootstrapResamples = 100;
    m_analysis = WaveAssembler::assemble(document->repository(), {0, options}).analysis;
    QVERIFY(m_analysis.journey.importance.isValid());
}

void TestDriverImportanceChart::barsAreSharesOfRSquaredLargestFirst()
{
    DriverImportanceChart chart;
    chart.setImportance(m_analysis.journey.importance, QStringLiteral("subprocesses"));
    QCOMPARE(chart.method(), DriverImportanceChart::Method::Shapley);
    const QList<DriverImportanceChart::Bar> bars = chart.bars();
    QCOMPARE(bars.size(), 25);
    double total = 0.0;
    for (int i = 0; i < bars.size(); ++i) {
        total += bars.at(i).value;
        if (i > 0)
            QVERIFY(bars.at(i - 1).value >= bars.at(i).value);
    }
    QVERIFY(std::abs(total - 100.0) < 1e-6); // LMG shares sum to R²
    // LMG of 25 drivers is not bootstrapped (2^25 fits per resample): no whiskers, and the
    // caption says why, and that the relative weights' intervals are there.
    QVERIFY(std::isnan(bars.first().low));
    QVERIFY(chart.caption().contains(QStringLiteral("Shapley intervals are left out")));
    QVERIFY(!chart.caption().contains(QStringLiteral("No intervals computed")));
    QVERIFY(chart.caption().contains(QStringLiteral("n = 1,402")));

    QStringList warnings;
    const QImage image
        = ChartCheck::render(chart, QSize(1280, 720), &warnings, QStringLiteral("drivers-journey"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(ChartCheck::inkShare(image) > 0.02);
}

void TestDriverImportanceChart::betaAndRelativeWeights()
{
    DriverImportanceChart chart;
    chart.setImportance(m_analysis.factorsDerived.importance, QStringLiteral("factors"));
    chart.setMethod(DriverImportanceChart::Method::RelativeWeights);
    const QList<DriverImportanceChart::Bar> bars = chart.bars();
    QCOMPARE(bars.size(), 6);
    const double rSquared = m_analysis.factorsDerived.importance.rSquared;
    for (const DriverImportanceChart::Bar &bar : bars) {
        // Whiskers: the bootstrap interval of the weight on the same % of R² scale.
        QVERIFY(bar.low <= bar.high);
        const DriverImportanceRow *row = nullptr;
        for (const DriverImportanceRow &candidate : m_analysis.factorsDerived.importance.drivers) {
            if (candidate.name == bar.name)
                row = &candidate;
        }
        QVERIFY(row);
        QCOMPARE(bar.value, row->relativeWeight / rSquared * 100.0);
        QCOMPARE(bar.low, row->relativeWeightShareCi.low);
        QCOMPARE(bar.high, row->relativeWeightShareCi.high);
    }
    QVERIFY(chart.caption().contains(
        QStringLiteral("Whiskers: bootstrap 95 % interval, 100 resamples of whole respondents.")));
    // The whiskers drawn are the relative weights': no sentence says there are none.
    QVERIFY2(!chart.caption().contains(QStringLiteral("No whiskers")), qPrintable(chart.caption()));
    QVERIFY(!chart.caption().contains(QStringLiteral("m-out-of-n")));
    // A wave past the bootstrap's draw limit: the caption says how many each resample drew.
    ImportanceResult drawn = m_analysis.factorsDerived.importance;
    drawn.bootstrapUnits = 200000;
    drawn.bootstrapDraws = 50000;
    chart.setImportance(drawn, QStringLiteral("factors"));
    QVERIFY2(chart.caption().contains(QStringLiteral(
                 "Each resample drew 50,000 of the 200,000 respondents (m-out-of-n, scaled by "
                 "√(m/n)).")),
             qPrintable(chart.caption()));
    chart.setMethod(DriverImportanceChart::Method::Beta);
    QCOMPARE(chart.bars().size(), 6);
    QStringList warnings;
    ChartCheck::render(chart, QSize(1000, 600), &warnings, QStringLiteral("drivers-factors-beta"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestDriverImportanceChart::ipaPointsInTheirQuadrants()
{
    IpaChart chart;
    chart.setResult(m_analysis.journey.ipa, QStringLiteral("subprocesses"), QStringLiteral("LMG"));
    QVERIFY(chart.emptyReason().isEmpty());
    const IpaResult &ipa = chart.result();
    for (const IpaPoint &point : ipa.points) {
        const bool important = point.importance >= ipa.importanceSplit;
        const bool performing = point.performance >= ipa.performanceSplit;
        const IpaQuadrant expected
            = important
                  ? (performing ? IpaQuadrant::KeepUpTheGoodWork : IpaQuadrant::ConcentrateHere)
                  : (performing ? IpaQuadrant::PossibleOverkill : IpaQuadrant::LowPriority);
        QCOMPARE(point.quadrant, expected);
    }
    QVERIFY(!ipa.keyMoments.isEmpty());
    QVERIFY(chart.caption().contains(ipa.points.at(ipa.keyMoments.first()).name));
    QStringList warnings;
    ChartCheck::render(chart, QSize(1280, 720), &warnings, QStringLiteral("ipa-journey"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestDriverImportanceChart::saysWhyItIsEmpty()
{
    DriverImportanceChart chart;
    chart.setImportance(ImportanceResult(), QStringLiteral("factors"));
    QVERIFY(chart.emptyReason().contains(QStringLiteral("factors")));
    IpaChart ipa;
    QVERIFY(!ipa.emptyReason().isEmpty());
}

// Factor IPA: the caption names the factors that stated importance puts in another quadrant
// than derived importance, and says nothing of stated importance when none was asked.
void TestDriverImportanceChart::factorsByStatedAndDerivedImportance()
{
    const QStringList names{QStringLiteral("price"), QStringLiteral("service"),
                            QStringLiteral("product"), QStringLiteral("convenience")};
    const QList<double> performance{4, 8, 4, 8};
    const IpaResult derived = ImportancePerformance::compute(names, performance, {9, 9, 2, 2});
    const IpaResult stated = ImportancePerformance::compute(names, performance, {2, 9, 9, 2});
    IpaChart chart;
    chart.setResult(derived, QStringLiteral("factors"), QStringLiteral("derived"));
    chart.setAlternative(stated, QStringLiteral("stated importance"));
    const QString caption = chart.caption();
    QVERIFY2(caption.contains(QStringLiteral("By stated importance these land elsewhere: price "
                                             "(Low priority), product (Concentrate here).")),
             qPrintable(caption));
    chart.setAlternative(
        ImportancePerformance::compute(names, performance, {qQNaN(), qQNaN(), qQNaN(), qQNaN()}),
        QStringLiteral("stated importance"));
    QVERIFY(!chart.caption().contains(QStringLiteral("stated importance")));
}

// Hovering a bar reads its name, share, interval and n: found at the value drawn beside it.
void TestDriverImportanceChart::hoverReadsABar()
{
    DriverImportanceChart chart;
    chart.setImportance(m_analysis.journey.importance, QStringLiteral("subprocesses"));
    chart.setMethod(DriverImportanceChart::Method::RelativeWeights);
    const QSize size(1200, 800);
    TextProbe::Device probe(size);
    {
        QPainter painter(&probe);
        chart.render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    const DriverImportanceChart::Bar top = chart.bars().constFirst();
    const QString label = QStringLiteral("%1 %").arg(QLocale().toString(top.value, 'f', 1));
    QRectF at;
    for (const TextProbe::Text &text : probe.texts()) {
        if (text.text == label)
            at = text.rect;
    }
    QVERIFY2(!at.isNull(), qPrintable(label));
    const QString tip = chart.toolTipAt(at.center());
    QVERIFY2(tip.startsWith(top.name + QStringLiteral("\n") + label + QStringLiteral(" of R²")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("95 % interval ")), qPrintable(tip));
    QVERIFY(tip.endsWith(QStringLiteral("n = %1 respondent × vendor rows")
                             .arg(QLocale().toString(m_analysis.journey.importance.n))));
    QVERIFY(chart.toolTipAt(QPointF(1, 1)).isEmpty());
}

// 200 drivers (a journey of 200 subprocesses): Qt's axis would name only some bars. The chart
// says they do not fit in a report page's chart; a window of as many as fit names each of its
// bars, in rank order, and no other.
void TestDriverImportanceChart::longRankingComesInWindows()
{
    ImportanceResult many = m_analysis.journey.importance;
    const DriverImportanceRow model = many.drivers.constFirst();
    many.drivers.clear();
    for (int d = 0; d < 200; ++d) {
        DriverImportanceRow row = model;
        row.name = QStringLiteral("Driver %1").arg(d + 1);
        row.relativeWeightShare = (200 - d) / 201.0; // sums to 100 over the 200
        row.relativeWeightShareCi = {};
        many.drivers.append(row);
    }
    DriverImportanceChart chart;
    chart.setImportance(many, QStringLiteral("subprocesses"));
    chart.setMethod(DriverImportanceChart::Method::RelativeWeights);
    QCOMPARE(chart.rowCount(), 200);
    const QRectF page(0, 0, 1100, 640);
    QVERIFY(!chart.layoutProblem(page).isEmpty());
    const int fitting = chart.rowsFitting(page);
    QVERIFY2(fitting >= 10 && fitting < 200, qPrintable(QString::number(fitting)));

    chart.setRowWindow(fitting, fitting);
    QVERIFY(chart.layoutProblem(page).isEmpty());
    TextProbe::Device probe(page.size().toSize());
    {
        QPainter painter(&probe);
        chart.render(painter, page);
    }
    QStringList drawn;
    for (const TextProbe::Text &text : probe.texts()) {
        if (text.text.startsWith(QStringLiteral("Driver ")))
            drawn.append(text.text);
    }
    QStringList expected;
    for (const DriverImportanceChart::Bar &bar : chart.bars().mid(fitting, fitting))
        expected.append(bar.name);
    QCOMPARE(expected.constFirst(), QStringLiteral("Driver %1").arg(fitting + 1));
    drawn.sort();
    expected.sort();
    QCOMPARE(drawn, expected);
}

QTEST_MAIN(TestDriverImportanceChart)
#include "tst_driverimportancechart.moc"
