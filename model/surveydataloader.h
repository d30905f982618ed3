#pragma once

#include "analysis/surveydata.h"

namespace Peakend {

class ProjectRepository;

// Reads one survey wave from the project file into the plain arrays the analyses take.
// A case is a respondent × vendor pair with an evaluation or at least one rating.
class SurveyDataLoader
{
public:
    // surveyId 0: the most recently imported wave. An empty SurveyData when there is none.
    static SurveyData load(const ProjectRepository &repository, qint64 surveyId = 0);
};

} // namespace Peakend
