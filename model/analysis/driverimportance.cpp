#include "driverimportance.h"

#include "analysis/seededrandom.h"
#include "descriptive.h"
#include "driverfits.h"
#include "exactshapley.h"
#include "linearalgebra.h"
#include "logisticimportance.h"
#include "parallel.h"
#include "relativeweights.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Peakend {

namespace {

constexpr double constantTolerance = 1e-12;

// The measures that follow from one correlation matrix.
struct Fit
{
    double rSquared = qQNaN();
    std::vector<double> r;
    std::vector<double> beta;
    std::vector<double> relativeWeights;
    std::vector<double> shapley;
};

bool fit(const CorrelationMatrix &matrix, int p, bool shapley, int threads, Fit &out)
{
    for (const double variance : matrix.variances) {
        if (!(variance > constantTolerance))
            return false;
    }
    const std::vector<double> rxx = LinearAlgebra::leadingBlock(matrix.r, p + 1, p);
    const std::vector<double> rxy = LinearAlgebra::column(matrix.r, p + 1, p, p);
    out.beta = LinearAlgebra::solveSpd(rxx, p, rxy);
    if (out.beta.empty())
        return false;
    out.r = rxy;
    out.rSquared = 0.0;
    for (int i = 0; i < p; ++i)
        out.rSquared += out.beta[size_t(i)] * rxy[size_t(i)];
    out.relativeWeights = RelativeWeights::compute(matrix.r, p);
    if (shapley)
        out.shapley = ExactShapley::compute(matrix.r, p, threads);
    return true;
}

QString quoted(const QString &name)
{
    return DriverImportance::tr("“%1”").arg(name);
}

// Weighted sums of one resampling unit about the full sample's means.
struct ClusterMoments
{
    double sumWeights = 0.0;
    std::vector<double> sums;
    std::vector<double> products; // upper triangle
};

} // namespace

ImportanceResult DriverImportance::compute(const DriverData &data, const ImportanceOptions &options)
{
    ImportanceResult result;
    result.outcomeName = data.outcomeName;
    result.level = options.level;
    const int p = data.driverCount();
    if (!data.outcomeError.isEmpty()) {
        result.error = data.outcomeError;
        return result;
    }
    if (p == 0) {
        result.error = tr("Choose at least one driver.");
        return result;
    }
    const DriverData complete = data.complete();
    result.n = complete.rows;
    result.excluded = data.rows - complete.rows;
    if (complete.rows <= p + 1) {
        result.error = tr("Only %n complete row(s) for %1 drivers: derived importance needs at "
                          "least %2. Use fewer drivers or more responses.",
                          nullptr, complete.rows)
                           .arg(p)
                           .arg(p + 2);
        return result;
    }
    const CorrelationMatrix matrix = CorrelationMatrix::of(complete);
    if (!(matrix.variances[size_t(p)] > constantTolerance)) {
        result.error = tr("%1 has the same value in every complete row: there is nothing to "
                          "explain.")
                           .arg(quoted(data.outcomeName));
        return result;
    }
    for (int j = 0; j < p; ++j) {
        if (!(matrix.variances[size_t(j)] > constantTolerance)) {
            result.error = tr("%1 has the same value in every complete row, so it cannot "
                              "explain anything. Leave it out.")
                               .arg(quoted(data.driverNames.at(j)));
            return result;
        }
    }
    const std::vector<double> rxx = LinearAlgebra::leadingBlock(matrix.r, p + 1, p);
    std::vector<double> factor = rxx;
    const int dependent = LinearAlgebra::cholesky(factor, p);
    if (dependent >= 0) {
        // Name the earlier drivers it is made of: the nonzero coefficients of its regression.
        const std::vector<double> coefficients
            = LinearAlgebra::solveSpd(LinearAlgebra::leadingBlock(rxx, p, dependent), dependent,
                                      LinearAlgebra::column(rxx, p, dependent, dependent));
        QStringList parts;
        for (int i = 0; i < int(coefficients.size()); ++i) {
            if (std::abs(coefficients[size_t(i)]) > 1e-6)
                parts.append(quoted(data.driverNames.at(i)));
        }
        result.error = tr("%1 is a linear combination of %2 (perfectly collinear): leave one of "
                          "them out.")
                           .arg(quoted(data.driverNames.at(dependent)), parts.join(tr(", ")));
        return result;
    }

    if (data.binary) {
        LogisticImportance::compute(complete, options, result);
        return result;
    }
    const bool shapley = options.shapley && p <= ExactShapley::maxDrivers;
    Fit full;
    if (!fit(matrix, p, shapley, options.threads, full)) {
        result.error = tr("The drivers could not be fitted.");
        return result;
    }
    result.hasShapley = shapley;
    setDriverRows(result, full, data.driverNames);
    for (int j = 0; j < p && shapley; ++j) {
        DriverImportanceRow &row = result.drivers[j];
        row.shapley = full.shapley[size_t(j)];
        row.shapleyShare = shareOfRSquared(row.shapley, full.rSquared);
    }

    if (options.bootstrapResamples <= 0)
        return result;

    // Cluster bootstrap: resample respondents (all their rows together), with replacement.
    const int size = p + 1;
    QHash<qint64, int> clusterIndex;
    std::vector<ClusterMoments> clusters;
    std::vector<double> centred(size_t(size), 0.0);
    for (int row = 0; row < complete.rows; ++row) {
        const qint64 key = complete.clusters.empty() ? row : complete.clusters[size_t(row)];
        auto it = clusterIndex.find(key);
        if (it == clusterIndex.end()) {
            it = clusterIndex.insert(key, int(clusters.size()));
            clusters.push_back({0.0, std::vector<double>(size_t(size), 0.0),
                                std::vector<double>(size_t(size * size), 0.0)});
        }
        ClusterMoments &moments = clusters[size_t(*it)];
        const double w = complete.weight(row);
        for (int j = 0; j < size; ++j) {
            centred[size_t(j)]
                = (j < p ? complete.at(row, j) : complete.y[size_t(row)]) - matrix.means[size_t(j)];
        }
        moments.sumWeights += w;
        for (int i = 0; i < size; ++i) {
            moments.sums[size_t(i)] += w * centred[size_t(i)];
            for (int j = i; j < size; ++j)
                moments.products[size_t(i * size + j)]
                    += w * centred[size_t(i)] * centred[size_t(j)];
        }
    }

    const bool shapleyIntervals = shapley && p <= options.bootstrapShapleyMaxDrivers;
    BootstrapResamples<Fit> resamples(options.bootstrapResamples, options.seed);
    resamples.run(options.threads, [&]() {
        return [&, counts = std::vector<int>(clusters.size()),
                sums = std::vector<double>(size_t(size), 0.0),
                products = std::vector<double>(size_t(size * size), 0.0)](SeededRandom &random,
                                                                          Fit &out) mutable {
            std::fill(counts.begin(), counts.end(), 0);
            const int clusterCount = int(clusters.size());
            for (int draw = 0; draw < clusterCount; ++draw)
                ++counts[size_t(random.below(clusterCount))];
            double sumWeights = 0.0;
            std::fill(sums.begin(), sums.end(), 0.0);
            std::fill(products.begin(), products.end(), 0.0);
            for (size_t c = 0; c < clusters.size(); ++c) {
                if (counts[c] == 0)
                    continue;
                const double k = counts[c];
                const ClusterMoments &moments = clusters[c];
                sumWeights += k * moments.sumWeights;
                for (int i = 0; i < size; ++i) {
                    sums[size_t(i)] += k * moments.sums[size_t(i)];
                    for (int j = i; j < size; ++j)
                        products[size_t(i * size + j)]
                            += k * moments.products[size_t(i * size + j)];
                }
            }
            const CorrelationMatrix resampled
                = CorrelationMatrix::fromMoments(size, sumWeights, sums, products);
            return fit(resampled, p, shapleyIntervals, 1, out);
        };
    });
    result.seed = options.seed;
    result.shapleyBootstrapped = shapleyIntervals;
    setDriverIntervals(result, resamples, options.level);
    if (shapleyIntervals) {
        for (int j = 0; j < p; ++j) {
            DriverImportanceRow &row = result.drivers[j];
            const size_t at = size_t(j);
            row.shapleyCi
                = resamples.interval(options.level, [at](const Fit &f) { return f.shapley[at]; });
            row.shapleyShareCi = resamples.interval(options.level, [at](const Fit &f) {
                return shareOfRSquared(f.shapley[at], f.rSquared);
            });
        }
    }
    return result;
}

QList<double> DriverImportance::rescaled(const QList<double> &shares, double scaleMin,
                                         double scaleMax)
{
    double largest = 0.0;
    for (const double share : shares)
        largest = std::max(largest, share);
    QList<double> result;
    for (const double share : shares) {
        result.append(largest > 0.0
                          ? scaleMin + (scaleMax - scaleMin) * std::max(share, 0.0) / largest
                          : qQNaN());
    }
    return result;
}

} // namespace Peakend
