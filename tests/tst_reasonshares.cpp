#include "analysis/reasonshares.h"
#include "surveybuilder.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

class TestReasonShares : public QObject
{
    Q_OBJECT

private slots:
    void sharesOfEvaluations();
};

void TestReasonShares::sharesOfEvaluations()
{
    SurveyData data = SurveyBuilder::make(2, 1, 2);
    const auto evaluation = [&data](int vendor, qint8 first, qint8 second, double weight) {
        const int c = SurveyBuilder::addCase(data, vendor, {5}, 6, qQNaN(), weight);
        data.reasons[size_t(c * 2)] = first;
        data.reasons[size_t(c * 2 + 1)] = second;
    };
    const qint8 like = SurveyData::Like;
    const qint8 dislike = SurveyData::Dislike;
    evaluation(0, like, dislike, 1);
    evaluation(0, like | dislike, 0, 1); // both: multi-select allows it
    evaluation(0, 0, 0, 2);
    evaluation(1, like, like, 1);
    SurveyBuilder::addCase(data, 1, {5}); // no evaluation: not in the base

    const ReasonShares vendor = ReasonShares::compute(data, 0);
    QCOMPARE(vendor.n, 3);
    // Weighted base 4, effective n 16/6: F1 liked by weight 2 of 4, disliked by 1 of 4.
    QCOMPARE(vendor.factors.at(0).like.share, 0.5);
    QCOMPARE(vendor.factors.at(0).dislike.share, 0.25);
    QCOMPARE(vendor.factors.at(1).dislike.share, 0.25);
    QVERIFY(std::abs(vendor.factors.at(0).like.effectiveN - 16.0 / 6.0) < 1e-12);
    const Proportion expected = Descriptive::wilson(2, 4, 16.0 / 6.0);
    QCOMPARE(vendor.factors.at(0).like.ciLow, expected.ciLow);

    const ReasonShares all = ReasonShares::compute(data);
    QCOMPARE(all.n, 4);
    QCOMPARE(all.factors.at(1).like.share, 1.0 / 5.0);
}

QTEST_GUILESS_MAIN(TestReasonShares)
#include "tst_reasonshares.moc"
