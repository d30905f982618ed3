#include "analysis/memorymodel.h"
#include "surveybuilder.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

class TestMemoryModel : public QObject
{
    Q_OBJECT

private slots:
    void findsTheRuleTheAnswersFollow_data();
    void findsTheRuleTheAnswersFollow();
    void skipsCasesWithoutOverall();
};

void TestMemoryModel::findsTheRuleTheAnswersFollow_data()
{
    QTest::addColumn<int>("rule");
    QTest::newRow("peak-end") << int(MemoryRule::PeakEnd);
    QTest::newRow("end") << int(MemoryRule::EndOnly);
    QTest::newRow("weakest") << int(MemoryRule::WeakestLink);
    QTest::newRow("mean") << int(MemoryRule::Mean);
}

void TestMemoryModel::findsTheRuleTheAnswersFollow()
{
    // Respondents whose overall rating is exactly one rule applied to their own curve.
    QFETCH(int, rule);
    SurveyData data = SurveyBuilder::make(1, 4, 0, {-5, 5, 0});
    const double journeys[][4]
        = {{1, 4, -2, 0}, {-3, 0, 1, 2}, {2, 2, -4, 1}, {0, -1, 3, -2}, {4, -4, 0, 1},
           {1, 1, 1, -3}, {-1, 2, 0, 4}, {3, -2, 2, 0}, {-4, 1, 0, -1}, {2, 0, -1, 3}};
    for (const auto &journey : journeys) {
        const CurveShape shape = CurveShape::of({journey[0], journey[1], journey[2], journey[3]});
        const double overall = MemoryRule(rule) == MemoryRule::PeakEnd       ? shape.peakEnd
                               : MemoryRule(rule) == MemoryRule::EndOnly     ? shape.endValue
                               : MemoryRule(rule) == MemoryRule::WeakestLink ? shape.pain
                                                                             : shape.mean;
        SurveyBuilder::addCase(data, 0, {journey[0], journey[1], journey[2], journey[3]},
                               2.0 * overall + 1.0);
    }
    const MemoryModelResult result = MemoryModel::compute(data, EmotionCurves::compute(data));
    QCOMPARE(result.n, 10);
    QCOMPARE(int(result.best), rule);
    const MemoryRuleFit &fit = result.rules.at(rule);
    QVERIFY(std::abs(fit.rSquared - 1.0) < 1e-12);
    QVERIFY(std::abs(fit.spearman - 1.0) < 1e-12);
    for (const MemoryRuleFit &other : result.rules) {
        if (other.rule != MemoryRule(rule))
            QVERIFY(other.rSquared < 0.999);
    }
}

void TestMemoryModel::skipsCasesWithoutOverall()
{
    SurveyData data = SurveyBuilder::make(1, 2);
    SurveyBuilder::addCase(data, 0, {6, 7}, 6);
    SurveyBuilder::addCase(data, 0, {8, 9});
    SurveyBuilder::addCase(data, 0, {qQNaN(), qQNaN()}, 9);
    SurveyBuilder::addCase(data, 0, {3, 4}, 2);
    const MemoryModelResult result = MemoryModel::compute(data, EmotionCurves::compute(data));
    QCOMPARE(result.n, 2);
    QCOMPARE(result.rules.size(), 5);
    QVERIFY(!MemoryModel::ruleName(MemoryRule::PeakEnd).isEmpty());
}

QTEST_GUILESS_MAIN(TestMemoryModel)
#include "tst_memorymodel.moc"
