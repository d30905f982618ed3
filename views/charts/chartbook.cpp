#include "chartbook.h"

#include "assembly/cyclesteps.h"
#include "channelconsistencychart.h"
#include "driverimportancechart.h"
#include "emotioncurvechart.h"
#include "gapchart.h"
#include "impactfeasibilitychart.h"
#include "incidentresponsechart.h"
#include "ipachart.h"
#include "journeyimportancechart.h"
#include "journeymapchart.h"
#include "kpichart.h"
#include "memorymodelchart.h"
#include "npschart.h"
#include "reasonschart.h"
#include "segmentcomparisonchart.h"
#include "weakestlinkchart.h"
#include "winmatrixchart.h"

namespace Peakend {

namespace {
const char *const pageKeys[ChartBook::pageCount] = {"curves",
                                                    "journey-importance",
                                                    "wins",
                                                    "journey-drivers",
                                                    "factor-drivers",
                                                    "ipa",
                                                    "memory",
                                                    "reasons",
                                                    "nps",
                                                    "weakest-link",
                                                    "channels",
                                                    "incidents",
                                                    "segments",
                                                    "factor-ipa",
                                                    "journey-map",
                                                    "gaps",
                                                    "impact",
                                                    "kpis"};
} // namespace

ChartBook::ChartBook()
    : m_charts{std::make_unique<EmotionCurveChart>(),
               std::make_unique<JourneyImportanceChart>(),
               std::make_unique<WinMatrixChart>(),
               std::make_unique<DriverImportanceChart>(),
               std::make_unique<DriverImportanceChart>(),
               std::make_unique<IpaChart>(),
               std::make_unique<MemoryModelChart>(),
               std::make_unique<ReasonsChart>(),
               std::make_unique<NpsChart>(),
               std::make_unique<WeakestLinkChart>(),
               std::make_unique<ChannelConsistencyChart>(),
               std::make_unique<IncidentResponseChart>(),
               std::make_unique<SegmentComparisonChart>(),
               std::make_unique<IpaChart>(),
               std::make_unique<JourneyMapChart>(),
               std::make_unique<GapChart>(),
               std::make_unique<ImpactFeasibilityChart>(),
               std::make_unique<KpiChart>()}
{}

ChartBook::~ChartBook() = default;

QString ChartBook::name(Page page)
{
    switch (page) {
    case EmotionCurves:
        return tr("Emotion Curves");
    case JourneyImportance:
        return tr("Importance Along the Journey");
    case Wins:
        return tr("Wins");
    case JourneyDrivers:
        return tr("Journey Drivers");
    case FactorDrivers:
        return tr("Factor Drivers");
    case Ipa:
        return tr("Importance–Performance");
    case Memory:
        return tr("Memory Rules");
    case Reasons:
        return tr("Reasons");
    case Nps:
        return tr("NPS");
    case WeakestLink:
        return tr("Weakest Link");
    case Channels:
        return tr("Channel Consistency");
    case Incidents:
        return tr("Critical Incidents");
    case Segments:
        return tr("Segment Comparison");
    case FactorIpa:
        return tr("Factor IPA");
    case JourneyMap:
        return tr("Journey Map");
    case Gaps:
        return tr("Gaps (CEM)");
    case Impact:
        return tr("Impact and Feasibility (CEM)");
    case Kpis:
        return tr("KPIs (CEM)");
    }
    return QString();
}

AnalysisParts ChartBook::partsFor(Page page)
{
    switch (page) {
    case EmotionCurves:
    case Wins:
    case Segments: // the comparison is asked for apart (ProjectAnalysisOptions::comparison)
        return {};
    case JourneyImportance:
    case JourneyDrivers:
    case FactorDrivers:
    case Ipa:
    case FactorIpa:
        return AnalysisPart::Drivers;
    case Memory:
        return AnalysisPart::Memory;
    case Reasons: // beside each factor its derived importance
        return AnalysisPart::Measures | AnalysisPart::Drivers;
    case Nps:
    case WeakestLink:
        return AnalysisPart::Measures;
    case Channels:
        return AnalysisPart::Channels;
    case Incidents:
        return AnalysisPart::Incidents;
    case JourneyMap: // the project's incidents and touchpoints, beside the curve
        return {};
    case Gaps:
    case Impact:
    case Kpis:
        break;
    }
    return allAnalysisParts;
}

QString ChartBook::key(Page page)
{
    return QString::fromLatin1(pageKeys[page]);
}

std::optional<ChartBook::Page> ChartBook::fromKey(const QString &key)
{
    for (int page = 0; page < pageCount; ++page) {
        if (key == QLatin1String(pageKeys[page]))
            return Page(page);
    }
    return std::nullopt;
}

QStringList ChartBook::keys()
{
    QStringList list;
    for (const char *key : pageKeys)
        list.append(QString::fromLatin1(key));
    return list;
}

void ChartBook::update(const WaveAssembly &assembly, const View &view, AnalysisParts computed)
{
    for (int page = 0; page < pageCount; ++page) {
        const AnalysisParts needed = partsFor(Page(page));
        m_charts[size_t(page)]->setPending((needed & computed) == needed ? QString()
                                                                         : tr("Computing…"));
    }
    const ProjectAnalysis &analysis = assembly.analysis;
    auto *curves = chartAs<EmotionCurveChart>(EmotionCurves);
    curves->setCurves(analysis.curves);
    curves->setHighlightedVendor(view.highlightedVendor);
    curves->setDraggable(view.draggable);
    curves->setConfidenceBand(view.confidenceBand);
    curves->setHiddenVendors(view.hiddenVendors);
    const int focus = curves->focusVendor();
    chartAs<JourneyImportanceChart>(JourneyImportance)
        ->setData(analysis.curves, focus, analysis.journey.importance);
    chartAs<WinMatrixChart>(Wins)->setCurves(analysis.curves);
    chartAs<WinMatrixChart>(Wins)->setHighlightedVendor(view.highlightedVendor);
    chartAs<DriverImportanceChart>(JourneyDrivers)
        ->setImportance(analysis.journey.importance, tr("subprocesses"));
    chartAs<DriverImportanceChart>(FactorDrivers)
        ->setImportance(analysis.factorsDerived.importance, tr("factors"));
    for (const Page drivers : {JourneyDrivers, FactorDrivers}) {
        chartAs<DriverImportanceChart>(drivers)->setMethod(view.method);
        chartAs<DriverImportanceChart>(drivers)->setIntervalsFollow(view.intervalsFollow);
    }
    chartAs<MemoryModelChart>(Memory)->setResult(analysis.memory);
    // Factors by derived importance, and where the importance customers state puts them.
    auto *factorIpa = chartAs<IpaChart>(FactorIpa);
    factorIpa->setResult(analysis.factorsDerived.ipa, tr("factors"),
                         tr("derived from the factor ratings, rescaled to the scale"));
    factorIpa->setAlternative(analysis.factorsStated, tr("stated importance"));
    factorIpa->setScale(analysis.scale);
    chartAs<IpaChart>(Ipa)->setScale(analysis.scale);

    // The per-vendor charts follow the focus vendor; without one they show every vendor.
    const bool oneVendor
        = focus >= 0 && view.highlightedVendor != 0 && focus < analysis.vendors.size();
    const QString about
        = oneVendor ? analysis.curves.vendors.at(focus).vendor.name : tr("all vendors");
    // A highlighted vendor's own performance against the market's derived importance.
    chartAs<IpaChart>(Ipa)->setResult(
        oneVendor ? analysis.vendors.at(focus).ipa : analysis.journey.ipa,
        oneVendor ? tr("subprocesses as the customers of %1 rate them").arg(about)
                  : tr("subprocesses"),
        tr("derived (%1, rescaled to the scale)")
            .arg(DriverImportanceChart::methodName(
                analysis.journey.importance.hasShapley
                    ? DriverImportanceChart::Method::Shapley
                    : DriverImportanceChart::Method::RelativeWeights)));
    chartAs<ReasonsChart>(Reasons)->setReasons(oneVendor ? analysis.vendors.at(focus).reasons
                                                         : analysis.reasons,
                                               analysis.factorsDerived.importance, about);
    chartAs<NpsChart>(Nps)->setResult(oneVendor ? analysis.vendors.at(focus).nps : analysis.nps,
                                      about);
    QList<Vendor> vendors;
    QList<Peakend::WeakestLink> links; // the enum value WeakestLink hides the type here
    for (int v = 0; v < analysis.vendors.size() && v < analysis.curves.vendors.size(); ++v) {
        vendors.append(analysis.curves.vendors.at(v).vendor);
        links.append(analysis.vendors.at(v).subprocesses);
    }

    const Scale &scale = analysis.scale; // the wave's
    const CycleSteps *cycle = assembly.latestCycle();
    const CemSteps steps = cycle ? cycle->steps : CemSteps();
    const QList<Subprocess> &subprocesses = analysis.curves.subprocesses.isEmpty()
                                                ? assembly.subprocesses
                                                : analysis.curves.subprocesses;
    chartAs<Peakend::WeakestLinkChart>(WeakestLink)->setLinks(vendors, links, scale);
    chartAs<Peakend::WeakestLinkChart>(WeakestLink)->setHighlightedVendor(view.highlightedVendor);
    chartAs<ChannelConsistencyChart>(Channels)->setResult(analysis.channels, scale);
    chartAs<IncidentResponseChart>(Incidents)->setSummary(analysis.incidents);
    chartAs<SegmentComparisonChart>(Segments)->setComparison(analysis.comparison,
                                                             analysis.curves.subprocesses, focus);
    auto *map = chartAs<JourneyMapChart>(JourneyMap);
    map->setJourney(subprocesses, assembly.touchpoints, assembly.channels, assembly.incidents);
    map->setEmotion(analysis.curves, focus);
    chartAs<GapChart>(Gaps)->setSteps(steps, assembly.projectScale,
                                      cycle ? cycle->cycle.name : QString());
    chartAs<ImpactFeasibilityChart>(Impact)->setSteps(steps);
    chartAs<KpiChart>(Kpis)->setKpi(assembly.kpi, assembly.kpiRequirement);
}

} // namespace Peakend
