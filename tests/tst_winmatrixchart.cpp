#include "assembly/waveassembler.h"
#include "chartcheck.h"
#include "charts/chartstyle.h"
#include "charts/winmatrixchart.h"
#include "domain/projectlimits.h"
#include "testfiles.h"

#include <QFontMetricsF>
#include <QTest>

using namespace Peakend;

// The efficiency paradox of the B2B demo (DESIGN.md §7): one vendor is best at 23 of 25
// subprocesses yet least liked of 14. Counted here from the chart's own winners.
class TestWinMatrixChart : public QObject
{
    Q_OBJECT

private slots:
    void paradoxVendorWinsMostAndSitsLast();
    void rowsStayReadable();
    void aWindowShowsItsRows();
};

void TestWinMatrixChart::paradoxVendorWinsMostAndSitsLast()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::B2b);
    QVERIFY(document);
    ProjectAnalysisOptions options;
    options.importance.bootstrapResamples = 0;
    options.importance.shapley = false;
    const EmotionCurves curves
        = WaveAssembler::assemble(document->repository(), {0, options}).analysis.curves;
    WinMatrixChart chart;
    chart.setCurves(curves);

    QHash<QString, double> wins;
    for (int s = 0; s < curves.subprocesses.size(); ++s) {
        const QList<int> winners = chart.winners(s);
        QVERIFY(!winners.isEmpty());
        for (const int v : winners)
            wins[curves.vendors.at(v).vendor.name] += 1.0 / winners.size();
    }
    QCOMPARE(wins.value(QStringLiteral("Apex Direct")), 23.0);
    const QList<int> rows = chart.rowOrder();
    QCOMPARE(rows.size(), 14);
    QCOMPARE(curves.vendors.at(rows.last()).vendor.name, QStringLiteral("Apex Direct"));
    QCOMPARE(curves.vendors.at(rows.first()).vendor.name, QStringLiteral("Meridian Systems"));
    QVERIFY(chart.caption().contains(QStringLiteral("Apex Direct is best at 23 of 25")));

    QStringList warnings;
    const QImage image
        = ChartCheck::render(chart, QSize(1280, 720), &warnings, QStringLiteral("wins-b2b"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(ChartCheck::inkShare(image) > 0.1);
}

// 200 vendors (the most a project holds) do not fit in a 1000 px high drawing with their names
// readable: the chart says so, and says which height does; drawn at that height, each row is at
// least a line of its names' text high, in rank order.
void TestWinMatrixChart::rowsStayReadable()
{
    QTemporaryDir dir;
    WinMatrixChart chart;
    chart.setCurves(TestFiles::manyVendorCurves(dir.filePath(QStringLiteral("many.peakend")),
                                                ProjectLimits::vendors));
    QCOMPARE(chart.rowCount(), ProjectLimits::vendors);

    const QString problem = chart.layoutProblem(QRectF(0, 0, 1600, 1000));
    QVERIFY2(
        problem.startsWith(QStringLiteral("“Who wins each subprocess” has 200 rows, and only ")),
        qPrintable(problem));
    QList<ChartCheck::Row> rows = ChartCheck::vendorRows(chart, QSizeF(1600, 1000));
    QCOMPARE(rows.size(), 200);
    const double line = QFontMetricsF(ChartStyle::font(QRectF(0, 0, 1600, 1000), 0.85)).height();
    QVERIFY(rows.first().height < line); // what the chart said: squeezed

    const double height = chart.readableHeight(1600, 1000);
    QVERIFY(height > 1000);
    QVERIFY(chart.layoutProblem(QRectF(0, 0, 1600, height)).isEmpty());
    QVERIFY(!chart.layoutProblem(QRectF(0, 0, 1600, height / 1.05 - 1)).isEmpty());
    rows = ChartCheck::vendorRows(chart, QSizeF(1600, height));
    const QList<int> order = chart.rowOrder();
    QCOMPARE(rows.size(), order.size());
    const QFont names = ChartStyle::font(QRectF(0, 0, 1600, height), 0.85);
    for (int r = 0; r < rows.size(); ++r) {
        QCOMPARE(rows.at(r).vendor, chart.curves().vendors.at(order.at(r)).vendor.id);
        QVERIFY2(rows.at(r).height >= QFontMetricsF(names).height() - 0.5,
                 qPrintable(QString::number(rows.at(r).height)));
    }
}

// A report's page of a long matrix: rows 51–100 in rank order, its title saying so, readable
// where the whole matrix is not.
void TestWinMatrixChart::aWindowShowsItsRows()
{
    QTemporaryDir dir;
    WinMatrixChart chart;
    chart.setCurves(TestFiles::manyVendorCurves(dir.filePath(QStringLiteral("many.peakend")),
                                                ProjectLimits::vendors));
    const QRectF page(0, 0, 1100, 800);
    QVERIFY(!chart.layoutProblem(page).isEmpty());
    chart.setRowWindow(50, 50);
    QCOMPARE(chart.shownTitle(), QStringLiteral("Who wins each subprocess (51–100 of 200)"));
    QVERIFY2(chart.layoutProblem(page).isEmpty(), qPrintable(chart.layoutProblem(page)));
    const QList<ChartCheck::Row> rows = ChartCheck::vendorRows(chart, page.size());
    const QList<int> order = chart.rowOrder().mid(50, 50);
    QCOMPARE(rows.size(), 50);
    for (int r = 0; r < rows.size(); ++r)
        QCOMPARE(rows.at(r).vendor, chart.curves().vendors.at(order.at(r)).vendor.id);
    chart.setRowWindow(180, 50); // the last page holds what is left
    QCOMPARE(chart.shownTitle(), QStringLiteral("Who wins each subprocess (181–200 of 200)"));
    QCOMPARE(ChartCheck::vendorRows(chart, page.size()).size(), 20);

    QStringList warnings;
    ChartCheck::render(chart, page.size().toSize(), &warnings, QStringLiteral("wins-181-200"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

QTEST_MAIN(TestWinMatrixChart)
#include "tst_winmatrixchart.moc"
