#pragma once

#include "descriptive.h"
#include "parallel.h"
#include "seededrandom.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <vector>

namespace Peakend {

// What the linear and the logistic driver models share in their bootstrap: one seed per
// resample drawn up front (so that the intervals do not depend on the thread count), the
// resamples fitted on every core, and percentile intervals of what the fitted ones give.
template<typename Fit>
class BootstrapResamples
{
public:
    BootstrapResamples(int count, quint64 seed)
        : m_seeds(size_t(std::max(count, 0)), 0)
        , m_fits(m_seeds.size())
        , m_fitted(m_seeds.size(), 0)
    {
        SeededRandom seeder(seed);
        for (quint64 &s : m_seeds)
            s = seeder.next();
    }

    // makeWorker() gives each thread its fitting function (with its own scratch space):
    // bool worker(SeededRandom &random, Fit &out) draws one resample and fits it.
    template<typename MakeWorker>
    void run(int threads, MakeWorker makeWorker)
    {
        const int count = int(m_seeds.size());
        std::atomic<int> next{0};
        const auto work = [&]() {
            auto worker = makeWorker();
            for (int b = next++; b < count; b = next++) {
                SeededRandom random(m_seeds[size_t(b)]);
                m_fitted[size_t(b)] = worker(random, m_fits[size_t(b)]);
            }
        };
        Parallel::run(std::min(Parallel::threadCount(threads), std::max(count, 1)), work);
    }

    int fitted() const { return int(std::count(m_fitted.begin(), m_fitted.end(), 1)); }

    // The percentile interval of pick(fit) over the fitted resamples (finite values only).
    template<typename Pick>
    Interval interval(double level, Pick pick) const
    {
        std::vector<double> values;
        for (size_t b = 0; b < m_fits.size(); ++b) {
            if (m_fitted[b]) {
                const double value = pick(m_fits[b]);
                if (std::isfinite(value))
                    values.push_back(value);
            }
        }
        const double tail = (1.0 - level) / 2.0;
        return Interval{Descriptive::quantile(values, tail),
                        Descriptive::quantile(values, 1.0 - tail)};
    }

private:
    std::vector<quint64> m_seeds;
    std::vector<Fit> m_fits;
    std::vector<char> m_fitted;
};

} // namespace Peakend
