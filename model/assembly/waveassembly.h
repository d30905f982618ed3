#pragma once

#include "analysis/projectanalysis.h"
#include "assembly/cyclesteps.h"
#include "domain/kpi.h"

#include <QCoreApplication>
#include <QStringList>

namespace Peakend {

// One respondent attribute of a wave, for the segment and outcome choices.
struct WaveAttribute
{
    QString name;
    QStringList values;   // distinct, sorted; empty when there are more than a filter lists
    bool numeric = false; // every given value a number: usable as an outcome
};

// Everything the charts, the findings, the report and the command line draw of a project for
// one survey wave: the analysis with the project's journey, touchpoints, channels, incidents
// and CEM cycles beside it. Plain values: the views never read the project file themselves.
struct WaveAssembly
{
    Q_DECLARE_TR_FUNCTIONS(WaveAssembly)

public:
    QList<Survey> waves; // the project's survey waves, latest first
    Survey wave;         // the one analysed; id 0 when the project has none
    // Why the request could not be answered (a segment nobody in the wave belongs to, an
    // outcome the wave does not have): nothing was computed.
    QString error;
    // What was left out while reading the wave (rows another program changed).
    QStringList problems;

    ProjectAnalysis analysis;
    QList<WaveAttribute> attributes;

    Scale projectScale;             // the CEM steps' (a wave has its own: analysis.scale)
    QList<Subprocess> subprocesses; // chronological, also without a wave
    QList<Touchpoint> touchpoints;
    QList<Channel> channels;
    QList<CriticalIncident> incidents;
    QList<CycleSteps> cycles; // oldest first; the latest drives the gap, impact and KPI charts
    Kpi kpi;                  // the latest cycle's first KPI; id 0: none
    QString kpiRequirement;   // the requirement it measures

    const CycleSteps *latestCycle() const { return cycles.isEmpty() ? nullptr : &cycles.last(); }
    // "n = 757 respondents, 1,402 respondent × vendor pairs, segment tier = A"
    QString sample() const;
    // "Wave 2024: n = 757 respondents, …"; empty without a wave.
    QString source() const;
};

} // namespace Peakend
