#include "weakestlink.h"

#include <cmath>

namespace Peakend {

double WeakestLink::threshold(const Scale &scale, const WeakestLinkOptions &options)
{
    return std::isnan(options.dissatisfiedAtOrBelow) ? scale.min + 1.0
                                                     : options.dissatisfiedAtOrBelow;
}

WeakestLink::Tally::Tally(int items, double atOrBelow)
    : m_atOrBelow(atOrBelow)
    , m_ratings(size_t(std::max(items, 0)))
    , m_dissatisfied(m_ratings.size(), 0.0)
{}

void WeakestLink::Tally::addAnswer(int item, double value, double weight)
{
    m_ratings[size_t(item)].add(value, weight);
    if (!std::isnan(value) && value <= m_atOrBelow)
        m_dissatisfied[size_t(item)] += weight;
}

void WeakestLink::Tally::addEvaluation(const double *answers, size_t stride, double weight)
{
    bool answered = false;
    bool dissatisfied = false;
    for (size_t i = 0; i < m_ratings.size(); ++i) {
        const double answer = answers[i * stride];
        addAnswer(int(i), answer, weight);
        answered = answered || !std::isnan(answer);
        dissatisfied = dissatisfied || answer <= m_atOrBelow; // NaN: false
    }
    if (!answered)
        return;
    ++m_evaluations;
    m_total += weight;
    m_squares += weight * weight;
    m_hits += dissatisfied ? weight : 0.0;
}

Proportion WeakestLink::Tally::anyDissatisfied() const
{
    if (m_evaluations == 0)
        return Proportion();
    Proportion result = Descriptive::wilson(m_hits, m_total, m_total * m_total / m_squares);
    result.n = m_evaluations;
    return result;
}

WeakestLink WeakestLink::fromTally(const QStringList &names, const Tally &tally, const Scale &scale,
                                   const WeakestLinkOptions &options)
{
    WeakestLink result;
    result.criterion = options.criterion;
    result.dissatisfiedAtOrBelow = tally.m_atOrBelow;
    result.alertThreshold
        = options.criterion == WeakestLinkOptions::LowestMean
              ? (std::isnan(options.alertBelowMean) ? scale.neutral : options.alertBelowMean)
              : options.alertShare;
    result.anyDissatisfied = tally.anyDissatisfied();
    double sum = 0.0;
    int counted = 0;
    for (int i = 0; i < int(names.size()); ++i) {
        WeakestLinkItem item;
        item.name = names.at(i);
        item.rating = tally.m_ratings[size_t(i)].summary();
        if (item.rating.n > 0) {
            item.dissatisfiedShare = tally.m_dissatisfied[size_t(i)] / item.rating.sumWeights;
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

WeakestLink WeakestLink::compute(const QStringList &names, const QList<std::vector<double>> &values,
                                 const QList<std::vector<double>> &weights, const Scale &scale,
                                 const WeakestLinkOptions &options)
{
    Tally tally(int(names.size()), threshold(scale, options));
    for (int i = 0; i < int(names.size()); ++i) {
        const std::vector<double> &answers = values.at(i);
        const std::vector<double> itemWeights = weights.value(i);
        for (size_t k = 0; k < answers.size(); ++k)
            tally.addAnswer(i, answers[k], itemWeights.empty() ? 1.0 : itemWeights[k]);
    }
    return fromTally(names, tally, scale, options);
}

} // namespace Peakend
