#include "logisticimportance.h"

#include "driverfits.h"
#include "linearalgebra.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Peakend {

namespace {

constexpr int maxIterations = 60;
constexpr double largestCoefficient = 30.0; // on standardised drivers: the data separate
constexpr double tolerance = 1e-10;

} // namespace

bool LogisticImportance::fit(const DriverData &complete, const std::vector<double> &rowWeights,
                             Fit &out)
{
    const int p = complete.driverCount();
    const int size = p + 1;
    std::vector<int> rows;
    double sumWeights = 0.0;
    for (int i = 0; i < complete.rows; ++i) {
        if (rowWeights[size_t(i)] > 0.0) {
            rows.push_back(i);
            sumWeights += rowWeights[size_t(i)];
        }
    }
    if (!(sumWeights > 0.0))
        return false;
    // Weighted means and standard deviations (divided by the sum of weights), the outcome last.
    std::vector<double> mean(size_t(size), 0.0);
    std::vector<double> sd(size_t(size), 0.0);
    const auto value = [&](int row, int j) {
        return j < p ? complete.at(row, j) : complete.y[size_t(row)];
    };
    for (const int row : rows) {
        for (int j = 0; j < size; ++j)
            mean[size_t(j)] += rowWeights[size_t(row)] * value(row, j);
    }
    for (double &m : mean)
        m /= sumWeights;
    for (const int row : rows) {
        for (int j = 0; j < size; ++j) {
            const double d = value(row, j) - mean[size_t(j)];
            sd[size_t(j)] += rowWeights[size_t(row)] * d * d;
        }
    }
    for (double &s : sd) {
        s = std::sqrt(s / sumWeights);
        if (!(s > 1e-12))
            return false;
    }
    // Standardised drivers z, with a leading 1 for the intercept.
    std::vector<double> z(rows.size() * size_t(size));
    for (size_t i = 0; i < rows.size(); ++i) {
        z[i * size_t(size)] = 1.0;
        for (int j = 0; j < p; ++j)
            z[i * size_t(size) + size_t(j + 1)]
                = (value(rows[i], j) - mean[size_t(j)]) / sd[size_t(j)];
    }
    // Correlations among the drivers and with the outcome.
    std::vector<double> rxx(size_t(p * p), 0.0);
    out.r.assign(size_t(p), 0.0);
    for (size_t i = 0; i < rows.size(); ++i) {
        const double w = rowWeights[size_t(rows[i])] / sumWeights;
        const double *zi = &z[i * size_t(size) + 1];
        const double y = (complete.y[size_t(rows[i])] - mean[size_t(p)]) / sd[size_t(p)];
        for (int j = 0; j < p; ++j) {
            out.r[size_t(j)] += w * zi[j] * y;
            for (int k = 0; k < p; ++k)
                rxx[size_t(j * p + k)] += w * zi[j] * zi[k];
        }
    }

    // Newton–Raphson (iteratively reweighted least squares) on [1, z].
    std::vector<double> theta(size_t(size), 0.0);
    theta[0] = std::log(mean[size_t(p)] / (1.0 - mean[size_t(p)]));
    std::vector<double> eta(rows.size());
    std::vector<double> mu(rows.size());
    bool converged = false;
    for (int iteration = 0; iteration < maxIterations && !converged; ++iteration) {
        std::vector<double> gradient(size_t(size), 0.0);
        std::vector<double> hessian(size_t(size * size), 0.0);
        for (size_t i = 0; i < rows.size(); ++i) {
            const double *zi = &z[i * size_t(size)];
            double e = 0.0;
            for (int j = 0; j < size; ++j)
                e += theta[size_t(j)] * zi[j];
            const double m = 1.0 / (1.0 + std::exp(-e));
            const double w = rowWeights[size_t(rows[i])];
            const double residual = w * (complete.y[size_t(rows[i])] - m);
            const double curvature = w * m * (1.0 - m);
            for (int j = 0; j < size; ++j) {
                gradient[size_t(j)] += residual * zi[j];
                for (int k = j; k < size; ++k)
                    hessian[size_t(j * size + k)] += curvature * zi[j] * zi[k];
            }
        }
        for (int j = 0; j < size; ++j) {
            for (int k = 0; k < j; ++k)
                hessian[size_t(j * size + k)] = hessian[size_t(k * size + j)];
        }
        const std::vector<double> step = LinearAlgebra::solveSpd(hessian, size, gradient);
        if (step.empty())
            return false;
        double largestStep = 0.0;
        for (int j = 0; j < size; ++j) {
            theta[size_t(j)] += step[size_t(j)];
            largestStep = std::max(largestStep,
                                   std::abs(step[size_t(j)]) / (1.0 + std::abs(theta[size_t(j)])));
            if (!(std::abs(theta[size_t(j)]) < largestCoefficient))
                return false;
        }
        converged = largestStep < tolerance;
    }
    if (!converged)
        return false;

    // R² of the outcome with the predicted probability, and the spread of the predicted logit.
    double meanEta = 0.0;
    double meanMu = 0.0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const double *zi = &z[i * size_t(size)];
        double e = 0.0;
        for (int j = 0; j < size; ++j)
            e += theta[size_t(j)] * zi[j];
        eta[i] = e;
        mu[i] = 1.0 / (1.0 + std::exp(-e));
        const double w = rowWeights[size_t(rows[i])] / sumWeights;
        meanEta += w * e;
        meanMu += w * mu[i];
    }
    double varEta = 0.0;
    double varMu = 0.0;
    double covariance = 0.0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const double w = rowWeights[size_t(rows[i])] / sumWeights;
        const double y = complete.y[size_t(rows[i])] - mean[size_t(p)];
        varEta += w * (eta[i] - meanEta) * (eta[i] - meanEta);
        varMu += w * (mu[i] - meanMu) * (mu[i] - meanMu);
        covariance += w * y * (mu[i] - meanMu);
    }
    if (!(varEta > 0.0) || !(varMu > 0.0))
        return false;
    const double varY = sd[size_t(p)] * sd[size_t(p)];
    out.rSquared = covariance * covariance / (varY * varMu);
    const double scale = std::sqrt(out.rSquared / varEta);

    // Λ = R¹ᐟ², b_Z = Λ b_X, weights Σ_k Λ_jk² β_Zk².
    std::vector<double> eigenvalues;
    std::vector<double> v;
    LinearAlgebra::symmetricEigen(rxx, p, eigenvalues, v);
    std::vector<double> lambda(size_t(p * p), 0.0);
    for (int i = 0; i < p; ++i) {
        for (int j = 0; j < p; ++j) {
            double s = 0.0;
            for (int k = 0; k < p; ++k)
                s += v[size_t(i * p + k)] * std::sqrt(std::max(eigenvalues[size_t(k)], 0.0))
                     * v[size_t(j * p + k)];
            lambda[size_t(i * p + j)] = s;
        }
    }
    out.beta.assign(size_t(p), 0.0);
    std::vector<double> betaZ(size_t(p), 0.0);
    for (int k = 0; k < p; ++k) {
        out.beta[size_t(k)] = theta[size_t(k + 1)] * scale;
        for (int j = 0; j < p; ++j)
            betaZ[size_t(k)] += lambda[size_t(k * p + j)] * theta[size_t(j + 1)] * scale;
    }
    out.relativeWeights.assign(size_t(p), 0.0);
    for (int j = 0; j < p; ++j) {
        for (int k = 0; k < p; ++k) {
            const double loading = lambda[size_t(j * p + k)];
            out.relativeWeights[size_t(j)]
                += loading * loading * betaZ[size_t(k)] * betaZ[size_t(k)];
        }
    }
    return true;
}

bool LogisticImportance::compute(const DriverData &complete, const ImportanceOptions &options,
                                 ImportanceResult &result)
{
    result.model = ImportanceResult::Model::Logistic;
    result.hasShapley = false;
    std::vector<double> weights(size_t(complete.rows));
    for (int row = 0; row < complete.rows; ++row)
        weights[size_t(row)] = complete.weight(row);
    Fit full;
    if (!fit(complete, weights, full)) {
        result.error = DriverImportance::tr(
                           "The logistic model of %1 cannot be fitted: the drivers separate "
                           "yes from no perfectly, or one of them never varies. Use fewer "
                           "drivers or more responses.")
                           .arg(DriverImportance::tr("“%1”").arg(complete.outcomeName));
        return false;
    }
    setDriverRows(result, full, complete.driverNames);
    if (options.bootstrapResamples <= 0)
        return true;

    // Cluster bootstrap, as for the linear model, but every resample is refitted.
    QHash<qint64, int> clusterIndex;
    std::vector<std::vector<int>> clusters;
    for (int row = 0; row < complete.rows; ++row) {
        const qint64 key = complete.clusters.empty() ? row : complete.clusters[size_t(row)];
        auto it = clusterIndex.find(key);
        if (it == clusterIndex.end()) {
            it = clusterIndex.insert(key, int(clusters.size()));
            clusters.emplace_back();
        }
        clusters[size_t(*it)].push_back(row);
    }
    BootstrapResamples<Fit> resamples(options.bootstrapResamples, options.seed);
    resamples.run(
        options.threads,
        [&]() {
            return [&, drawn = std::vector<double>(size_t(complete.rows), 0.0)](
                       SeededRandom &random, Fit &out) mutable {
                std::fill(drawn.begin(), drawn.end(), 0.0);
                const int clusterCount = int(clusters.size());
                for (int draw = 0; draw < clusterCount; ++draw) {
                    for (const int row : clusters[size_t(random.below(clusterCount))])
                        drawn[size_t(row)] += weights[size_t(row)];
                }
                return fit(complete, drawn, out);
            };
        },
        options.progress.get());
    if (options.progress && options.progress->cancelled)
        return true; // the estimates, without the intervals of a bootstrap cut short
    result.seed = options.seed;
    setDriverIntervals(result, resamples, options.level);
    return true;
}

} // namespace Peakend
