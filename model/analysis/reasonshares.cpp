#include "reasonshares.h"

#include <cmath>

namespace Peakend {

ReasonShares ReasonShares::compute(const SurveyData &data, int vendor, double level)
{
    ReasonShares result;
    result.vendor = vendor;
    const int factorCount = data.factorCount();
    std::vector<double> likes(size_t(factorCount), 0.0);
    std::vector<double> dislikes(size_t(factorCount), 0.0);
    double sumWeights = 0.0;
    double sumSquaredWeights = 0.0;
    for (int c = 0; c < data.caseCount(); ++c) {
        const SurveyCase &surveyCase = data.cases.at(c);
        if ((vendor >= 0 && surveyCase.vendor != vendor)
            || (std::isnan(surveyCase.overall) && std::isnan(surveyCase.recommend))) {
            continue;
        }
        const double w = data.weight(c);
        ++result.n;
        sumWeights += w;
        sumSquaredWeights += w * w;
        for (int f = 0; f < factorCount; ++f) {
            const qint8 flags = data.reason(c, f);
            likes[size_t(f)] += (flags & SurveyData::Like) ? w : 0.0;
            dislikes[size_t(f)] += (flags & SurveyData::Dislike) ? w : 0.0;
        }
    }
    const double effectiveN = sumWeights > 0.0 ? sumWeights * sumWeights / sumSquaredWeights : 0.0;
    for (int f = 0; f < factorCount; ++f) {
        ReasonShare share;
        share.factor = data.factors.at(f);
        share.like = Descriptive::wilson(likes[size_t(f)], sumWeights, effectiveN, level);
        share.dislike = Descriptive::wilson(dislikes[size_t(f)], sumWeights, effectiveN, level);
        share.like.n = share.dislike.n = result.n;
        result.factors.append(share);
    }
    return result;
}

} // namespace Peakend
