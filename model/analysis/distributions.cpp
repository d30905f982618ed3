#include "distributions.h"

#include <cmath>
#include <limits>
#include <map>
#include <mutex>

namespace Peakend::Distributions {

namespace {

// Continued fraction for the regularised incomplete beta function (modified Lentz).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    constexpr double epsilon = 1e-16;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    d = 1.0 / (std::abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 500; ++m) {
        const double m2 = 2.0 * m;
        double term = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 + term * d;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        c = 1.0 + term / c;
        c = std::abs(c) < tiny ? tiny : c;
        h *= d * c;
        term = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 + term * d;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        c = 1.0 + term / c;
        c = std::abs(c) < tiny ? tiny : c;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < epsilon)
            break;
    }
    return h;
}

double logBeta(double a, double b)
{
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

double regularisedIncompleteBeta(double a, double b, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double front = std::exp(a * std::log(x) + b * std::log1p(-x) - logBeta(a, b));
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

} // namespace

double normalQuantile(double p)
{
    if (!(p > 0.0 && p < 1.0))
        return p == 0.0   ? -std::numeric_limits<double>::infinity()
               : p == 1.0 ? std::numeric_limits<double>::infinity()
                          : std::numeric_limits<double>::quiet_NaN();
    // Acklam's rational approximation, then one Halley step on the exact cdf.
    static constexpr double a[]
        = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
           1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[]
        = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
           6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[]
        = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
           -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2.0 * M_PI) * std::exp(x * x / 2.0);
    return x - u / (1.0 + x * u / 2.0);
}

double studentTCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(df))
        return normalCdf(t);
    const double tail = 0.5 * regularisedIncompleteBeta(df / 2.0, 0.5, df / (df + t * t));
    return t > 0.0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(df > 0.0) || std::isnan(p))
        return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(df) || p <= 0.0 || p >= 1.0)
        return normalQuantile(p);
    if (p < 0.5)
        return -studentTQuantile(1.0 - p, df);
    // Newton on the exact cdf from Hill's (1970) expansion: the cdf is concave above 0, so
    // the iteration settles in a few steps. Bisection remains as the safety net.
    const double z = normalQuantile(p);
    double t = z + (z * z * z + z) / (4.0 * df)
               + (5.0 * std::pow(z, 5) + 16.0 * z * z * z + 3.0 * z) / (96.0 * df * df);
    const double logNormaliser
        = std::lgamma((df + 1.0) / 2.0) - std::lgamma(df / 2.0) - 0.5 * std::log(df * M_PI);
    for (int i = 0; i < 60 && std::isfinite(t) && t > 0.0; ++i) {
        const double density = std::exp(logNormaliser - (df + 1.0) / 2.0 * std::log1p(t * t / df));
        const double step = (studentTCdf(t, df) - p) / density;
        t -= step;
        if (std::abs(step) <= 1e-15 * t)
            return t;
    }
    double low = 0.0;
    double high = 1.0;
    while (studentTCdf(high, df) < p && high < 1e300)
        high *= 2.0;
    for (int i = 0; i < 200 && high - low > 1e-15 * high; ++i) {
        const double middle = 0.5 * (low + high);
        (studentTCdf(middle, df) < p ? low : high) = middle;
    }
    return 0.5 * (low + high);
}

double criticalValue(double level, double df)
{
    const double p = 0.5 + level / 2.0;
    if (std::isnan(df) || std::isinf(df))
        return normalQuantile(p);
    // A survey's cells share a handful of sample sizes: remember the quantiles asked for.
    static std::mutex mutex;
    static std::map<std::pair<double, double>, double> cache;
    const std::pair<double, double> key(p, df);
    {
        const std::lock_guard<std::mutex> lock(mutex);
        const auto it = cache.find(key);
        if (it != cache.end())
            return it->second;
    }
    const double value = studentTQuantile(p, df);
    const std::lock_guard<std::mutex> lock(mutex);
    if (cache.size() > 4096)
        cache.clear();
    cache.emplace(key, value);
    return value;
}

} // namespace Peakend::Distributions
