#pragma once

#include "descriptive.h"
#include "surveydata.h"

#include <QList>

namespace Peakend {

struct ReasonShare
{
    Factor factor;
    Proportion like;    // share naming the factor as a reason to like, Wilson 95 % CI
    Proportion dislike; // … as a reason to dislike
};

// Like/dislike reasons per factor (DESIGN.md §2.3): multi-select, so shares may sum past
// 100 %. The base is every respondent × vendor evaluation (of one vendor, or of all).
struct ReasonShares
{
    int vendor = -1; // index into SurveyData::vendors; -1: all vendors
    int n = 0;       // evaluations in the base
    QList<ReasonShare> factors;

    static ReasonShares compute(const SurveyData &data, int vendor = -1, double level = 0.95);
};

} // namespace Peakend
