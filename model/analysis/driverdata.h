#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace Peakend {

// The observations of one driver analysis: an outcome (overall satisfaction, likelihood to
// recommend) and the drivers that may explain it (subprocess or factor ratings), one row
// per respondent × vendor. NaN marks a missing answer.
struct DriverData
{
    QString outcomeName;
    bool binary = false;  // the outcome is 0 or 1: a logistic model explains it
    QString outcomeError; // why there is no outcome (no rows then)
    QStringList driverNames;
    int rows = 0;
    std::vector<double> x;        // rows × drivers, row-major
    std::vector<double> y;        // rows
    std::vector<double> weights;  // rows; empty: every row weighs 1
    std::vector<qint64> clusters; // rows; the resampling unit (respondent); empty: each row

    int driverCount() const { return int(driverNames.size()); }
    double at(int row, int driver) const { return x[size_t(row * driverCount() + driver)]; }
    double weight(int row) const { return weights.empty() ? 1.0 : weights[size_t(row)]; }

    void appendRow(const std::vector<double> &drivers, double outcome, double weight = 1.0,
                   qint64 cluster = -1);

    // Room for this many rows, weighted and clustered (appendRow() then never reallocates).
    void reserve(int rowCount);
    // Rows with every driver and the outcome present (listwise deletion).
    DriverData complete() const;
    bool isComplete() const; // every row is: complete() would copy them all
};

// Weighted means and the correlation matrix of drivers and outcome, the outcome last:
// (p + 1) × (p + 1), row-major. Everything in derived importance follows from it.
struct CorrelationMatrix
{
    int size = 0; // p + 1
    std::vector<double> r;
    std::vector<double> means;
    std::vector<double> variances; // weighted, divided by the sum of weights

    double at(int i, int j) const { return r[size_t(i * size + j)]; }

    // Complete rows only: call DriverData::complete() first.
    static CorrelationMatrix of(const DriverData &data);
    // From weighted sums about a shift (the bootstrap's sufficient statistics).
    static CorrelationMatrix fromMoments(int size, double sumWeights,
                                         const std::vector<double> &sums,
                                         const std::vector<double> &crossProducts);
};

} // namespace Peakend
