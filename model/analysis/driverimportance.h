#pragma once

#include "descriptive.h"
#include "driverdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QtNumeric>

#include <atomic>
#include <memory>

namespace Peakend {

// Lets another thread follow a bootstrap and stop it: resamples are counted as they are
// fitted; once cancelled, no further batch starts and the result has no intervals.
struct BootstrapProgress
{
    std::atomic<int> planned{0}; // resamples of every bootstrap begun with this
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
};

struct ImportanceOptions
{
    bool shapley = true;           // exact LMG (up to ExactShapley::maxDrivers drivers)
    int bootstrapResamples = 1000; // 0: no confidence intervals
    quint64 seed = 1;              // fixed: the same data give the same intervals
    double level = 0.95;
    // Bootstrapping LMG refits 2^p subsets per resample; above this many drivers the LMG
    // intervals are left out (the RW intervals, nearly the same ranking, remain).
    int bootstrapShapleyMaxDrivers = 12;
    // Past this many respondents each resample draws this many of them (an m-out-of-n
    // bootstrap, its spread scaled by √(m / n)): the time stays bounded. 0: no limit.
    int bootstrapDrawLimit = 50000;
    int threads = 0;                             // 0: one per core
    std::shared_ptr<BootstrapProgress> progress; // optional; shared by every analysis given it
};

// One driver's derived importance (DESIGN.md §2.3). Shares are percentages of R².
struct DriverImportanceRow
{
    QString name;
    double r = qQNaN();    // Pearson correlation with the outcome
    double beta = qQNaN(); // standardised coefficient in the full model
    double relativeWeight = qQNaN();
    double relativeWeightShare = qQNaN();
    double shapley = qQNaN(); // LMG
    double shapleyShare = qQNaN();
    int sign = 0; // of the full-model beta: importance is unsigned, the direction is not
    Interval rCi;
    Interval betaCi;
    Interval relativeWeightCi; // in R² units, like relativeWeight
    Interval shapleyCi;        // in R² units, like shapley
    // In % of R², like the shares: the percentile interval of each resample's share.
    Interval relativeWeightShareCi;
    Interval shapleyShareCi;
};

struct ImportanceResult
{
    // Linear: OLS betas, Johnson's relative weights and Shapley values of R². Logistic (a
    // binary outcome): standardised logistic coefficients and Tonidandel & LeBreton's relative
    // weights of R² = the squared correlation of the outcome with the predicted probability.
    enum class Model { Linear, Logistic };
    Model model = Model::Linear;
    QString error; // empty when computed; otherwise what is wrong, naming the drivers
    QString outcomeName;
    int n = 0;        // complete rows used (listwise deletion)
    int excluded = 0; // rows left out for a missing value
    double rSquared = qQNaN();
    Interval rSquaredCi;
    QList<DriverImportanceRow> drivers;
    bool hasShapley = false;
    bool shapleyBootstrapped = false;
    int resamples = 0; // bootstrap resamples that could be fitted
    // Respondents resampled (n) and drawn by each resample (m); m < n: an m-out-of-n bootstrap.
    int bootstrapUnits = 0;
    int bootstrapDraws = 0;
    quint64 seed = 0;
    double level = 0.95;

    bool isValid() const { return error.isEmpty(); }
};

// Pearson r, standardised betas, R², Johnson's relative weights and exact Shapley/LMG with
// cluster-bootstrap percentile intervals (whole respondents are resampled, survey weights
// kept), after listwise deletion.
class DriverImportance
{
    Q_DECLARE_TR_FUNCTIONS(DriverImportance)

public:
    static ImportanceResult compute(const DriverData &data, const ImportanceOptions &options = {});

    // The importance rescaled to a rating scale for CEM step 2d: the largest share maps to
    // the top of the scale and a share of zero to its bottom.
    static QList<double> rescaled(const QList<double> &shares, double scaleMin, double scaleMax);
};

} // namespace Peakend
