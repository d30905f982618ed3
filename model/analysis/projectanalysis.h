#pragma once

#include "cemsteps.h"
#include "channelconsistency.h"
#include "driverimportance.h"
#include "emotioncurves.h"
#include "importanceperformance.h"
#include "incidentsummary.h"
#include "memorymodel.h"
#include "netpromoterscore.h"
#include "reasonshares.h"
#include "segmentfilter.h"
#include "surveydata.h"
#include "weakestlink.h"

#include <QCoreApplication>

namespace Peakend {

struct ProjectAnalysisOptions
{
    SegmentFilter segment; // empty: every respondent
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

    static ProjectAnalysis compute(const SurveyData &data,
                                   const QList<CriticalIncident> &incidents = {},
                                   const QList<Touchpoint> &touchpoints = {},
                                   const ProjectAnalysisOptions &options = {});

    // Driver rows (respondent × vendor) of the chosen ratings against overall satisfaction.
    static DriverData subprocessDrivers(const SurveyData &data);
    static DriverData factorDrivers(const SurveyData &data);
};

} // namespace Peakend
