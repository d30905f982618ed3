#pragma once

#include <vector>

namespace Peakend {

// Exact Shapley value decomposition of R² (LMG: Lindeman, Merenda & Gold 1980; Grömping's
// relaimpo "lmg"): each driver's increase in R² averaged over all orderings of the drivers.
//
// Every one of the 2^p subsets is fitted once. Subsets are enumerated as a tree in which a
// child adds one driver with a higher index than its parent's, and each child's fit extends
// its parent's by one sweep of the residual correlation matrix, so a subset costs amortised
// O(1) rather than a regression. Sums of R² per subset size and per driver are folded up the
// tree as it unwinds, so nothing of size 2^p is ever stored. The first drivers' memberships
// split the tree into equal tasks, shared among threads; the result does not depend on how
// many threads ran (tasks are summed in a fixed order).
class ExactShapley
{
public:
    static constexpr int maxDrivers = 30;

    // correlation: (p + 1) × (p + 1), row-major, the outcome last, positive definite.
    // threads 0: one per core. Returns the p raw shares, which sum to the full model's R².
    static std::vector<double> compute(const std::vector<double> &correlation, int p,
                                       int threads = 0);
};

} // namespace Peakend
