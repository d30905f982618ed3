#pragma once

// Builds small SurveyData sets by hand for the analysis tests.

#include "analysis/surveydata.h"

#include <initializer_list>

namespace SurveyBuilder {

inline Peakend::SurveyData make(int vendors, int subprocesses, int factors = 0,
                                Peakend::Scale scale = {1, 10, 5.5})
{
    Peakend::SurveyData data;
    data.scale = scale;
    for (int v = 0; v < vendors; ++v)
        data.vendors.append({v + 1, QStringLiteral("V%1").arg(v + 1), false, QString(), v});
    for (int s = 0; s < subprocesses; ++s) {
        data.subprocesses.append(
            {s + 1, QStringLiteral("S%1").arg(s + 1), Peakend::Phase::Purchase, s, false});
    }
    for (int f = 0; f < factors; ++f)
        data.factors.append({f + 1, QStringLiteral("F%1").arg(f + 1), f, false});
    return data;
}

// One respondent rating one vendor: subprocess ratings (NaN: skipped), overall, recommend.
// Call allocate-free: the arrays grow with the case.
inline int addCase(Peakend::SurveyData &data, int vendor, std::initializer_list<double> ratings,
                   double overall = qQNaN(), double recommend = qQNaN(), double weight = 1.0,
                   const QStringList &attributes = {})
{
    const int respondent = int(data.respondents.size());
    data.respondents.append(
        {respondent + 1, QStringLiteral("R%1").arg(respondent + 1), weight, attributes});
    data.cases.append({respondent, vendor, overall, recommend});
    for (const double rating : ratings)
        data.ratings.push_back(rating);
    for (int s = int(ratings.size()); s < data.subprocessCount(); ++s)
        data.ratings.push_back(qQNaN());
    data.factorRatings.resize(size_t(data.caseCount() * data.factorCount() * 3), qQNaN());
    data.reasons.resize(size_t(data.caseCount() * data.factorCount()), 0);
    return data.caseCount() - 1;
}

} // namespace SurveyBuilder
