#include "assembly/waveassembler.h"
#include "chartcheck.h"
#include "charts/winmatrixchart.h"
#include "testfiles.h"

#include <QTest>

using namespace Peakend;

// The efficiency paradox of the B2B demo (DESIGN.md §7): one vendor is best at 23 of 25
// subprocesses yet least liked of 14. Counted here from the chart's own winners.
class TestWinMatrixChart : public QObject
{
    Q_OBJECT

private slots:
    void paradoxVendorWinsMostAndSitsLast();
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

QTEST_MAIN(TestWinMatrixChart)
#include "tst_winmatrixchart.moc"
