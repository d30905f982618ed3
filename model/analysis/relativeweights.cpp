#include "relativeweights.h"

#include "linearalgebra.h"

#include <algorithm>
#include <cmath>

namespace Peakend {

std::vector<double> RelativeWeights::compute(const std::vector<double> &correlation, int p)
{
    const std::vector<double> rxx = LinearAlgebra::leadingBlock(correlation, p + 1, p);
    const std::vector<double> rxy = LinearAlgebra::column(correlation, p + 1, p, p);
    std::vector<double> eigenvalues;
    std::vector<double> v;
    LinearAlgebra::symmetricEigen(rxx, p, eigenvalues, v);
    // Λ = V diag(√λ) Vᵀ and β = V diag(1/√λ) Vᵀ rxy.
    std::vector<double> root(size_t(p), 0.0);
    std::vector<double> projected(size_t(p), 0.0); // diag(1/√λ) Vᵀ rxy
    for (int k = 0; k < p; ++k) {
        root[size_t(k)] = std::sqrt(std::max(eigenvalues[size_t(k)], 0.0));
        double s = 0.0;
        for (int i = 0; i < p; ++i)
            s += v[size_t(i * p + k)] * rxy[size_t(i)];
        projected[size_t(k)] = root[size_t(k)] > 0.0 ? s / root[size_t(k)] : 0.0;
    }
    std::vector<double> beta(size_t(p), 0.0);
    std::vector<double> loading(size_t(p * p), 0.0);
    for (int i = 0; i < p; ++i) {
        for (int k = 0; k < p; ++k)
            beta[size_t(i)] += v[size_t(i * p + k)] * projected[size_t(k)];
        for (int j = 0; j < p; ++j) {
            double s = 0.0;
            for (int k = 0; k < p; ++k)
                s += v[size_t(i * p + k)] * root[size_t(k)] * v[size_t(j * p + k)];
            loading[size_t(i * p + j)] = s;
        }
    }
    std::vector<double> weights(size_t(p), 0.0);
    for (int j = 0; j < p; ++j) {
        for (int k = 0; k < p; ++k)
            weights[size_t(j)] += loading[size_t(j * p + k)] * loading[size_t(j * p + k)]
                                  * beta[size_t(k)] * beta[size_t(k)];
    }
    return weights;
}

} // namespace Peakend
