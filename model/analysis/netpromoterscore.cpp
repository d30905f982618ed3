#include "netpromoterscore.h"

#include "distributions.h"

#include <cmath>

namespace Peakend {

NpsResult NetPromoterScore::compute(const std::vector<double> &answers,
                                    const std::vector<double> &weights, double scaleMin,
                                    double scaleMax, double level)
{
    NpsResult result;
    if (scaleMin != 0.0 || scaleMax != 10.0) {
        result.error = tr("NPS is defined on a 0–10 likelihood-to-recommend question; this one "
                          "runs from %1 to %2, so no NPS is shown.")
                           .arg(scaleMin)
                           .arg(scaleMax);
        return result;
    }
    double sumWeights = 0.0;
    double sumSquaredWeights = 0.0;
    double promoters = 0.0;
    double detractors = 0.0;
    for (size_t i = 0; i < answers.size(); ++i) {
        const double answer = answers[i];
        if (std::isnan(answer))
            continue;
        if (answer < 0.0 || answer > 10.0 || answer != std::floor(answer)) {
            result.error = tr("Answer %1 (row %2) is not a whole number from 0 to 10.")
                               .arg(answer)
                               .arg(i + 1);
            return result;
        }
        const double w = weights.empty() ? 1.0 : weights[i];
        ++result.n;
        sumWeights += w;
        sumSquaredWeights += w * w;
        result.distribution[size_t(answer)] += w;
        promoters += answer >= 9.0 ? w : 0.0;
        detractors += answer <= 6.0 ? w : 0.0;
    }
    if (result.n == 0) {
        result.error = tr("Nobody answered the recommendation question.");
        return result;
    }
    result.effectiveN = sumWeights * sumWeights / sumSquaredWeights;
    result.promoters = promoters / sumWeights;
    result.detractors = detractors / sumWeights;
    result.passives = 1.0 - result.promoters - result.detractors;
    const double difference = result.promoters - result.detractors;
    result.nps = 100.0 * difference;
    result.se = 100.0
                * std::sqrt((result.promoters + result.detractors - difference * difference)
                            / result.effectiveN);
    const double z = Distributions::criticalValue(level, qQNaN());
    result.ci = {result.nps - z * result.se, result.nps + z * result.se};
    return result;
}

NpsResult NetPromoterScore::compute(const SurveyData &data, int vendor, double level)
{
    std::vector<double> answers;
    std::vector<double> weights;
    for (int c = 0; c < data.caseCount(); ++c) {
        if (vendor < 0 || data.cases.at(c).vendor == vendor) {
            answers.push_back(data.cases.at(c).recommend);
            weights.push_back(data.weight(c));
        }
    }
    return compute(answers, weights, 0.0, 10.0, level);
}

} // namespace Peakend
