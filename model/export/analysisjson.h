#pragma once

#include "analysis/cemsteps.h"
#include "analysis/projectanalysis.h"

#include <QJsonObject>
#include <QStringList>

namespace Peakend {

// The analysis as JSON for scripts (`peakend analyze --json`), in the shape README.md
// documents: numbers at full precision (shortest round-trip form), null where a value is
// undefined, enums as fixed English keys, names as stored.
class AnalysisJson
{
public:
    // The sections --what names, in output order.
    // curves, drivers, ipa, cem, nps, reasons, weakest-link, memory, channels, incidents
    static QStringList sections();
    static QString ruleKey(MemoryRule rule);                // "peak-end"
    static QString quadrantKey(ImpactFeasibility quadrant); // "quick-win"; empty: unplaced
    static QString ipaQuadrantKey(IpaQuadrant quadrant);    // "concentrate-here"; empty
    static QString decisionKey(Decision decision);          // "undecided", "do", …

    // Project-level fields plus the sections asked for. cemSteps/cycle: the latest cycle.
    static QJsonObject build(const ProjectAnalysis &analysis, const CemSteps &cem,
                             const CemCycle *cycle, const QStringList &sections);
};

} // namespace Peakend
