#pragma once

#include "analysis/cemsteps.h"
#include "analysis/projectanalysis.h"
#include "report/reporttable.h"

namespace Peakend {

// The analysis as one flat table per section of AnalysisJson (`peakend analyze --csv`): the
// JSON's keys as column names, numbers at full precision in C notation (shortest round-trip
// form), empty cells where a value is undefined, intervals as two columns (…Low, …High).
class AnalysisTables
{
public:
    // section: one of AnalysisJson::sections(); cem: the latest cycle's steps (none: no rows).
    static ReportTable table(const QString &section, const ProjectAnalysis &analysis,
                             const CemSteps &cem);
};

} // namespace Peakend
