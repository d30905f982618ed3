#pragma once

#include "analysis/seededrandom.h"
#include "descriptive.h"
#include "driverimportance.h"
#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <vector>

namespace Peakend {

// What the linear and the logistic driver models share once each has fitted its model.

// A driver's part of R² in %.
inline double shareOfRSquared(double part, double rSquared)
{
    return rSquared > 0.0 ? 100.0 * part / rSquared : qQNaN();
}

// The rows every model gives: r, β (its sign the direction), the relative weight and its
// share. Fit has rSquared and, per driver, r, beta and relativeWeights.
template<typename Fit>
void setDriverRows(ImportanceResult &result, const Fit &full, const QStringList &names)
{
    result.rSquared = full.rSquared;
    for (qsizetype j = 0; j < names.size(); ++j) {
        DriverImportanceRow row;
        row.name = names.at(j);
        row.r = full.r[size_t(j)];
        row.beta = full.beta[size_t(j)];
        row.sign = row.beta < 0.0 ? -1 : 1;
        row.relativeWeight = full.relativeWeights[size_t(j)];
        row.relativeWeightShare = shareOfRSquared(row.relativeWeight, full.rSquared);
        result.drivers.append(row);
    }
}

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
    // bool worker(SeededRandom &random, Fit &out) draws one resample and fits it. With
    // progress, as runInBatches().
    template<typename MakeWorker>
    void run(int threads, MakeWorker makeWorker, BootstrapProgress *progress = nullptr)
    {
        runInBatches(
            threads, 1,
            [&makeWorker]() {
                return [worker = makeWorker()](std::vector<SeededRandom> &randoms, Fit *fits,
                                               char *fitted) mutable {
                    fitted[0] = worker(randoms[0], fits[0]);
                };
            },
            progress);
    }

    // A batch of resamples at a time, so that a worker can pass over its data once for the
    // whole batch: worker(randoms, fits, fitted) draws and fits randoms.size() resamples into
    // fits[0…] and sets fitted[0…]. With progress, the resamples are counted as planned and as
    // each batch is done, and no batch starts once it is cancelled.
    template<typename MakeWorker>
    void runInBatches(int threads, int batch, MakeWorker makeWorker,
                      BootstrapProgress *progress = nullptr)
    {
        const int count = int(m_seeds.size());
        const int batches = (count + batch - 1) / batch;
        if (progress)
            progress->planned += count;
        std::atomic<int> next{0};
        const auto work = [&]() {
            auto worker = makeWorker();
            std::vector<SeededRandom> randoms;
            for (int b = next++; b < batches; b = next++) {
                if (progress && progress->cancelled)
                    return;
                const int first = b * batch;
                randoms.clear();
                for (int i = first; i < std::min(first + batch, count); ++i)
                    randoms.emplace_back(m_seeds[size_t(i)]);
                worker(randoms, m_fits.data() + first, m_fitted.data() + first);
                if (progress)
                    progress->done += int(randoms.size());
            }
        };
        Parallel::run(std::min(Parallel::threadCount(threads), std::max(batches, 1)), work);
    }

    // An m-out-of-n bootstrap (each resample drew m of the n units): interval() then takes
    // each resample's distance from the full sample's value scaled by factor = √(m / n).
    void scaleAbout(const Fit &full, double factor)
    {
        m_full = full;
        m_factor = factor;
    }

    int fitted() const { return int(std::count(m_fitted.begin(), m_fitted.end(), 1)); }

    // The percentile interval of pick(fit) over the fitted resamples (finite values only).
    template<typename Pick>
    Interval interval(double level, Pick pick) const
    {
        std::vector<double> values;
        for (size_t b = 0; b < m_fits.size(); ++b) {
            if (m_fitted[b]) {
                double value = pick(m_fits[b]);
                if (m_factor != 1.0) {
                    const double full = pick(m_full);
                    value = full + m_factor * (value - full);
                }
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
    Fit m_full;
    double m_factor = 1.0;
};

// The intervals both driver models give every driver: R², r, β and the relative weight, raw
// and as a share of R² (each resample's share, so that the bounds are in % like the share).
// Fit has rSquared and, per driver, r, beta and relativeWeights.
template<typename Fit>
void setDriverIntervals(ImportanceResult &result, const BootstrapResamples<Fit> &resamples,
                        double level)
{
    result.resamples = resamples.fitted();
    result.rSquaredCi = resamples.interval(level, [](const Fit &f) { return f.rSquared; });
    for (qsizetype j = 0; j < result.drivers.size(); ++j) {
        DriverImportanceRow &row = result.drivers[j];
        const size_t at = size_t(j);
        row.rCi = resamples.interval(level, [at](const Fit &f) { return f.r[at]; });
        row.betaCi = resamples.interval(level, [at](const Fit &f) { return f.beta[at]; });
        row.relativeWeightCi
            = resamples.interval(level, [at](const Fit &f) { return f.relativeWeights[at]; });
        row.relativeWeightShareCi = resamples.interval(level, [at](const Fit &f) {
            return shareOfRSquared(f.relativeWeights[at], f.rSquared);
        });
    }
}

} // namespace Peakend
