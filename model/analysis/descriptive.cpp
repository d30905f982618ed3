#include "descriptive.h"

#include "distributions.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Peakend::Descriptive {

void Accumulator::add(double value, double weight)
{
    if (std::isnan(value) || !(weight > 0.0))
        return;
    ++m_n;
    m_sumWeights += weight;
    m_sumSquaredWeights += weight * weight;
    const double delta = value - m_mean;
    m_mean += delta * weight / m_sumWeights;
    m_m2 += weight * delta * (value - m_mean);
}

Summary Accumulator::summary(double level) const
{
    Summary result;
    result.n = m_n;
    result.sumWeights = m_sumWeights;
    if (m_n == 0)
        return result;
    result.effectiveN = m_sumWeights * m_sumWeights / m_sumSquaredWeights;
    result.mean = m_mean;
    if (m_n < 2 || result.effectiveN <= 1.0)
        return result;
    const double variance = m_m2 / m_sumWeights * result.effectiveN / (result.effectiveN - 1.0);
    result.sd = std::sqrt(std::max(variance, 0.0));
    result.se = result.sd / std::sqrt(result.effectiveN);
    const double t = Distributions::criticalValue(level, result.effectiveN - 1.0);
    result.ciLow = result.mean - t * result.se;
    result.ciHigh = result.mean + t * result.se;
    return result;
}

Summary summarise(const std::vector<double> &values, const std::vector<double> &weights,
                  double level)
{
    Accumulator accumulator;
    for (size_t i = 0; i < values.size(); ++i)
        accumulator.add(values[i], weights.empty() ? 1.0 : weights[i]);
    return accumulator.summary(level);
}

Proportion wilson(double hits, double total, double effectiveN, double level)
{
    Proportion result;
    result.effectiveN = effectiveN;
    if (!(total > 0.0) || !(effectiveN > 0.0))
        return result;
    const double p = hits / total;
    const double z = Distributions::criticalValue(level, qQNaN());
    const double z2n = z * z / effectiveN;
    const double centre = (p + z2n / 2.0) / (1.0 + z2n);
    const double half
        = z / (1.0 + z2n) * std::sqrt(p * (1.0 - p) / effectiveN + z2n / (4.0 * effectiveN));
    result.share = p;
    result.ciLow = std::max(0.0, centre - half);
    result.ciHigh = std::min(1.0, centre + half);
    return result;
}

double pearson(const std::vector<double> &x, const std::vector<double> &y,
               const std::vector<double> &weights)
{
    double sw = 0.0;
    double mx = 0.0;
    double my = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        const double w = weights.empty() ? 1.0 : weights[i];
        sw += w;
        mx += w * x[i];
        my += w * y[i];
    }
    if (!(sw > 0.0))
        return qQNaN();
    mx /= sw;
    my /= sw;
    double sxx = 0.0;
    double syy = 0.0;
    double sxy = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        const double w = weights.empty() ? 1.0 : weights[i];
        sxx += w * (x[i] - mx) * (x[i] - mx);
        syy += w * (y[i] - my) * (y[i] - my);
        sxy += w * (x[i] - mx) * (y[i] - my);
    }
    return sxx > 0.0 && syy > 0.0 ? sxy / std::sqrt(sxx * syy) : qQNaN();
}

std::vector<double> ranks(const std::vector<double> &values)
{
    std::vector<size_t> order;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i]))
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(),
              [&values](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> result(values.size(), qQNaN());
    for (size_t start = 0; start < order.size();) {
        size_t end = start + 1;
        while (end < order.size() && tied(values[order[end]], values[order[start]]))
            ++end;
        const double midRank = (double(start) + double(end) + 1.0) / 2.0;
        for (size_t k = start; k < end; ++k)
            result[order[k]] = midRank;
        start = end;
    }
    return result;
}

double spearman(const std::vector<double> &x, const std::vector<double> &y,
                const std::vector<double> &weights)
{
    // Rank only the complete pairs, so that a missing y does not shift x's ranks.
    std::vector<double> px;
    std::vector<double> py;
    std::vector<double> pw;
    for (size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        px.push_back(x[i]);
        py.push_back(y[i]);
        if (!weights.empty())
            pw.push_back(weights[i]);
    }
    return pearson(ranks(px), ranks(py), pw);
}

double quantile(std::vector<double> values, double p)
{
    values.erase(std::remove_if(values.begin(), values.end(),
                                [](double value) { return std::isnan(value); }),
                 values.end());
    if (values.empty())
        return qQNaN();
    std::sort(values.begin(), values.end());
    const double position = p * double(values.size() - 1);
    const auto below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (position - double(below)) * (values[above] - values[below]);
}

} // namespace Peakend::Descriptive
