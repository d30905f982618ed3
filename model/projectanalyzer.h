#pragma once

#include "analysis/projectanalysis.h"

namespace Peakend {

class ProjectRepository;

// Loads the latest survey wave (or the given one), the incidents and touchpoints from the
// project file and runs the whole analysis on them.
class ProjectAnalyzer
{
public:
    static ProjectAnalysis analyze(const ProjectRepository &repository,
                                   const ProjectAnalysisOptions &options = {}, qint64 surveyId = 0);
};

} // namespace Peakend
