#include "exactshapley.h"

#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace Peakend {

namespace {

// A driver whose residual variance falls below this adds nothing: it is (numerically) a
// combination of the drivers already in the subset.
constexpr double pivotTolerance = 1e-12;

// Per-thread workspace and per-task sums. A is p × (p + 1): A[j][k] = Σ R²(T) over subsets T
// of size k that contain j; total[k] = Σ R²(T) over all subsets of size k.
class Walker
{
public:
    explicit Walker(int p)
        : m_p(p)
        , m_matrices(size_t(p + 1), std::vector<double>(size_t((p + 1) * (p + 1))))
        , m_pending(size_t(p + 2), std::vector<double>(size_t(p + 3))) // sizes 0…p, and slack
        , m_candidates(size_t(p))
    {}

    void run(const std::vector<double> &correlation, int prefixLength, unsigned pattern, double *a,
             double *total)
    {
        m_a = a;
        const int p = m_p;
        const int dim = p + 1;
        // Sweep the prefix members out of the full matrix: the task's root subset.
        std::vector<double> full = correlation;
        double r2 = 0.0;
        int size = 0;
        for (int j = 0; j < prefixLength; ++j) {
            if (!(pattern & (1u << j)))
                continue;
            ++size;
            const double pivot = full[size_t(j * dim + j)];
            if (!(pivot > pivotTolerance))
                continue;
            const double b = full[size_t(j * dim + p)];
            r2 += b * b / pivot;
            const std::vector<double> pivotRow(full.begin() + j * dim,
                                               full.begin() + (j + 1) * dim);
            for (int i = 0; i < dim; ++i) {
                const double factor = pivotRow[size_t(i)] / pivot;
                for (int k = 0; k < dim; ++k)
                    full[size_t(i * dim + k)] -= factor * pivotRow[size_t(k)];
            }
        }
        const int m = p - prefixLength;
        for (int t = 0; t < m; ++t)
            m_candidates[size_t(t)] = prefixLength + t;
        std::vector<double> &root = m_matrices[0];
        for (int i = 0; i <= m; ++i) {
            const int fi = i < m ? prefixLength + i : p;
            for (int k = i; k <= m; ++k) {
                const int fk = k < m ? prefixLength + k : p;
                root[size_t(i * (m + 1) + k)] = full[size_t(fi * dim + fk)];
            }
        }
        std::vector<double> &pending = m_pending[0];
        std::fill(pending.begin(), pending.end(), 0.0);
        pending[size_t(size)] = r2;
        descend(0, m, 0, r2, size);
        for (int k = 0; k <= p; ++k) {
            total[k] += pending[size_t(k)];
            for (int j = 0; j < prefixLength; ++j) {
                if (pattern & (1u << j))
                    a[j * (p + 1) + k] += pending[size_t(k)];
            }
        }
    }

private:
    // Node at this depth: its residual matrix (upper triangle) over m candidates, which start
    // at m_candidates[first], and the outcome last; its R² and subset size. The three smallest
    // kinds of subtree (seven eighths of all subsets) are summed in closed form, and the sums
    // every child adds to the two nearest sizes are kept in registers, not in memory.
    void descend(int depth, int m, int first, double r2, int size)
    {
        const double *matrix = m_matrices[size_t(depth)].data();
        const int dim = m + 1;
        const int stride = m_p + 1;
        const int childSize = size + 1;
        double *pending = m_pending[size_t(depth)].data();
        double *childPending = m_pending[size_t(depth + 1)].data();
        double sizeOne = 0.0; // Σ R² of the children
        double sizeTwo = 0.0; // Σ R² of the grandchildren
        const auto gain = [](double b, double a) {
            return a > pivotTolerance ? b * b / a : 0.0;
        };
        for (int t = 0; t < m; ++t) {
            const double *row = matrix + t * dim;
            const double pivot = row[t];
            const double inverse = pivot > pivotTolerance ? 1.0 / pivot : 0.0;
            const double childR2 = r2 + row[m] * row[m] * inverse;
            const int childM = m - t - 1;
            double *sizes = m_a + m_candidates[size_t(first + t)] * stride;
            sizeOne += childR2;
            sizes[childSize] += childR2;
            if (childM == 0) // a leaf: half of all subsets
                continue;
            if (childM <= 2) {
                // Candidates c (and d) remain: sweep t out of their rows by hand.
                const int c = t + 1;
                const double fc = row[c] * inverse;
                const double acc = matrix[c * dim + c] - fc * row[c];
                const double bc = matrix[c * dim + m] - fc * row[m];
                const double withC = childR2 + gain(bc, acc);
                double *sizesC = m_a + m_candidates[size_t(first + c)] * stride;
                sizesC[childSize + 1] += withC;
                if (childM == 1) {
                    sizes[childSize + 1] += withC;
                    sizeTwo += withC;
                    continue;
                }
                const int d = t + 2;
                const double fd = row[d] * inverse;
                const double acd = matrix[c * dim + d] - fc * row[d];
                const double add = matrix[d * dim + d] - fd * row[d];
                const double bd = matrix[d * dim + m] - fd * row[m];
                const double withD = childR2 + gain(bd, add);
                const double ratio = acc > pivotTolerance ? acd / acc : 0.0;
                const double withBoth = withC + gain(bd - ratio * bc, add - ratio * acd);
                double *sizesD = m_a + m_candidates[size_t(first + d)] * stride;
                sizesC[childSize + 2] += withBoth;
                sizesD[childSize + 1] += withD;
                sizesD[childSize + 2] += withBoth;
                sizes[childSize + 1] += withC + withD;
                sizes[childSize + 2] += withBoth;
                sizeTwo += withC + withD;
                pending[childSize + 2] += withBoth;
                continue;
            }
            std::fill(childPending + childSize, childPending + childSize + childM + 1, 0.0);
            double *child = m_matrices[size_t(depth + 1)].data();
            const int childDim = childM + 1;
            for (int i = 0; i < childDim; ++i) {
                const double factor = row[t + 1 + i] * inverse;
                const double *source = matrix + (t + 1 + i) * dim + t + 1;
                double *target = child + i * childDim;
                for (int k = i; k < childDim; ++k)
                    target[k] = source[k] - factor * row[t + 1 + k];
            }
            descend(depth + 1, childM, first + t + 1, childR2, childSize);
            sizeTwo += childPending[childSize + 1];
            sizes[childSize + 1] += childPending[childSize + 1];
            for (int k = childSize + 2; k <= childSize + childM; ++k) {
                sizes[k] += childPending[k];
                pending[k] += childPending[k];
            }
        }
        pending[childSize] += sizeOne;
        pending[childSize + 1] += sizeTwo;
    }

    int m_p;
    std::vector<std::vector<double>> m_matrices;
    std::vector<std::vector<double>> m_pending;
    std::vector<int> m_candidates;
    double *m_a = nullptr;
};

} // namespace

std::vector<double> ExactShapley::compute(const std::vector<double> &correlation, int p,
                                          int threads)
{
    if (p <= 0 || p > maxDrivers)
        return {};
    const int prefixLength = std::min(p, 8);
    const int taskCount = 1 << prefixLength;
    const size_t sumsSize = size_t((p + 1) * p + (p + 1));
    std::vector<double> sums(size_t(taskCount) * sumsSize, 0.0);
    std::atomic<int> nextTask{0};
    const auto work = [&]() {
        Walker walker(p);
        for (int task = nextTask++; task < taskCount; task = nextTask++) {
            double *a = sums.data() + size_t(task) * sumsSize;
            walker.run(correlation, prefixLength, unsigned(task), a, a + (p + 1) * p);
        }
    };
    // Below 2^14 subsets a second thread costs more to start than it saves.
    Parallel::run(p < 14 ? 1 : std::min(Parallel::threadCount(threads), taskCount), work);

    std::vector<double> a(size_t((p + 1) * p), 0.0);
    std::vector<double> total(size_t(p + 1), 0.0);
    for (int task = 0; task < taskCount; ++task) {
        const double *source = sums.data() + size_t(task) * sumsSize;
        for (size_t i = 0; i < a.size(); ++i)
            a[i] += source[i];
        for (int k = 0; k <= p; ++k)
            total[size_t(k)] += source[(p + 1) * p + k];
    }
    // LMG_j = Σ_k [mean gain from adding j to a size-k subset without j] / p.
    std::vector<double> lmg(size_t(p), 0.0);
    double binomial = 1.0; // C(p − 1, k)
    for (int k = 0; k < p; ++k) {
        for (int j = 0; j < p; ++j) {
            const double with = a[size_t(j * (p + 1) + k + 1)];
            const double without = total[size_t(k)] - a[size_t(j * (p + 1) + k)];
            lmg[size_t(j)] += (with - without) / (double(p) * binomial);
        }
        binomial = binomial * double(p - 1 - k) / double(k + 1);
    }
    return lmg;
}

} // namespace Peakend
