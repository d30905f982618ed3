#include "surveydata.h"

#include <algorithm>

namespace Peakend {

void SurveyData::allocate()
{
    const size_t count = size_t(cases.size());
    ratings.assign(count * size_t(subprocessCount()), qQNaN());
    factorRatings.assign(count * size_t(factorCount()) * 3, qQNaN());
    reasons.assign(count * size_t(factorCount()), 0);
}

bool SurveyData::isConsistent() const
{
    const size_t count = size_t(cases.size());
    if (ratings.size() != count * size_t(subprocessCount())
        || factorRatings.size() != count * size_t(factorCount()) * 3
        || reasons.size() != count * size_t(factorCount())) {
        return false;
    }
    return std::all_of(cases.cbegin(), cases.cend(), [this](const SurveyCase &surveyCase) {
        return surveyCase.respondent >= 0 && surveyCase.respondent < respondents.size()
               && surveyCase.vendor >= 0 && surveyCase.vendor < vendors.size();
    });
}

bool SurveyData::matches(const SurveyRespondent &respondent, const SegmentFilter &filter) const
{
    for (const SegmentCondition &condition : filter.conditions) {
        const qsizetype column = attributeNames.indexOf(condition.attribute);
        if (column < 0 || !condition.values.contains(respondent.attributes.value(column)))
            return false;
    }
    return true;
}

SurveyData SurveyData::filtered(const SegmentFilter &filter) const
{
    if (filter.isEmpty())
        return *this;
    SurveyData result; // the catalogue and the respondents (shared), the matching cases
    result.scale = scale;
    result.vendors = vendors;
    result.subprocesses = subprocesses;
    result.factors = factors;
    result.attributeNames = attributeNames;
    result.respondents = respondents;
    const size_t s = size_t(subprocessCount());
    const size_t f = size_t(factorCount());
    for (int c = 0; c < caseCount(); ++c) {
        if (!matches(respondents.at(cases.at(c).respondent), filter))
            continue;
        result.cases.append(cases.at(c));
        const auto at = size_t(c);
        result.ratings.insert(result.ratings.end(), ratings.begin() + at * s,
                              ratings.begin() + (at + 1) * s);
        result.factorRatings.insert(result.factorRatings.end(), factorRatings.begin() + at * f * 3,
                                    factorRatings.begin() + (at + 1) * f * 3);
        result.reasons.insert(result.reasons.end(), reasons.begin() + at * f,
                              reasons.begin() + (at + 1) * f);
    }
    return result;
}

} // namespace Peakend
