#include "assembly/waveassembler.h"
#include "storage/projectrepository.h"
#include "surveybuilder.h"
#include "testfiles.h"

#include <QTest>

#include <cmath>

using namespace Peakend;

// The B2B demo's published shape (DESIGN.md §7, seed 000) through the real engine, from the
// project file: nothing here reads the generator's parameters.
class TestProjectAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsTheSurvey();
    void efficiencyParadoxOfTheDemo();
    void topVendorPeaks();
    void reasonSharesAsPublished();
    void importanceAlongTheJourney();
    void memoryFollowsPeakEnd();
    void incidents();
    void segmentAnalysis();
    void computesOnlyThePartsAskedFor();
    void channelsFromTheTouchpoints();
    void ownVendorIpa();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    ProjectAnalysis m_analysis;
    int vendorNamed(const char *name) const;
};

void TestProjectAnalysis::initTestCase()
{
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::B2b);
    QVERIFY(m_document);
    ProjectAnalysisOptions options;
    options.importance.bootstrapResamples = 200;
    m_analysis = WaveAssembler::assemble(m_document->repository(), {0, options}).analysis;
}

int TestProjectAnalysis::vendorNamed(const char *name) const
{
    return m_analysis.curves.vendorIndex([this, name] {
        for (const VendorCurve &curve : m_analysis.curves.vendors) {
            if (curve.vendor.name == QString::fromUtf8(name))
                return curve.vendor.id;
        }
        return qint64(-1);
    }());
}

void TestProjectAnalysis::loadsTheSurvey()
{
    QCOMPARE(m_analysis.respondents, 757);
    QCOMPARE(m_analysis.cases, 1402);
    QCOMPARE(m_analysis.curves.vendors.size(), 14);
    QCOMPARE(m_analysis.curves.subprocesses.size(), 25);
    QCOMPARE(m_analysis.curves.mode, CurveMode::Benchmark);
    const SurveyData data = WaveAssembler::load(m_document->repository());
    int ratings = 0;
    for (const double value : data.ratings)
        ratings += !std::isnan(value);
    QCOMPARE(ratings, 35050);
}

void TestProjectAnalysis::efficiencyParadoxOfTheDemo()
{
    // One vendor is best at 23 of 25 subprocesses yet the least liked of 14.
    const int apex = vendorNamed("Apex Direct");
    QVERIFY(apex >= 0);
    const VendorCurve &curve = m_analysis.curves.vendors.at(apex);
    QCOMPARE(curve.wins, 23.0);
    QCOMPARE(curve.winsRank, 1);
    QCOMPARE(curve.overallRank, 14);
    QVERIFY(curve.efficiencyParadox);
    int paradoxes = 0;
    for (const VendorCurve &vendor : m_analysis.curves.vendors)
        paradoxes += vendor.efficiencyParadox;
    QCOMPARE(paradoxes, 1);
    const QString explanation = m_analysis.curves.paradoxExplanation(apex);
    QVERIFY2(
        explanation.startsWith(QStringLiteral("Apex Direct is best at 23 of 25 subprocesses (rank "
                                              "1 by wins) yet ranks 14 of 14")),
        qPrintable(explanation));
    QVERIFY(explanation.contains(m_analysis.curves.subprocesses.at(curve.shape.painPeak).name));
    QVERIFY(m_analysis.curves.paradoxExplanation(vendorNamed("Meridian Systems")).isEmpty());
}

void TestProjectAnalysis::topVendorPeaks()
{
    // The best-liked vendor's pleasure peak is service, its pain peak price.
    const int top = vendorNamed("Meridian Systems");
    const VendorCurve &curve = m_analysis.curves.vendors.at(top);
    QCOMPARE(curve.overallRank, 1);
    const QList<Subprocess> &stages = m_analysis.curves.subprocesses;
    QCOMPARE(stages.at(curve.shape.pleasurePeak).name, QStringLiteral("Service requests"));
    QCOMPARE(stages.at(curve.shape.painPeak).name, QStringLiteral("Price quote"));
    QCOMPARE(curve.shape.end, 24);
}

void TestProjectAnalysis::reasonSharesAsPublished()
{
    // Seed 000: price 17.5 % like / 19.1 % dislike; service 38.7 % / 41.1 %.
    QCOMPARE(m_analysis.reasons.n, 1402);
    const auto share = [this](const char *factor, bool like) {
        for (const ReasonShare &row : m_analysis.reasons.factors) {
            if (row.factor.name == QString::fromUtf8(factor))
                return std::round(1000.0 * (like ? row.like.share : row.dislike.share)) / 10.0;
        }
        return -1.0;
    };
    QCOMPARE(share("price", true), 17.5);
    QCOMPARE(share("price", false), 19.1);
    QCOMPARE(share("service", true), 38.7);
    QCOMPARE(share("service", false), 41.1);
    for (const ReasonShare &row : m_analysis.reasons.factors)
        QVERIFY(row.like.ciLow < row.like.share && row.like.share < row.like.ciHigh);
}

void TestProjectAnalysis::importanceAlongTheJourney()
{
    const ImportanceResult &journey = m_analysis.journey.importance;
    QVERIFY2(journey.isValid(), qPrintable(journey.error));
    QCOMPARE(journey.n, 1402);
    QCOMPARE(journey.drivers.size(), 25);
    QVERIFY(journey.hasShapley);
    double lmg = 0.0;
    double rw = 0.0;
    for (const DriverImportanceRow &row : journey.drivers) {
        lmg += row.shapley;
        rw += row.relativeWeight;
    }
    QVERIFY(std::abs(lmg - journey.rSquared) < 1e-9);
    QVERIFY(std::abs(rw - journey.rSquared) < 1e-9);
    QCOMPARE(journey.resamples, 200);
    QCOMPARE(m_analysis.journey.ipa.points.size(), 25);
    // Price is cited often as a reason, yet it is the least important factor by relative weight.
    const ImportanceResult &factors = m_analysis.factorsDerived.importance;
    QVERIFY2(factors.isValid(), qPrintable(factors.error));
    int price = -1;
    for (int f = 0; f < int(factors.drivers.size()); ++f) {
        if (factors.drivers.at(f).name == QStringLiteral("price"))
            price = f;
    }
    for (int f = 0; f < int(factors.drivers.size()); ++f) {
        QVERIFY(factors.drivers.at(price).relativeWeight <= factors.drivers.at(f).relativeWeight);
    }
    QVERIFY(factors.drivers.at(price).shapleyShare < 100.0 / 6.0); // below an equal share
    // The journey's key moments by derived importance: the end and the service peak.
    int end = 0;
    for (int s = 1; s < 25; ++s) {
        if (journey.drivers.at(s).shapley > journey.drivers.at(end).shapley)
            end = s;
    }
    QCOMPARE(journey.drivers.at(end).name, QStringLiteral("After-sales follow-up"));
}

void TestProjectAnalysis::memoryFollowsPeakEnd()
{
    QCOMPARE(m_analysis.memory.n, 1402);
    QCOMPARE(m_analysis.memory.best, MemoryRule::PeakEnd);
}

void TestProjectAnalysis::incidents()
{
    // The demo's ten incidents: six complaints; 4, 30, 2, 20, 0 and 1 hours are within 48.
    QCOMPARE(m_analysis.incidents.total, 10);
    QCOMPARE(m_analysis.incidents.negative, 6);
    QCOMPARE(m_analysis.incidents.answeredInTime.share, 0.6);
    QCOMPARE(m_analysis.incidents.negativeAnsweredInTime.share, 2.0 / 6.0);
}

void TestProjectAnalysis::segmentAnalysis()
{
    ProjectAnalysisOptions options;
    options.importance.bootstrapResamples = 0;
    options.segment.conditions = {{QStringLiteral("value tier"), {QStringLiteral("A")}}};
    const ProjectAnalysis tierA
        = WaveAssembler::assemble(m_document->repository(), {0, options}).analysis;
    QVERIFY(tierA.respondents > 100 && tierA.respondents < 200); // about a fifth of 757
    int cases = 0;
    const SurveyData data = WaveAssembler::load(m_document->repository());
    for (const SurveyCase &surveyCase : data.cases)
        cases += data.respondents.at(surveyCase.respondent).attributes.at(0) == QStringLiteral("A");
    QCOMPARE(tierA.cases, cases);
    QCOMPARE(tierA.curves.vendors.size(), 14);
}

// NPS alone: the same NPS as the whole analysis, and no drivers, memory rules or channels.
void TestProjectAnalysis::computesOnlyThePartsAskedFor()
{
    ProjectAnalysisOptions options;
    options.importance.bootstrapResamples = 200;
    options.parts = AnalysisPart::Measures;
    const ProjectAnalysis measures
        = WaveAssembler::assemble(m_document->repository(), {0, options}).analysis;
    QCOMPARE(measures.nps.nps, m_analysis.nps.nps);
    QCOMPARE(measures.nps.ci.low, m_analysis.nps.ci.low);
    QCOMPARE(measures.vendors.size(), m_analysis.vendors.size());
    QCOMPARE(measures.vendors.at(3).subprocesses.weakest,
             m_analysis.vendors.at(3).subprocesses.weakest);
    QCOMPARE(measures.journey.importance.n, 0);
    QVERIFY(m_analysis.journey.importance.n > 0);
    QCOMPARE(measures.memory.n, 0);
    QVERIFY(measures.channels.items.isEmpty());
    QCOMPARE(measures.curves.vendors.at(0).shape.peakEnd,
             m_analysis.curves.vendors.at(0).shape.peakEnd);

    options.parts = AnalysisPart::Drivers;
    const ProjectAnalysis drivers
        = WaveAssembler::assemble(m_document->repository(), {0, options}).analysis;
    QVERIFY(drivers.vendors.isEmpty());
    QCOMPARE(drivers.journey.importance.rSquared, m_analysis.journey.importance.rSquared);
}

// Each vendor's IPA: its own subprocess means against the market's derived importance, split
// at its own mean performance.
void TestProjectAnalysis::ownVendorIpa()
{
    const int v = vendorNamed("Apex Direct");
    const IpaResult &ipa = m_analysis.vendors.at(v).ipa;
    const VendorCurve &curve = m_analysis.curves.vendors.at(v);
    QCOMPARE(ipa.points.size(), curve.cells.size());
    double sum = 0.0;
    for (int s = 0; s < ipa.points.size(); ++s) {
        QCOMPARE(ipa.points.at(s).performance, curve.cells.at(s).rating.mean);
        QCOMPARE(ipa.points.at(s).importance, m_analysis.journey.rescaledImportance.at(s));
        sum += curve.cells.at(s).rating.mean;
    }
    QVERIFY(std::abs(ipa.performanceSplit - sum / ipa.points.size()) < 1e-12);
    // Apex's pain peak, service requests, is important and far below its own mean.
    const int service = int(m_analysis.curves.vendors.at(v).shape.painPeak);
    QCOMPARE(ipa.points.at(service).quadrant, IpaQuadrant::ConcentrateHere);
}

// Channel consistency without an attribute named "channel": the attribute whose answers are
// the project's channel names ("Purchase route"), and each subprocess compared only across the
// channels that offer a touchpoint for it (S2 only in the store: nothing to compare).
void TestProjectAnalysis::channelsFromTheTouchpoints()
{
    using SurveyBuilder::addCase;
    SurveyData data = SurveyBuilder::make(1, 2);
    data.attributeNames = {QStringLiteral("Region"), QStringLiteral("Purchase route")};
    const auto route = [](const char *region, const char *channel) {
        return QStringList{QString::fromUtf8(region), QString::fromUtf8(channel)};
    };
    addCase(data, 0, {8, 6}, 8, 9, 1.0, route("North", "Online"));
    addCase(data, 0, {6, 7}, 7, 8, 1.0, route("South", "online"));
    addCase(data, 0, {4, 5}, 5, 6, 1.0, route("North", "Store"));
    addCase(data, 0, {2, 9}, 4, 5, 1.0, route("South", "store"));
    const QList<Channel> channels{
        {1, QStringLiteral("online")}, {2, QStringLiteral("store")}, {3, QStringLiteral("phone")}};
    const QList<Touchpoint> touchpoints{{1, QStringLiteral("web shop"), 1, 1, 0},
                                        {2, QStringLiteral("counter"), 2, 1, 1},
                                        {3, QStringLiteral("fitting room"), 2, 2, 2}};
    ProjectAnalysisOptions options;
    options.parts = AnalysisPart::Channels;
    const ProjectAnalysis analysis
        = ProjectAnalysis::compute(data, {}, touchpoints, options, channels);
    const ChannelConsistency &result = analysis.channels;
    QCOMPARE(result.channels, QStringList({QStringLiteral("online"), QStringLiteral("store")}));
    QCOMPARE(result.items.size(), 2);
    // S1: online (8 + 6) / 2 = 7, store (4 + 2) / 2 = 3 on 1–10: 1 − 4 / 9.
    QCOMPARE(result.items.at(0).means, QList<double>({7.0, 3.0}));
    QVERIFY(std::abs(result.items.at(0).consistency - (1.0 - 4.0 / 9.0)) < 1e-12);
    // S2: offered in the store only, so its online answers are not compared.
    QVERIFY(std::isnan(result.items.at(1).means.at(0)));
    QCOMPARE(result.items.at(1).means.at(1), 7.0);
    QVERIFY(std::isnan(result.items.at(1).consistency));
    QVERIFY(std::abs(result.overall - (1.0 - 4.0 / 9.0)) < 1e-12);
}

QTEST_GUILESS_MAIN(TestProjectAnalysis)
#include "tst_projectanalysis.moc"
