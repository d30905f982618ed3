#include "analysis/segmentcomparison.h"
#include "surveybuilder.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

class TestSegmentComparison : public QObject
{
    Q_OBJECT

private slots:
    void filterKeepsMatchingRespondents();
    void welchDifference();
    void comparesSegments();
};

void TestSegmentComparison::filterKeepsMatchingRespondents()
{
    SurveyData data = SurveyBuilder::make(1, 1);
    data.attributeNames = {QStringLiteral("tier"), QStringLiteral("region")};
    SurveyBuilder::addCase(data, 0, {1}, 1, qQNaN(), 1, {QStringLiteral("A"), QStringLiteral("N")});
    SurveyBuilder::addCase(data, 0, {2}, 2, qQNaN(), 1, {QStringLiteral("B"), QStringLiteral("N")});
    SurveyBuilder::addCase(data, 0, {3}, 3, qQNaN(), 1, {QStringLiteral("A"), QStringLiteral("S")});
    SegmentFilter filter;
    filter.conditions = {{QStringLiteral("tier"), {QStringLiteral("A"), QStringLiteral("C")}},
                         {QStringLiteral("region"), {QStringLiteral("N")}}};
    const SurveyData filtered = data.filtered(filter);
    QCOMPARE(filtered.caseCount(), 1);
    QCOMPARE(filtered.rating(0, 0), 1.0);
    QCOMPARE(filter.label(), QStringLiteral("tier = A | C, region = N"));
    QCOMPARE(data.filtered({}).caseCount(), 3);
}

void TestSegmentComparison::welchDifference()
{
    // Two samples: {1,2,3,4,5} and {2,4,6}: difference −1, Welch df by hand.
    const Summary a = Descriptive::summarise({1, 2, 3, 4, 5});
    const Summary b = Descriptive::summarise({2, 4, 6});
    const Difference d = SegmentComparison::meanDifference(a, b);
    QCOMPARE(d.difference, -1.0);
    const double va = 2.5 / 5.0;
    const double vb = 4.0 / 3.0;
    const double se = std::sqrt(va + vb);
    const double df = (va + vb) * (va + vb) / (va * va / 4.0 + vb * vb / 2.0);
    QVERIFY(std::abs(df - 3.532847) < 1e-6); // 3.36111 / 0.95139
    // t(0.975, 3.532847) by Simpson integration of the t density: 2.927405.
    QVERIFY(std::abs((d.ci.high - d.difference) / se - 2.927405) < 1e-6);
    QVERIFY(!d.isSignificant());
}

void TestSegmentComparison::comparesSegments()
{
    SurveyData data = SurveyBuilder::make(1, 1);
    data.attributeNames = {QStringLiteral("tier")};
    const QStringList a{QStringLiteral("A")};
    const QStringList b{QStringLiteral("B")};
    for (int i = 0; i < 20; ++i) {
        SurveyBuilder::addCase(data, 0, {8.0 + i % 2}, 8.0 + i % 3, 10, 1, a);
        SurveyBuilder::addCase(data, 0, {3.0 + i % 2}, 3.0 + i % 3, i % 2 ? 3 : 9, 1, b);
    }
    SegmentFilter first;
    first.conditions = {{QStringLiteral("tier"), a}};
    SegmentFilter second;
    second.conditions = {{QStringLiteral("tier"), b}};
    const SegmentComparison result = SegmentComparison::compute(data, first, second);
    QCOMPARE(result.respondentsA, 20);
    QCOMPARE(result.respondentsB, 20);
    QCOMPARE(result.overlap, 0);
    const SegmentVendorComparison &vendor = result.vendors.at(0);
    QCOMPARE(vendor.subprocesses.at(0).difference, 5.0);
    QVERIFY(vendor.subprocesses.at(0).isSignificant());
    QCOMPARE(vendor.nps.a, 100.0);
    QCOMPARE(vendor.nps.b, 0.0); // half promoters, half detractors
    QVERIFY(vendor.nps.isSignificant());
}

QTEST_GUILESS_MAIN(TestSegmentComparison)
#include "tst_segmentcomparison.moc"
