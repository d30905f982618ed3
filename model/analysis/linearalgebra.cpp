#include "linearalgebra.h"

#include <algorithm>
#include <cmath>

namespace Peakend::LinearAlgebra {

std::vector<double> leadingBlock(const std::vector<double> &a, int n, int k)
{
    std::vector<double> block(static_cast<size_t>(k * k));
    for (int i = 0; i < k; ++i)
        std::copy(a.begin() + i * n, a.begin() + i * n + k, block.begin() + i * k);
    return block;
}

std::vector<double> column(const std::vector<double> &a, int n, int c, int k)
{
    std::vector<double> result(static_cast<size_t>(k));
    for (int i = 0; i < k; ++i)
        result[size_t(i)] = a[size_t(i * n + c)];
    return result;
}

int cholesky(std::vector<double> &a, int n, double tolerance)
{
    for (int j = 0; j < n; ++j) {
        const double diagonal = a[size_t(j * n + j)];
        double d = diagonal;
        for (int k = 0; k < j; ++k)
            d -= a[size_t(j * n + k)] * a[size_t(j * n + k)];
        if (!(d > tolerance * diagonal))
            return j;
        const double l = std::sqrt(d);
        a[size_t(j * n + j)] = l;
        for (int i = j + 1; i < n; ++i) {
            double s = a[size_t(i * n + j)];
            for (int k = 0; k < j; ++k)
                s -= a[size_t(i * n + k)] * a[size_t(j * n + k)];
            a[size_t(i * n + j)] = s / l;
        }
        for (int i = 0; i < j; ++i)
            a[size_t(i * n + j)] = 0.0;
    }
    return -1;
}

std::vector<double> solveSpd(std::vector<double> a, int n, std::vector<double> b)
{
    if (cholesky(a, n) >= 0)
        return {};
    for (int i = 0; i < n; ++i) { // L y = b
        for (int k = 0; k < i; ++k)
            b[size_t(i)] -= a[size_t(i * n + k)] * b[size_t(k)];
        b[size_t(i)] /= a[size_t(i * n + i)];
    }
    for (int i = n - 1; i >= 0; --i) { // Lᵀ x = y
        for (int k = i + 1; k < n; ++k)
            b[size_t(i)] -= a[size_t(k * n + i)] * b[size_t(k)];
        b[size_t(i)] /= a[size_t(i * n + i)];
    }
    return b;
}

void symmetricEigen(std::vector<double> a, int n, std::vector<double> &values,
                    std::vector<double> &vectors)
{
    const auto at = [n](int i, int j) {
        return size_t(i * n + j);
    };
    vectors.assign(size_t(n * n), 0.0);
    for (int i = 0; i < n; ++i)
        vectors[at(i, i)] = 1.0;
    for (int sweep = 0; sweep < 100; ++sweep) {
        double offDiagonal = 0.0;
        double scale = 0.0;
        for (int i = 0; i < n; ++i) {
            scale += a[at(i, i)] * a[at(i, i)];
            for (int j = i + 1; j < n; ++j)
                offDiagonal += a[at(i, j)] * a[at(i, j)];
        }
        if (offDiagonal <= 1e-32 * scale)
            break;
        for (int p = 0; p < n; ++p) {
            for (int q = p + 1; q < n; ++q) {
                const double apq = a[at(p, q)];
                if (apq == 0.0)
                    continue;
                // Rotation that zeroes a(p,q) (Golub & Van Loan, algorithm 8.4.1).
                const double tau = (a[at(q, q)] - a[at(p, p)]) / (2.0 * apq);
                const double t
                    = (tau >= 0.0 ? 1.0 : -1.0) / (std::abs(tau) + std::sqrt(1.0 + tau * tau));
                const double c = 1.0 / std::sqrt(1.0 + t * t);
                const double s = t * c;
                for (int k = 0; k < n; ++k) {
                    const double akp = a[at(k, p)];
                    const double akq = a[at(k, q)];
                    a[at(k, p)] = c * akp - s * akq;
                    a[at(k, q)] = s * akp + c * akq;
                }
                for (int k = 0; k < n; ++k) {
                    const double apk = a[at(p, k)];
                    const double aqk = a[at(q, k)];
                    a[at(p, k)] = c * apk - s * aqk;
                    a[at(q, k)] = s * apk + c * aqk;
                }
                for (int k = 0; k < n; ++k) {
                    const double vkp = vectors[at(k, p)];
                    const double vkq = vectors[at(k, q)];
                    vectors[at(k, p)] = c * vkp - s * vkq;
                    vectors[at(k, q)] = s * vkp + c * vkq;
                }
            }
        }
    }
    values.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        values[size_t(i)] = a[at(i, i)];
}

} // namespace Peakend::LinearAlgebra
