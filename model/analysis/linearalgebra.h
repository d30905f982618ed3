#pragma once

#include <vector>

// Dense linear algebra for the small symmetric matrices of driver analysis (p ≤ 30):
// row-major std::vector<double> of size n × n.
namespace Peakend::LinearAlgebra {

// The leading k × k block of an n × n matrix, and the first k entries of its column c.
std::vector<double> leadingBlock(const std::vector<double> &a, int n, int k);
std::vector<double> column(const std::vector<double> &a, int n, int c, int k);

// In-place Cholesky factorisation A = L Lᵀ (lower triangle; the upper is zeroed). Returns
// the first pivot whose residual falls below tolerance × its diagonal, or -1 on success.
int cholesky(std::vector<double> &a, int n, double tolerance = 1e-10);

// Solves A x = b for symmetric positive-definite A; empty when A is (nearly) singular.
std::vector<double> solveSpd(std::vector<double> a, int n, std::vector<double> b);

// Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations:
// A = V diag(values) Vᵀ, eigenvectors in the columns of vectors.
void symmetricEigen(std::vector<double> a, int n, std::vector<double> &values,
                    std::vector<double> &vectors);

} // namespace Peakend::LinearAlgebra
