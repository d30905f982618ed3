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
#include <optional>

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

// The resampling units (respondents, each with all their rows) and their weighted sums about
// the full sample's means, packed: the sum of weights, the p + 1 sums, then the upper triangle
// of the cross products. A resample's moments are the units' summed with the number of times
// it drew each. They are summed again for each batch of resamples rather than kept: a unit's
// rows take far less memory than its moments (20,000 respondents × 25 drivers: 65 MB).
struct ResamplingUnits
{
    const DriverData &rows;
    const std::vector<double> &means;
    int size = 0;              // p + 1
    int stride = 0;            // 1 + size + size·(size + 1) / 2
    std::vector<int> firstRow; // per unit, into unitRows; one past the end last
    std::vector<int> unitRows; // the rows of each unit in turn, in row order

    int count() const { return int(firstRow.size()) - 1; }

    ResamplingUnits(const DriverData &complete, const std::vector<double> &centre)
        : rows(complete)
        , means(centre)
        , size(complete.driverCount() + 1)
        , stride(1 + size + size * (size + 1) / 2)
    {
        QHash<qint64, int> unitIndex; // in order of first appearance
        std::vector<int> unitOfRow(size_t(complete.rows));
        std::vector<int> rowsPerUnit;
        for (int row = 0; row < complete.rows; ++row) {
            const qint64 key = complete.clusters.empty() ? row : complete.clusters[size_t(row)];
            const auto it = unitIndex.constFind(key);
            const int unit = it == unitIndex.cend() ? int(rowsPerUnit.size()) : *it;
            if (unit == int(rowsPerUnit.size())) {
                unitIndex.insert(key, unit);
                rowsPerUnit.push_back(0);
            }
            unitOfRow[size_t(row)] = unit;
            ++rowsPerUnit[size_t(unit)];
        }
        firstRow.assign(rowsPerUnit.size() + 1, 0);
        for (size_t unit = 0; unit < rowsPerUnit.size(); ++unit)
            firstRow[unit + 1] = firstRow[unit] + rowsPerUnit[unit];
        unitRows.resize(size_t(complete.rows));
        std::vector<int> next(firstRow.begin(), firstRow.end() - 1);
        for (int row = 0; row < complete.rows; ++row)
            unitRows[size_t(next[size_t(unitOfRow[size_t(row)])]++)] = row;
    }

    // The unit's packed moments into out (stride doubles); centred is scratch of size doubles.
    void moments(int unit, double *out, double *centred) const
    {
        const int p = size - 1;
        std::fill(out, out + stride, 0.0);
        for (int at = firstRow[size_t(unit)]; at < firstRow[size_t(unit) + 1]; ++at) {
            const int row = unitRows[size_t(at)];
            const double w = rows.weight(row);
            for (int j = 0; j < size; ++j)
                centred[j] = (j < p ? rows.at(row, j) : rows.y[size_t(row)]) - means[size_t(j)];
            out[0] += w;
            double *product = out + 1 + size;
            for (int i = 0; i < size; ++i) {
                out[1 + i] += w * centred[i];
                for (int j = i; j < size; ++j)
                    *product++ += w * centred[i] * centred[j];
            }
        }
    }

    // The correlation matrix of packed totals.
    CorrelationMatrix matrix(const double *totals) const
    {
        std::vector<double> sums(totals + 1, totals + 1 + size);
        std::vector<double> products(size_t(size * size), 0.0);
        const double *product = totals + 1 + size;
        for (int i = 0; i < size; ++i) {
            for (int j = i; j < size; ++j)
                products[size_t(i * size + j)] = *product++;
        }
        return CorrelationMatrix::fromMoments(size, totals[0], sums, products);
    }
};

// Resamples drawn and summed together: each unit's moments are made once per batch, and the
// batch's totals (32 × 406 doubles at 25 drivers) stay in the cache.
constexpr int resamplesPerBatch = 32;

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
    std::optional<DriverData> completeRows; // a copy only when rows are left out
    if (!data.isComplete())
        completeRows = data.complete();
    const DriverData &complete = completeRows ? *completeRows : data;
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
    // Past options.bootstrapDrawLimit respondents, each resample draws that many (an m-out-of-n
    // bootstrap, its spread scaled by √(m / n)), so that the time stays bounded.
    const ResamplingUnits resampled(complete, matrix.means);
    const int units = resampled.count();
    const int draws
        = options.bootstrapDrawLimit > 0 ? std::min(units, options.bootstrapDrawLimit) : units;
    const bool shapleyIntervals = shapley && p <= options.bootstrapShapleyMaxDrivers;
    BootstrapResamples<Fit> resamples(options.bootstrapResamples, options.seed);
    if (draws < units)
        resamples.scaleAbout(full, std::sqrt(double(draws) / double(units)));
    resamples.runInBatches(
        options.threads, resamplesPerBatch,
        [&]() {
            const size_t stride = size_t(resampled.stride);
            return [&, stride, counts = std::vector<int>(), totals = std::vector<double>(),
                    moments = std::vector<double>(stride),
                    centred = std::vector<double>(size_t(resampled.size))](
                       std::vector<SeededRandom> &randoms, Fit *fits, char *fitted) mutable {
                const size_t batch = randoms.size();
                counts.assign(size_t(units) * batch, 0);
                for (size_t b = 0; b < batch; ++b) {
                    for (int draw = 0; draw < draws; ++draw)
                        ++counts[size_t(randoms[b].below(units)) * batch + b];
                }
                totals.assign(stride * batch, 0.0);
                for (size_t unit = 0; unit < size_t(units); ++unit) {
                    const int *k = counts.data() + unit * batch;
                    if (std::all_of(k, k + batch, [](int times) { return times == 0; }))
                        continue;
                    resampled.moments(int(unit), moments.data(), centred.data());
                    for (size_t b = 0; b < batch; ++b) {
                        if (k[b] == 0)
                            continue;
                        const double times = k[b];
                        double *to = totals.data() + b * stride;
                        for (size_t i = 0; i < stride; ++i)
                            to[i] += times * moments[i];
                    }
                }
                for (size_t b = 0; b < batch; ++b) {
                    fitted[b] = fit(resampled.matrix(totals.data() + b * stride), p,
                                    shapleyIntervals, 1, fits[b]);
                }
            };
        },
        options.progress.get());
    if (options.progress && options.progress->cancelled)
        return result; // the estimates, without the intervals of a bootstrap cut short
    result.bootstrapUnits = units;
    result.bootstrapDraws = draws;
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
