#pragma once

#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Peakend {

struct Interval
{
    double low = qQNaN();
    double high = qQNaN();

    bool isValid() const { return !qIsNaN(low) && !qIsNaN(high); }
    bool contains(double value) const { return value >= low && value <= high; }
};

// A weighted mean with its spread and 95 % confidence interval. Weights are survey weights:
// the SD is the weighted SD scaled to Kish's effective sample size
// n_eff = (Σw)² / Σw², SE = SD / √n_eff and the CI uses Student's t with n_eff − 1 degrees
// of freedom. With unit weights these are the textbook sample SD, SE and t interval.
struct Summary
{
    int n = 0; // values counted
    double sumWeights = 0.0;
    double effectiveN = 0.0;
    double mean = qQNaN();
    double sd = qQNaN(); // NaN below two values
    double se = qQNaN();
    double ciLow = qQNaN();
    double ciHigh = qQNaN();
};

// A proportion with Wilson's score interval (1927). Weighted: p = Σw·hit / Σw and the
// interval uses the effective sample size.
struct Proportion
{
    int n = 0;
    double effectiveN = 0.0;
    double share = qQNaN();
    double ciLow = qQNaN();
    double ciHigh = qQNaN();
};

namespace Descriptive {

// Values equal but for rounding: means and e computed along different paths (0.1 + 0.2 and
// 0.3, a rescaled 1–100 answer and its 1–10 twin) differ in the last bits. Ties compare
// with this: a relative tolerance of 1e-9, absolute below 1.
inline bool tied(double a, double b)
{
    const double scale = std::max({1.0, std::abs(a), std::abs(b)});
    return std::abs(a - b) <= 1e-9 * scale;
}

// a above b by more than rounding.
inline bool above(double a, double b)
{
    return a > b && !tied(a, b);
}

// Accumulates values one at a time (NaN is skipped), for cells filled in a single pass.
class Accumulator
{
public:
    void add(double value, double weight = 1.0);
    Summary summary(double level = 0.95) const;

private:
    int m_n = 0;
    double m_sumWeights = 0.0;
    double m_sumSquaredWeights = 0.0;
    double m_mean = 0.0;
    double m_m2 = 0.0; // West's weighted running sum of squared deviations
};

// Empty weights mean unit weights. NaN values are skipped.
Summary summarise(const std::vector<double> &values, const std::vector<double> &weights = {},
                  double level = 0.95);

Proportion wilson(double hits, double total, double effectiveN, double level = 0.95);

// Weighted Pearson correlation of the pairs where both values are present.
double pearson(const std::vector<double> &x, const std::vector<double> &y,
               const std::vector<double> &weights = {});

// Spearman's ρ: Pearson on mid-ranks (ties share the average rank).
double spearman(const std::vector<double> &x, const std::vector<double> &y,
                const std::vector<double> &weights = {});

// Mid-ranks, 1-based, values tied() sharing one; NaN stays NaN.
std::vector<double> ranks(const std::vector<double> &values);

// The p-quantile by linear interpolation between order statistics (R's type 7).
double quantile(std::vector<double> values, double p);

} // namespace Descriptive

} // namespace Peakend
