#include "analysis/curveshape.h"
#include "analysis/emotioncurves.h"
#include "surveybuilder.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

class TestEmotionCurves : public QObject
{
    Q_OBJECT

private slots:
    void designPeakEnd();
    void shapeSkipsMissingAndEmpty();
    void absoluteCurveWithStatistics();
    void benchmarkAgainstTheOtherVendors();
    void winsAreSharedOnTies();
    void efficiencyParadox();
    void brandAlignment();
};

void TestEmotionCurves::designPeakEnd()
{
    // DESIGN.md §6: 1, 2, 1, 0, −2, −1, 1, 1 about a neutral 0, through the whole engine.
    SurveyData data = SurveyBuilder::make(1, 8, 0, {-5, 5, 0});
    SurveyBuilder::addCase(data, 0, {1, 2, 1, 0, -2, -1, 1, 1});
    const EmotionCurves curves = EmotionCurves::compute(data);
    QCOMPARE(curves.mode, CurveMode::Absolute); // one vendor
    const CurveShape &shape = curves.vendors.at(0).shape;
    QCOMPARE(shape.mean, 0.375);
    QCOMPARE(shape.end, 7);
    QCOMPARE(shape.endValue, 1.0);
    QCOMPARE(shape.pleasurePeak, 1);
    QCOMPARE(shape.pleasure, 2.0);
    QCOMPARE(shape.painPeak, 4);
    QCOMPARE(shape.pain, -2.0);     // also the weakest link
    QCOMPARE(shape.mostIntense, 1); // |2| = |−2|: the earlier moment
    QCOMPARE(shape.peakEnd, 1.5);
    QVERIFY(std::abs(shape.peakPainEnd - 1.0 / 3.0) < 1e-15);
    QCOMPARE(shape.spread, 4.0);
}

void TestEmotionCurves::shapeSkipsMissingAndEmpty()
{
    const CurveShape shape = CurveShape::of({qQNaN(), -1.0, 3.0, qQNaN()});
    QCOMPARE(shape.points, 2);
    QCOMPARE(shape.end, 2);
    QCOMPARE(shape.peakEnd, 3.0);
    const CurveShape empty = CurveShape::of({qQNaN()});
    QCOMPARE(empty.end, -1);
    QVERIFY(std::isnan(empty.peakEnd));

    // Equal by arithmetic, not by bits: the earlier subprocess is the peak, the pain and the
    // most intense point, as DESIGN.md's "earlier on ties" says.
    const double sum = 0.1 + 0.2;
    const CurveShape high = CurveShape::of({0.3, sum, -0.1});
    QCOMPARE(high.pleasurePeak, 0);
    QCOMPARE(high.mostIntense, 0);
    const CurveShape low = CurveShape::of({0.5, -sum, -0.3});
    QCOMPARE(low.painPeak, 1);
    QCOMPARE(low.mostIntense, 0);
    const CurveShape pain = CurveShape::of({0.1, -0.3, -sum});
    QCOMPARE(pain.painPeak, 1);
}

void TestEmotionCurves::absoluteCurveWithStatistics()
{
    SurveyData data = SurveyBuilder::make(1, 2);
    SurveyBuilder::addCase(data, 0, {6, 9});
    SurveyBuilder::addCase(data, 0, {8, qQNaN()});
    SurveyBuilder::addCase(data, 0, {10, 3}, qQNaN(), qQNaN(), 2.0);
    const EmotionCurves curves = EmotionCurves::compute(data);
    const CurveCell &first = curves.vendors.at(0).cells.at(0);
    QCOMPARE(first.rating.n, 3);
    QCOMPARE(first.rating.mean, (6.0 + 8.0 + 2.0 * 10.0) / 4.0);
    QCOMPARE(first.e, 8.5 - 5.5);
    const CurveCell &second = curves.vendors.at(0).cells.at(1);
    QCOMPARE(second.rating.n, 2);
    QCOMPARE(second.rating.mean, 5.0);
    QCOMPARE(second.e, -0.5);
}

void TestEmotionCurves::benchmarkAgainstTheOtherVendors()
{
    SurveyData data = SurveyBuilder::make(3, 2);
    SurveyBuilder::addCase(data, 0, {8, 4});
    SurveyBuilder::addCase(data, 1, {6, 6});
    SurveyBuilder::addCase(data, 1, {4, 6});
    SurveyBuilder::addCase(data, 2, {3, qQNaN()});
    const EmotionCurves curves = EmotionCurves::compute(data);
    QCOMPARE(curves.mode, CurveMode::Benchmark);
    // S1: means 8, 5, 3. Each vendor against the mean of the other two vendors' means.
    QCOMPARE(curves.vendors.at(0).cells.at(0).e, 8.0 - 4.0);
    QCOMPARE(curves.vendors.at(1).cells.at(0).e, 5.0 - 5.5);
    QCOMPARE(curves.vendors.at(2).cells.at(0).e, 3.0 - 6.5);
    // S2: only V1 (4) and V2 (6) rated it.
    QCOMPARE(curves.vendors.at(0).cells.at(1).e, -2.0);
    QCOMPARE(curves.vendors.at(1).cells.at(1).e, 2.0);
    QVERIFY(std::isnan(curves.vendors.at(2).cells.at(1).e));
    QCOMPARE(curves.vendors.at(2).shape.end, 0);

    CurveOptions absolute;
    absolute.mode = CurveMode::Absolute;
    QCOMPARE(EmotionCurves::compute(data, absolute).vendors.at(0).cells.at(0).e, 8.0 - 5.5);
}

void TestEmotionCurves::winsAreSharedOnTies()
{
    SurveyData data = SurveyBuilder::make(3, 3);
    SurveyBuilder::addCase(data, 0, {9, 7, 5});
    SurveyBuilder::addCase(data, 1, {9, 6, 8});
    SurveyBuilder::addCase(data, 2, {2, 7, 8});
    const EmotionCurves curves = EmotionCurves::compute(data);
    // S1: V1 and V2 tie; S2: V1 and V3 tie; S3: V2 and V3 tie.
    QCOMPARE(curves.vendors.at(0).wins, 1.0);
    QCOMPARE(curves.vendors.at(1).wins, 1.0);
    QCOMPARE(curves.vendors.at(2).wins, 1.0);
    QCOMPARE(curves.vendors.at(0).winsRank, 1);
    QCOMPARE(curves.vendors.at(2).winsRank, 1);
}

void TestEmotionCurves::efficiencyParadox()
{
    // Six vendors: V1 wins every subprocess yet is the least liked; V2 is liked best.
    SurveyData data = SurveyBuilder::make(6, 4);
    SurveyBuilder::addCase(data, 0, {9, 9, 9, 9}, 2);
    SurveyBuilder::addCase(data, 1, {8, 8, 8, 8}, 9);
    SurveyBuilder::addCase(data, 2, {7, 7, 7, 7}, 8);
    SurveyBuilder::addCase(data, 3, {6, 6, 6, 6}, 7);
    SurveyBuilder::addCase(data, 4, {5, 5, 5, 5}, 6);
    SurveyBuilder::addCase(data, 5, {4, 4, 4, 4}, 5);
    const EmotionCurves curves = EmotionCurves::compute(data);
    const VendorCurve &winner = curves.vendors.at(0);
    QCOMPARE(winner.wins, 4.0);
    QCOMPARE(winner.winsRank, 1);
    QCOMPARE(winner.overallRank, 6);
    QVERIFY(winner.efficiencyParadox);
    QCOMPARE(curves.vendors.at(1).overallRank, 1);
    for (int v = 1; v < 6; ++v)
        QVERIFY(!curves.vendors.at(v).efficiencyParadox);
    // Fifth of six by preference is not the bottom third (ranks 5–6 are): still a paradox at 5.
    data.cases[0].overall = 5.5;
    QCOMPARE(EmotionCurves::compute(data).vendors.at(0).overallRank, 5);
    QVERIFY(EmotionCurves::compute(data).vendors.at(0).efficiencyParadox);
    data.cases[0].overall = 6.5;
    QVERIFY(!EmotionCurves::compute(data).vendors.at(0).efficiencyParadox);
}

void TestEmotionCurves::brandAlignment()
{
    SurveyData data = SurveyBuilder::make(1, 3);
    SurveyBuilder::addCase(data, 0, {9, 4, 6});
    QVERIFY(!EmotionCurves::compute(data).brandTagged);
    QVERIFY(!EmotionCurves::compute(data).vendors.at(0).pleasureOffBrand);
    data.subprocesses[2].carriesBrand = true;
    const EmotionCurves curves = EmotionCurves::compute(data);
    QVERIFY(curves.brandTagged);
    QVERIFY(curves.vendors.at(0).pleasureOffBrand); // the high point is S1, not the brand's S3
    QVERIFY(!curves.vendors.at(0).endOffBrand);
    // The sentence the chart and the report show names the peak and the brand's subprocess.
    const QString text = curves.brandExplanation(0);
    QVERIFY2(
        text.contains(QStringLiteral("pleasure peak of V1, “%1”").arg(data.subprocesses.at(0).name))
            && text.contains(data.subprocesses.at(2).name) && !text.contains(QStringLiteral("end")),
        qPrintable(text));
    data.subprocesses[0].carriesBrand = true;
    QVERIFY(EmotionCurves::compute(data).brandExplanation(0).isEmpty()); // peak and end on brand
}

QTEST_GUILESS_MAIN(TestEmotionCurves)
#include "tst_emotioncurves.moc"
