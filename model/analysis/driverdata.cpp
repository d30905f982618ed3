#include "driverdata.h"

#include <algorithm>
#include <cmath>

namespace Peakend {

void DriverData::appendRow(const std::vector<double> &drivers, double outcome, double weight,
                           qint64 cluster)
{
    Q_ASSERT(int(drivers.size()) == driverCount());
    x.insert(x.end(), drivers.begin(), drivers.end());
    y.push_back(outcome);
    if (weight != 1.0 && weights.empty())
        weights.assign(size_t(rows), 1.0);
    if (!weights.empty() || weight != 1.0) // the first row's weight too
        weights.push_back(weight);
    if (cluster >= 0 || !clusters.empty()) {
        // Rows without a cluster are their own unit (negative keys never clash with ids).
        while (int(clusters.size()) < rows)
            clusters.push_back(-1 - qint64(clusters.size()));
        clusters.push_back(cluster >= 0 ? cluster : -1 - rows);
    }
    ++rows;
}

void DriverData::reserve(int rowCount)
{
    x.reserve(size_t(rowCount) * size_t(driverCount()));
    y.reserve(size_t(rowCount));
    weights.reserve(size_t(rowCount));
    clusters.reserve(size_t(rowCount));
}

bool DriverData::isComplete() const
{
    return std::none_of(x.cbegin(), x.cend(), [](double value) { return std::isnan(value); })
           && std::none_of(y.cbegin(), y.cend(), [](double value) { return std::isnan(value); });
}

DriverData DriverData::complete() const
{
    DriverData result;
    result.outcomeName = outcomeName;
    result.binary = binary;
    result.driverNames = driverNames;
    const int p = driverCount();
    for (int row = 0; row < rows; ++row) {
        bool present = !std::isnan(y[size_t(row)]);
        for (int j = 0; j < p && present; ++j)
            present = !std::isnan(at(row, j));
        if (!present)
            continue;
        result.x.insert(result.x.end(), x.begin() + row * p, x.begin() + (row + 1) * p);
        result.y.push_back(y[size_t(row)]);
        if (!weights.empty())
            result.weights.push_back(weights[size_t(row)]);
        if (!clusters.empty())
            result.clusters.push_back(clusters[size_t(row)]);
        ++result.rows;
    }
    return result;
}

CorrelationMatrix CorrelationMatrix::of(const DriverData &data)
{
    // Two passes: means first, then sums of products about them, for accuracy.
    const int p = data.driverCount();
    const int size = p + 1;
    const auto value = [&data, p](int row, int j) {
        return j < p ? data.at(row, j) : data.y[size_t(row)];
    };
    double sumWeights = 0.0;
    std::vector<double> means(size_t(size), 0.0);
    for (int row = 0; row < data.rows; ++row) {
        const double w = data.weight(row);
        sumWeights += w;
        for (int j = 0; j < size; ++j)
            means[size_t(j)] += w * value(row, j);
    }
    for (double &mean : means)
        mean /= sumWeights;
    std::vector<double> products(size_t(size * size), 0.0);
    std::vector<double> centred(size_t(size), 0.0);
    for (int row = 0; row < data.rows; ++row) {
        const double w = data.weight(row);
        for (int j = 0; j < size; ++j)
            centred[size_t(j)] = value(row, j) - means[size_t(j)];
        for (int i = 0; i < size; ++i) {
            const double wi = w * centred[size_t(i)];
            for (int j = i; j < size; ++j)
                products[size_t(i * size + j)] += wi * centred[size_t(j)];
        }
    }
    CorrelationMatrix result
        = fromMoments(size, sumWeights, std::vector<double>(size_t(size), 0.0), products);
    result.means = means;
    return result;
}

CorrelationMatrix CorrelationMatrix::fromMoments(int size, double sumWeights,
                                                 const std::vector<double> &sums,
                                                 const std::vector<double> &crossProducts)
{
    // crossProducts holds Σ w·xᵢ·xⱼ in its upper triangle, about the same shift as sums.
    CorrelationMatrix result;
    result.size = size;
    result.means.resize(size_t(size));
    result.variances.resize(size_t(size));
    result.r.assign(size_t(size * size), 0.0);
    for (int i = 0; i < size; ++i)
        result.means[size_t(i)] = sums[size_t(i)] / sumWeights;
    const auto covariance = [&](int i, int j) {
        return crossProducts[size_t(i * size + j)] / sumWeights
               - result.means[size_t(i)] * result.means[size_t(j)];
    };
    for (int i = 0; i < size; ++i)
        result.variances[size_t(i)] = std::max(covariance(i, i), 0.0);
    for (int i = 0; i < size; ++i) {
        result.r[size_t(i * size + i)] = 1.0;
        for (int j = i + 1; j < size; ++j) {
            const double denominator
                = std::sqrt(result.variances[size_t(i)] * result.variances[size_t(j)]);
            const double r = denominator > 0.0 ? covariance(i, j) / denominator : 0.0;
            result.r[size_t(i * size + j)] = r;
            result.r[size_t(j * size + i)] = r;
        }
    }
    return result;
}

} // namespace Peakend
