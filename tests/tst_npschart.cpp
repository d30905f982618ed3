#include "chartcheck.h"
#include "charts/npschart.h"

#include <QTest>

using namespace Peakend;

class TestNpsChart : public QObject
{
    Q_OBJECT

private slots:
    void referenceCase();
    void refusesAScaleThatIsNotZeroToTen();
};

void TestNpsChart::referenceCase()
{
    // DESIGN.md §6: 18 promoters, 11 passives, 2 detractors: NPS 51.61, 95 % CI 29.95 … 73.28
    // (29.948 before rounding to one decimal).
    std::vector<double> answers;
    answers.insert(answers.end(), 9, 9.0);
    answers.insert(answers.end(), 9, 10.0);
    answers.insert(answers.end(), 11, 7.0);
    answers.insert(answers.end(), 2, 3.0);
    NpsChart chart;
    chart.setResult(NetPromoterScore::compute(answers, {}, 0, 10), QStringLiteral("all vendors"));
    QVERIFY(chart.emptyReason().isEmpty());
    QVERIFY2(chart.caption().contains(QStringLiteral("58.1 % promoters")),
             qPrintable(chart.caption()));
    QVERIFY(chart.caption().contains(QStringLiteral("6.5 % detractors")));
    QVERIFY(chart.caption().contains(QStringLiteral("+29.9 to +73.3")));
    QCOMPARE(chart.result().distribution[9], 9.0);
    QStringList warnings;
    const QImage image
        = ChartCheck::render(chart, QSize(1000, 600), &warnings, QStringLiteral("nps-reference"));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(ChartCheck::inkShare(image) > 0.02);
}

void TestNpsChart::refusesAScaleThatIsNotZeroToTen()
{
    NpsChart chart;
    chart.setResult(NetPromoterScore::compute({1, 2, 3}, {}, 1, 5), QStringLiteral("x"));
    QVERIFY(!chart.emptyReason().isEmpty());
}

QTEST_MAIN(TestNpsChart)
#include "tst_npschart.moc"
