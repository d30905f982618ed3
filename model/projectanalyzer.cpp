#include "projectanalyzer.h"

#include "storage/projectrepository.h"
#include "surveydataloader.h"

namespace Peakend {

ProjectAnalysis ProjectAnalyzer::analyze(const ProjectRepository &repository,
                                         const ProjectAnalysisOptions &options, qint64 surveyId)
{
    return ProjectAnalysis::compute(SurveyDataLoader::load(repository, surveyId),
                                    repository.incidents(), repository.touchpoints(), options,
                                    repository.channels());
}

} // namespace Peakend
