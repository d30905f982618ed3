#include "weakestlink.h"

#include <cmath>

namespace Peakend {

WeakestLink WeakestLink::compute(const QStringList &names, const QList<std::vector<double>> &values,
                                 const QList<std::vector<double>> &weights, const Scale &scale,
                                 const WeakestLinkOptions &options)
{
    WeakestLink result;
    result.criterion = options.criterion;
    result.dissatisfiedAtOrBelow = std::isnan(options.dissatisfiedAtOrBelow)
                                       ? scale.min + 1.0
                                       : options.dissatisfiedAtOrBelow;
    result.alertThreshold
        = options.criterion == WeakestLinkOptions::LowestMean
              ? (std::isnan(options.alertBelowMean) ? scale.neutral : options.alertBelowMean)
              : options.alertShare;
    double sum = 0.0;
    int counted = 0;
    for (int i = 0; i < int(names.size()); ++i) {
        WeakestLinkItem item;
        item.name = names.at(i);
        const std::vector<double> &answers = values.at(i);
        const std::vector<double> itemWeights = weights.value(i);
        item.rating = Descriptive::summarise(answers, itemWeights);
        double dissatisfied = 0.0;
        for (size_t k = 0; k < answers.size(); ++k) {
            if (!std::isnan(answers[k]) && answers[k] <= result.dissatisfiedAtOrBelow)
                dissatisfied += itemWeights.empty() ? 1.0 : itemWeights[k];
        }
        if (item.rating.n > 0) {
            item.dissatisfiedShare = dissatisfied / item.rating.sumWeights;
            sum += item.rating.mean;
            ++counted;
            const bool weaker
                = result.weakest < 0
                  || (options.criterion == WeakestLinkOptions::LowestMean
                          ? item.rating.mean < result.items.at(result.weakest).rating.mean
                          : item.dissatisfiedShare
                                > result.items.at(result.weakest).dissatisfiedShare);
            if (weaker)
                result.weakest = i;
            if (result.mostDissatisfied < 0
                || Descriptive::above(item.dissatisfiedShare,
                                      result.items.at(result.mostDissatisfied).dissatisfiedShare))
                result.mostDissatisfied = i;
        }
        result.items.append(item);
    }
    if (counted == 0)
        return result;
    result.average = sum / counted;
    const WeakestLinkItem &weakest = result.items.at(result.weakest);
    result.alert = options.criterion == WeakestLinkOptions::LowestMean
                       ? weakest.rating.mean < result.alertThreshold
                       : weakest.dissatisfiedShare >= result.alertThreshold;
    return result;
}

Proportion WeakestLink::dissatisfiedWithAny(const std::vector<std::vector<double>> &answers,
                                            const std::vector<double> &weights, double atOrBelow)
{
    double hits = 0.0;
    double total = 0.0;
    double squares = 0.0;
    int n = 0;
    for (size_t row = 0; row < answers.size(); ++row) {
        bool answered = false;
        bool dissatisfied = false;
        for (const double answer : answers[row]) {
            answered = answered || !std::isnan(answer);
            dissatisfied = dissatisfied || answer <= atOrBelow; // NaN: false
        }
        if (!answered)
            continue;
        const double w = weights.empty() ? 1.0 : weights[row];
        ++n;
        total += w;
        squares += w * w;
        hits += dissatisfied ? w : 0.0;
    }
    if (n == 0)
        return Proportion();
    Proportion result = Descriptive::wilson(hits, total, total * total / squares);
    result.n = n;
    return result;
}

} // namespace Peakend
