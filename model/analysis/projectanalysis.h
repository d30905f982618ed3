#pragma once

#include "cemsteps.h"
#include "channelconsistency.h"
#include "driverimportance.h"
#include "emotioncurves.h"
#include "importanceperformance.h"
#include "incidentsummary.h"
#include "memorymodel.h"
#include "netpromoterscore.h"
#include "outcome.h"
#include "reasonshares.h"
#include "segmentcomparison.h"
#include "segmentfilter.h"
#include "surveydata.h"
#include "weakestlink.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace Peakend {

// The parts of an analysis beyond the emotion curves, which every part starts from: a caller
// asks only for what it shows (NPS alone needs no bootstrap of the drivers).
enum class AnalysisPart {
    Memory = 0x1,   // the memory rules
    Drivers = 0x2,  // derived importance (with its bootstrap) and IPA, journey and factors
    Measures = 0x4, // NPS, reasons and the weakest link, all vendors and per vendor
    Channels = 0x8,
    Incidents = 0x10,
};
Q_DECLARE_FLAGS(AnalysisParts, AnalysisPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(AnalysisParts)
constexpr AnalysisParts allAnalysisParts{0x1f};

struct ProjectAnalysisOptions
{
    AnalysisParts parts = allAnalysisParts;
    SegmentFilter segment; // empty: every respondent
    Outcome outcome;       // what derived importance explains
    // Segment A against segment B over the whole wave (not only options.segment): every
    // curve cell, overall satisfaction and NPS with intervals.
    std::optional<std::pair<SegmentFilter, SegmentFilter>> comparison;
    CurveOptions curves;
    ImportanceOptions importance;
    Crosshair crosshair = Crosshair::DataCentred;
    WeakestLinkOptions weakestLink;
    QString channelAttribute = QStringLiteral("channel"); // respondent attribute, any case
};

// Derived importance of a set of drivers next to their performance, and the IPA grid on the
// project scale (importance rescaled so that the largest share sits at the top).
struct ImportanceMap
{
    ImportanceResult importance;
    QList<double> performance; // weighted mean rating over every vendor
    QList<double> rescaledImportance;
    IpaResult ipa;
};

struct VendorMeasures
{
    NpsResult nps;
    WeakestLink subprocesses;
    WeakestLink factors; // experience ratings
    ReasonShares reasons;
    // The vendor's own subprocess means against the derived importance of the whole market:
    // where this vendor should concentrate (an own-vendor IPA).
    IpaResult ipa;
};

// Every survey measure of DESIGN.md §2 for one survey wave (optionally one segment), as plain
// results for the views, the report and the command line.
struct ProjectAnalysis
{
    SegmentFilter segment;
    Scale scale;         // the wave's rating scale
    int respondents = 0; // in the segment
    int cases = 0;       // respondent × vendor pairs
    EmotionCurves curves;
    MemoryModelResult memory;
    ImportanceMap journey;        // subprocess ratings → overall satisfaction
    ImportanceMap factorsDerived; // factor experience ratings → overall satisfaction
    IpaResult factorsStated;      // stated importance (kind 2) against experience
    ReasonShares reasons;         // all vendors
    NpsResult nps;                // all vendors
    QList<VendorMeasures> vendors;
    ChannelConsistency channels; // no items when the survey has no channel attribute
    IncidentSummary incidents;
    std::optional<SegmentComparison> comparison; // when the options ask for one

    static ProjectAnalysis compute(const SurveyData &data,
                                   const QList<CriticalIncident> &incidents = {},
                                   const QList<Touchpoint> &touchpoints = {},
                                   const ProjectAnalysisOptions &options = {},
                                   const QList<Channel> &channels = {});

private:
    void computeDriversAndMeasures(const SurveyData &data, const ProjectAnalysisOptions &options);
    void computeChannels(const SurveyData &data, const QString &channelAttribute,
                         const QList<Touchpoint> &touchpoints, const QList<Channel> &channels);

public:
    // Driver rows (respondent × vendor) of the chosen ratings against the outcome (overall
    // satisfaction by default); empty with outcomeError set when the outcome is not there.
    static DriverData subprocessDrivers(const SurveyData &data, const Outcome &outcome = {});
    static DriverData factorDrivers(const SurveyData &data, const Outcome &outcome = {});
};

} // namespace Peakend
