#pragma once

#include <vector>

namespace Peakend {

// Johnson's relative weights (2000): regress the outcome on the orthogonal counterparts
// Z = X R⁻¹ᐟ² of the drivers, then give each driver the squared loadings Λ = R¹ᐟ² of the Z's
// it is made of times their squared betas. The weights sum to the full model's R².
class RelativeWeights
{
public:
    // correlation: (p + 1) × (p + 1), row-major, the outcome last, positive definite.
    static std::vector<double> compute(const std::vector<double> &correlation, int p);
};

} // namespace Peakend
