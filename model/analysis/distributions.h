#pragma once

namespace Peakend::Distributions {

// Quantile of the standard normal distribution, 0 < p < 1 (relative error below 1e-15).
double normalQuantile(double p);

// Cumulative distribution and quantile of Student's t with df > 0 degrees of freedom
// (df need not be an integer: weighted data use Kish's effective sample size).
double studentTCdf(double t, double df);
double studentTQuantile(double p, double df);

// The two-sided critical value for a confidence level such as 0.95: t with df degrees of
// freedom, or the normal one when df is infinite or not a number.
double criticalValue(double level, double df);

} // namespace Peakend::Distributions
