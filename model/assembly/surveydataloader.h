#pragma once

#include "analysis/surveydata.h"

#include <QCoreApplication>
#include <QStringList>

namespace Peakend {

class ProjectRepository;

// Reads one survey wave from the project file into the plain arrays the analyses take.
// A case is a respondent × vendor pair with an evaluation or at least one rating. The
// journeys are written straight into the ratings array, one stored row at a time.
//
// Another program may have changed the file: a row naming a respondent, vendor, subprocess or
// factor that is not there, or a journey that does not read back, is left out and named in
// problems (one sentence per kind, with how many rows); nothing is read out of bounds.
class SurveyDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(SurveyDataLoader)

public:
    static SurveyData load(const ProjectRepository &repository, const Survey &wave,
                           QStringList *problems = nullptr);
};

} // namespace Peakend
