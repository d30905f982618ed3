#pragma once

#include "driverdata.h"
#include "driverimportance.h"

#include <vector>

namespace Peakend {

// Derived importance for a binary outcome (satisfied or not, promoter or not): a logistic
// regression on the standardised drivers, and Tonidandel & LeBreton's (2010) relative weights
// for logistic regression. The drivers' orthogonal counterparts Z = X R⁻¹ᐟ² are fitted
// instead (the same model, b_Z = R¹ᐟ² b_X), their coefficients standardised as
// b · R / sd(logit p̂), where R² is the squared correlation of the outcome with the predicted
// probability, and each driver gets Σ_k Λ_jk² β_Zk² with Λ = R¹ᐟ². The weights sum to that
// R². Exact Shapley values are not computed for a binary outcome.
class LogisticImportance
{
public:
    struct Fit
    {
        double rSquared = qQNaN();
        std::vector<double> r;    // point-biserial correlation of each driver with the outcome
        std::vector<double> beta; // fully standardised logistic coefficients (Menard)
        std::vector<double> relativeWeights;
    };

    // complete: rows without a missing value, outcome 0 or 1; rowWeights: each row's weight
    // (survey weight × times drawn; 0 leaves it out). False when the model cannot be fitted:
    // a constant driver or outcome, or an outcome the drivers separate perfectly.
    static bool fit(const DriverData &complete, const std::vector<double> &rowWeights, Fit &out);

    // Fills result (n, excluded and the drivers' names already set) from the complete rows,
    // with cluster-bootstrap percentile intervals refitting every resample; false with
    // result.error set when the full sample cannot be fitted.
    static bool compute(const DriverData &complete, const ImportanceOptions &options,
                        ImportanceResult &result);
};

} // namespace Peakend
