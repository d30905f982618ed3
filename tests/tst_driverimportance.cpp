#include "analysis/driverimportance.h"
#include "analysis/exactshapley.h"
#include "analysis/relativeweights.h"
#include "analysis/seededrandom.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace Peakend;

namespace {

// mpg ~ cyl + disp + hp + wt on R's mtcars (DESIGN.md §6).
DriverData mtcars(const QStringList &drivers = {QStringLiteral("cyl"), QStringLiteral("disp"),
                                                QStringLiteral("hp"), QStringLiteral("wt")})
{
    QFile file(QStringLiteral(PEAKEND_FIXTURES "/analysis/mtcars.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    DriverData data;
    data.outcomeName = QStringLiteral("mpg");
    data.driverNames = drivers;
    while (!file.atEnd()) {
        const QStringList cells
            = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        std::vector<double> x;
        for (const QString &driver : drivers)
            x.push_back(cells.at(header.indexOf(driver)).toDouble());
        data.appendRow(x, cells.at(header.indexOf(QStringLiteral("mpg"))).toDouble());
    }
    return data;
}

// R² of the least-squares fit of y on the given columns, by modified Gram–Schmidt on the
// centred data: deliberately nothing like the correlation-matrix sweeps under test.
double bruteR2(const std::vector<std::vector<double>> &columns, const std::vector<double> &y,
               const std::vector<int> &subset)
{
    const size_t n = y.size();
    const auto centred = [n](std::vector<double> v) {
        const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(n);
        for (double &value : v)
            value -= mean;
        return v;
    };
    const std::vector<double> yc = centred(y);
    std::vector<std::vector<double>> basis;
    for (const int j : subset) {
        std::vector<double> v = centred(columns[size_t(j)]);
        for (const std::vector<double> &q : basis) {
            const double dot = std::inner_product(v.begin(), v.end(), q.begin(), 0.0);
            for (size_t i = 0; i < n; ++i)
                v[i] -= dot * q[i];
        }
        const double norm = std::sqrt(std::inner_product(v.begin(), v.end(), v.begin(), 0.0));
        for (double &value : v)
            value /= norm;
        basis.push_back(v);
    }
    double explained = 0.0;
    for (const std::vector<double> &q : basis) {
        const double dot = std::inner_product(yc.begin(), yc.end(), q.begin(), 0.0);
        explained += dot * dot;
    }
    return explained / std::inner_product(yc.begin(), yc.end(), yc.begin(), 0.0);
}

// Shapley by its definition: the mean over all p! orderings of each driver's gain in R².
std::vector<double> bruteShapley(const std::vector<std::vector<double>> &columns,
                                 const std::vector<double> &y)
{
    const int p = int(columns.size());
    std::vector<double> r2ofMask(size_t(1) << p);
    for (unsigned mask = 0; mask < (1u << p); ++mask) {
        std::vector<int> subset;
        for (int j = 0; j < p; ++j) {
            if (mask & (1u << j))
                subset.push_back(j);
        }
        r2ofMask[mask] = bruteR2(columns, y, subset);
    }
    std::vector<int> order(static_cast<size_t>(p));
    std::iota(order.begin(), order.end(), 0);
    std::vector<double> sums(size_t(p), 0.0);
    double orderings = 0.0;
    do {
        unsigned mask = 0;
        for (const int j : order) {
            sums[size_t(j)] += r2ofMask[mask | (1u << j)] - r2ofMask[mask];
            mask |= 1u << j;
        }
        orderings += 1.0;
    } while (std::next_permutation(order.begin(), order.end()));
    for (double &sum : sums)
        sum /= orderings;
    return sums;
}

// Correlated random drivers and an outcome that depends on some of them.
DriverData randomData(int p, int n, unsigned seed,
                      std::vector<std::vector<double>> *columns = nullptr)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal;
    DriverData data;
    data.outcomeName = QStringLiteral("y");
    for (int j = 0; j < p; ++j)
        data.driverNames.append(QStringLiteral("x%1").arg(j));
    std::vector<std::vector<double>> cols(static_cast<size_t>(p));
    for (int i = 0; i < n; ++i) {
        const double common = normal(engine);
        std::vector<double> x(static_cast<size_t>(p));
        double y = 0.0;
        for (int j = 0; j < p; ++j) {
            x[size_t(j)] = 0.6 * common + normal(engine) + 0.3 * (j > 0 ? x[size_t(j - 1)] : 0.0);
            y += (j % 3 == 0 ? 0.5 : 0.1 * j) * x[size_t(j)];
            cols[size_t(j)].push_back(x[size_t(j)]);
        }
        data.appendRow(x, y + 2.0 * normal(engine));
    }
    if (columns)
        *columns = cols;
    return data;
}

ImportanceOptions noBootstrap()
{
    ImportanceOptions options;
    options.bootstrapResamples = 0;
    return options;
}

} // namespace

class TestDriverImportance : public QObject
{
    Q_OBJECT

private slots:
    void mtcarsMatchesRelaimpo();
    void shapleyEqualsAllOrderings_data();
    void shapleyEqualsAllOrderings();
    void sharesSumToRSquared();
    void shapleyIsTheSameOnAnyThreadCount();
    void shapleyExactAtThirtyDrivers();
    void permutingDriversPermutesResults();
    void scalingADriverChangesNothing();
    void unrelatedDriverGetsNothing();
    void surveyWeightsActAsRepeatedRows();
    void listwiseDeletionReportsN();
    void refusesTooFewRows();
    void namesConstantDriver();
    void namesCollinearDrivers();
    void bootstrapIsReproducibleAndCoversTheEstimate();
    void shareIntervalsAreInPercentOfRSquared();
    void bootstrapMatchesResampledRows();
    void rescaledToTheScale();
};

void TestDriverImportance::mtcarsMatchesRelaimpo()
{
    const ImportanceResult result = DriverImportance::compute(mtcars(), noBootstrap());
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.n, 32);
    QVERIFY(std::abs(result.rSquared - 0.848635) < 1e-6);
    // relaimpo 2.2-7, published to six decimals (shares to three).
    const double lmg[] = {0.215709, 0.200698, 0.170077, 0.262150};
    const double lmgShare[] = {25.418, 23.650, 20.041, 30.891};
    const double rw[] = {0.209690, 0.188304, 0.179959, 0.270681};
    const double rwShare[] = {24.709, 22.189, 21.206, 31.896};
    for (int j = 0; j < 4; ++j) {
        const DriverImportanceRow &row = result.drivers.at(j);
        QVERIFY2(std::abs(row.shapley - lmg[j]) < 1e-6,
                 qPrintable(QString::number(row.shapley, 'g', 10)));
        QVERIFY(std::abs(row.shapleyShare - lmgShare[j]) < 5e-4);
        QVERIFY2(std::abs(row.relativeWeight - rw[j]) < 1e-6,
                 qPrintable(QString::number(row.relativeWeight, 'g', 10)));
        QVERIFY(std::abs(row.relativeWeightShare - rwShare[j]) < 5e-4);
        QCOMPARE(row.sign, j == 1 ? 1 : -1); // lm(): disp's coefficient is the one positive
    }
    // Pearson r of mpg with cyl and wt (R: cor(mtcars)).
    QVERIFY(std::abs(result.drivers.at(0).r - (-0.852162)) < 1e-6);
    QVERIFY(std::abs(result.drivers.at(3).r - (-0.867659)) < 1e-6);
}

void TestDriverImportance::shapleyEqualsAllOrderings_data()
{
    QTest::addColumn<int>("p");
    QTest::addColumn<unsigned>("seed");
    for (int p = 1; p <= 8; ++p)
        QTest::addRow("p=%d", p) << p << unsigned(100 + p);
}

void TestDriverImportance::shapleyEqualsAllOrderings()
{
    QFETCH(int, p);
    QFETCH(unsigned, seed);
    std::vector<std::vector<double>> columns;
    const DriverData data = randomData(p, 60, seed, &columns);
    const ImportanceResult result = DriverImportance::compute(data, noBootstrap());
    QVERIFY2(result.isValid(), qPrintable(result.error));
    const std::vector<double> expected = bruteShapley(columns, data.y);
    for (int j = 0; j < p; ++j)
        QVERIFY2(std::abs(result.drivers.at(j).shapley - expected[size_t(j)]) < 1e-9,
                 qPrintable(QStringLiteral("driver %1: %2 vs %3")
                                .arg(j)
                                .arg(result.drivers.at(j).shapley, 0, 'g', 15)
                                .arg(expected[size_t(j)], 0, 'g', 15)));
    std::vector<int> all(static_cast<size_t>(p));
    std::iota(all.begin(), all.end(), 0);
    QVERIFY(std::abs(result.rSquared - bruteR2(columns, data.y, all)) < 1e-9);
}

void TestDriverImportance::sharesSumToRSquared()
{
    for (const int p : {3, 9, 17}) {
        const ImportanceResult result
            = DriverImportance::compute(randomData(p, 200, 7), noBootstrap());
        QVERIFY(result.isValid());
        double rw = 0.0;
        double lmg = 0.0;
        double rwShare = 0.0;
        double lmgShare = 0.0;
        for (const DriverImportanceRow &row : result.drivers) {
            rw += row.relativeWeight;
            lmg += row.shapley;
            rwShare += row.relativeWeightShare;
            lmgShare += row.shapleyShare;
            QVERIFY(row.relativeWeight >= 0.0 && row.shapley >= 0.0);
        }
        QVERIFY(std::abs(rw - result.rSquared) < 1e-10);
        QVERIFY(std::abs(lmg - result.rSquared) < 1e-10);
        QVERIFY(std::abs(rwShare - 100.0) < 1e-8);
        QVERIFY(std::abs(lmgShare - 100.0) < 1e-8);
    }
}

void TestDriverImportance::shapleyIsTheSameOnAnyThreadCount()
{
    const DriverData data = randomData(16, 300, 11).complete();
    const CorrelationMatrix matrix = CorrelationMatrix::of(data);
    const std::vector<double> one = ExactShapley::compute(matrix.r, 16, 1);
    const std::vector<double> three = ExactShapley::compute(matrix.r, 16, 3);
    QCOMPARE(one, three); // bit for bit: tasks are summed in a fixed order
    QVERIFY(std::abs(std::accumulate(one.begin(), one.end(), 0.0)
                     - DriverImportance::compute(data, noBootstrap()).rSquared)
            < 1e-10);
}

void TestDriverImportance::shapleyExactAtThirtyDrivers()
{
    // 30 drivers: the even ones equicorrelated (ρ = 0.3) and equally correlated with the
    // outcome (0.25), the odd ones unrelated to everything. By symmetry each even driver's
    // LMG is R²/15 with R² = 15·0.25² / (1 + 14·0.3), and each odd driver's is 0.
    const int p = 30;
    std::vector<double> r(size_t((p + 1) * (p + 1)), 0.0);
    for (int i = 0; i <= p; ++i)
        r[size_t(i * (p + 1) + i)] = 1.0;
    for (int i = 0; i < p; i += 2) {
        for (int j = 0; j < p; j += 2) {
            if (i != j)
                r[size_t(i * (p + 1) + j)] = 0.3;
        }
        r[size_t(i * (p + 1) + p)] = r[size_t(p * (p + 1) + i)] = 0.25;
    }
    const double r2 = 15.0 * 0.0625 / (1.0 + 14.0 * 0.3);
    const std::vector<double> lmg = ExactShapley::compute(r, p);
    QCOMPARE(int(lmg.size()), p);
    for (int j = 0; j < p; ++j)
        QVERIFY2(std::abs(lmg[size_t(j)] - (j % 2 ? 0.0 : r2 / 15.0)) < 1e-9,
                 qPrintable(QString::number(lmg[size_t(j)], 'g', 15)));
    QVERIFY(ExactShapley::compute(r, p + 1).empty()); // over the limit: refused, not sampled
}

void TestDriverImportance::permutingDriversPermutesResults()
{
    const DriverData data = randomData(6, 120, 3);
    const int permutation[] = {4, 0, 5, 2, 1, 3};
    DriverData permuted;
    permuted.outcomeName = data.outcomeName;
    for (const int j : permutation)
        permuted.driverNames.append(data.driverNames.at(j));
    for (int row = 0; row < data.rows; ++row) {
        std::vector<double> x;
        for (const int j : permutation)
            x.push_back(data.at(row, j));
        permuted.appendRow(x, data.y[size_t(row)]);
    }
    const ImportanceResult a = DriverImportance::compute(data, noBootstrap());
    const ImportanceResult b = DriverImportance::compute(permuted, noBootstrap());
    for (int k = 0; k < 6; ++k) {
        const DriverImportanceRow &original = a.drivers.at(permutation[k]);
        const DriverImportanceRow &moved = b.drivers.at(k);
        QCOMPARE(moved.name, original.name);
        QVERIFY(std::abs(moved.shapley - original.shapley) < 1e-12);
        QVERIFY(std::abs(moved.relativeWeight - original.relativeWeight) < 1e-12);
        QVERIFY(std::abs(moved.beta - original.beta) < 1e-12);
    }
}

void TestDriverImportance::scalingADriverChangesNothing()
{
    DriverData data = randomData(5, 100, 5);
    const ImportanceResult before = DriverImportance::compute(data, noBootstrap());
    for (int row = 0; row < data.rows; ++row)
        data.x[size_t(row * 5 + 2)] = 1000.0 * data.x[size_t(row * 5 + 2)] - 37.0;
    const ImportanceResult after = DriverImportance::compute(data, noBootstrap());
    QVERIFY(std::abs(before.rSquared - after.rSquared) < 1e-12);
    for (int j = 0; j < 5; ++j) {
        QVERIFY(std::abs(before.drivers.at(j).shapley - after.drivers.at(j).shapley) < 1e-12);
        QVERIFY(std::abs(before.drivers.at(j).relativeWeight - after.drivers.at(j).relativeWeight)
                < 1e-12);
    }
}

void TestDriverImportance::unrelatedDriverGetsNothing()
{
    // A driver orthogonal to every other driver and to the outcome, by construction.
    DriverData data = randomData(3, 4, 9);
    DriverData extended;
    extended.outcomeName = data.outcomeName;
    extended.driverNames = data.driverNames;
    extended.driverNames.append(QStringLiteral("noise"));
    const DriverData base = randomData(3, 400, 9);
    for (int row = 0; row < base.rows; ++row) {
        std::vector<double> x{base.at(row, 0), base.at(row, 1), base.at(row, 2), 0.0};
        extended.appendRow(x, base.y[size_t(row)]);
    }
    // Pair each row with its mirror image in the noise column: covariance exactly zero.
    const int rows = extended.rows;
    for (int row = 0; row < rows; ++row) {
        extended.x[size_t(row * 4 + 3)] = 1.0;
        std::vector<double> x{extended.at(row, 0), extended.at(row, 1), extended.at(row, 2), -1.0};
        extended.appendRow(x, extended.y[size_t(row)]);
    }
    const ImportanceResult result = DriverImportance::compute(extended, noBootstrap());
    QVERIFY(result.isValid());
    QVERIFY(std::abs(result.drivers.at(3).shapley) < 1e-12);
    QVERIFY(std::abs(result.drivers.at(3).relativeWeight) < 1e-12);
    QVERIFY(std::abs(result.drivers.at(3).r) < 1e-12);
}

void TestDriverImportance::surveyWeightsActAsRepeatedRows()
{
    const DriverData data = randomData(4, 50, 21);
    DriverData weighted;
    DriverData repeated;
    weighted.outcomeName = repeated.outcomeName = data.outcomeName;
    weighted.driverNames = repeated.driverNames = data.driverNames;
    for (int row = 0; row < data.rows; ++row) {
        const std::vector<double> x(data.x.begin() + row * 4, data.x.begin() + (row + 1) * 4);
        const int copies = 1 + row % 3;
        weighted.appendRow(x, data.y[size_t(row)], copies);
        for (int c = 0; c < copies; ++c)
            repeated.appendRow(x, data.y[size_t(row)]);
    }
    const ImportanceResult a = DriverImportance::compute(weighted, noBootstrap());
    const ImportanceResult b = DriverImportance::compute(repeated, noBootstrap());
    const ImportanceResult unweighted = DriverImportance::compute(data, noBootstrap());
    QVERIFY(std::abs(a.rSquared - b.rSquared) < 1e-12);
    QVERIFY(std::abs(a.rSquared - unweighted.rSquared) > 1e-6); // the weights did something
    for (int j = 0; j < 4; ++j)
        QVERIFY(std::abs(a.drivers.at(j).shapley - b.drivers.at(j).shapley) < 1e-12);
}

void TestDriverImportance::listwiseDeletionReportsN()
{
    DriverData data = mtcars();
    data.x[size_t(0 * 4 + 1)] = qQNaN();
    data.y[5] = qQNaN();
    const ImportanceResult result = DriverImportance::compute(data, noBootstrap());
    QVERIFY(result.isValid());
    QCOMPARE(result.n, 30);
    QCOMPARE(result.excluded, 2);
}

void TestDriverImportance::refusesTooFewRows()
{
    DriverData data = randomData(4, 5, 1);
    const ImportanceResult result = DriverImportance::compute(data, noBootstrap());
    QVERIFY(!result.isValid());
    QVERIFY(result.error.contains(QStringLiteral("5 complete row")));
    QVERIFY(result.error.contains(QStringLiteral("at least 6")));
    QVERIFY(DriverImportance::compute(randomData(4, 6, 1), noBootstrap()).isValid());
}

void TestDriverImportance::namesConstantDriver()
{
    DriverData data = mtcars();
    for (int row = 0; row < data.rows; ++row)
        data.x[size_t(row * 4 + 2)] = 110.0;
    const ImportanceResult result = DriverImportance::compute(data, noBootstrap());
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(QStringLiteral("“hp”")), qPrintable(result.error));
}

void TestDriverImportance::namesCollinearDrivers()
{
    DriverData data = mtcars({QStringLiteral("cyl"), QStringLiteral("disp"), QStringLiteral("hp"),
                              QStringLiteral("wt"), QStringLiteral("qsec")});
    // qsec replaced by 2·cyl − wt: a combination of two earlier drivers.
    for (int row = 0; row < data.rows; ++row)
        data.x[size_t(row * 5 + 4)] = 2.0 * data.at(row, 0) - data.at(row, 3);
    const ImportanceResult result = DriverImportance::compute(data, noBootstrap());
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(QStringLiteral("“qsec” is a linear combination of “cyl”, “wt”")),
             qPrintable(result.error));
}

// Shares' intervals are in % of R² like the shares: one driver holds 100 % of R² in every
// resample, while its raw interval is R²'s; two drivers' shares add up to 100 in every
// resample, so one's lower bound is 100 less the other's upper bound.
void TestDriverImportance::shareIntervalsAreInPercentOfRSquared()
{
    ImportanceOptions options;
    options.bootstrapResamples = 200;
    const ImportanceResult one = DriverImportance::compute(mtcars({QStringLiteral("wt")}), options);
    QVERIFY(one.isValid());
    const DriverImportanceRow &only = one.drivers.at(0);
    QCOMPARE(only.relativeWeightShare, 100.0);
    QCOMPARE(only.relativeWeightShareCi.low, 100.0);
    QCOMPARE(only.shapleyShareCi.high, 100.0);
    QCOMPARE(only.relativeWeightCi.low, one.rSquaredCi.low);
    QCOMPARE(only.shapleyCi.high, one.rSquaredCi.high);

    const ImportanceResult two
        = DriverImportance::compute(mtcars({QStringLiteral("wt"), QStringLiteral("hp")}), options);
    QVERIFY(two.isValid());
    const DriverImportanceRow &wt = two.drivers.at(0);
    const DriverImportanceRow &hp = two.drivers.at(1);
    for (const DriverImportanceRow &row : {wt, hp}) {
        QVERIFY(row.shapleyShareCi.contains(row.shapleyShare));
        QVERIFY(row.relativeWeightShareCi.contains(row.relativeWeightShare));
        QVERIFY(row.shapleyShareCi.low > 0.0 && row.shapleyShareCi.high < 100.0);
    }
    QVERIFY(std::abs(wt.shapleyShareCi.low - (100.0 - hp.shapleyShareCi.high)) < 1e-9);
    QVERIFY(std::abs(wt.relativeWeightShareCi.high - (100.0 - hp.relativeWeightShareCi.low))
            < 1e-9);
}

void TestDriverImportance::bootstrapIsReproducibleAndCoversTheEstimate()
{
    DriverData data = mtcars();
    ImportanceOptions options;
    options.bootstrapResamples = 300;
    options.threads = 1;
    const ImportanceResult a = DriverImportance::compute(data, options);
    options.threads = 2;
    const ImportanceResult b = DriverImportance::compute(data, options);
    QVERIFY(a.isValid());
    QCOMPARE(a.resamples, 300);
    QVERIFY(a.shapleyBootstrapped);
    for (int j = 0; j < 4; ++j) {
        const DriverImportanceRow &row = a.drivers.at(j);
        QCOMPARE(row.shapleyCi.low, b.drivers.at(j).shapleyCi.low);
        QCOMPARE(row.relativeWeightCi.high, b.drivers.at(j).relativeWeightCi.high);
        QVERIFY(row.shapleyCi.contains(row.shapley));
        QVERIFY(row.relativeWeightCi.contains(row.relativeWeight));
        QVERIFY(row.betaCi.contains(row.beta));
        QVERIFY(row.shapleyCi.high - row.shapleyCi.low > 0.01); // n = 32: wide
    }
    QVERIFY(a.rSquaredCi.contains(a.rSquared));
    options.seed = 2;
    const ImportanceResult c = DriverImportance::compute(data, options);
    QVERIFY(c.drivers.at(0).shapleyCi.low != a.drivers.at(0).shapleyCi.low);

    // Resampling whole respondents: a respondent's rows move together, so duplicating every
    // row under the same respondent leaves the number of units, and the spread, unchanged.
    DriverData clustered;
    clustered.outcomeName = data.outcomeName;
    clustered.driverNames = data.driverNames;
    for (int row = 0; row < data.rows; ++row) {
        const std::vector<double> x(data.x.begin() + row * 4, data.x.begin() + (row + 1) * 4);
        clustered.appendRow(x, data.y[size_t(row)], 1.0, row);
        clustered.appendRow(x, data.y[size_t(row)], 1.0, row);
    }
    options.seed = 1;
    const ImportanceResult d = DriverImportance::compute(clustered, options);
    for (int j = 0; j < 4; ++j)
        QVERIFY2(
            std::abs(d.drivers.at(j).relativeWeightCi.low - a.drivers.at(j).relativeWeightCi.low)
                < 1e-12,
            qPrintable(QStringLiteral("%1 %2")
                           .arg(d.drivers.at(j).relativeWeightCi.low, 0, 'g', 17)
                           .arg(a.drivers.at(j).relativeWeightCi.low, 0, 'g', 17)));
}

// The bootstrap by its definition, nothing like the batched sums of moments under test: each
// resample's seed is the seed sequence's next draw; it draws respondents (in order of first
// appearance) with replacement, the rows of each drawn one are copied that many times, and
// the copy is fitted from scratch. With m of n drawn (m-out-of-n), each value's distance from
// the full sample's is scaled by √(m / n) before the percentiles are taken.
void TestDriverImportance::bootstrapMatchesResampledRows()
{
    // 150 respondents rating two or three vendors, weighted; p = 4 drivers.
    const DriverData rows = [] {
        const DriverData plain = randomData(4, 400, 7);
        DriverData weighted;
        weighted.outcomeName = plain.outcomeName;
        weighted.driverNames = plain.driverNames;
        for (int row = 0; row < plain.rows; ++row) {
            const std::vector<double> x(plain.x.begin() + row * 4, plain.x.begin() + row * 4 + 4);
            weighted.appendRow(x, plain.y[size_t(row)], 0.5 + (row % 7) * 0.25,
                               1000 + (row * 37 % 150));
        }
        return weighted;
    }();
    QHash<qint64, QList<int>> rowsOf;
    QList<qint64> units; // in order of first appearance
    for (int row = 0; row < rows.rows; ++row) {
        if (!rowsOf.contains(rows.clusters[size_t(row)]))
            units.append(rows.clusters[size_t(row)]);
        rowsOf[rows.clusters[size_t(row)]].append(row);
    }
    QCOMPARE(units.size(), 150);
    QCOMPARE(rows.weight(0), 0.5); // the first row's weight is kept like any other
    QCOMPARE(rows.weight(3), 1.25);

    const auto quantile = [](std::vector<double> values, double p) {
        return Descriptive::quantile(std::move(values), p);
    };
    for (const int draws : {150, 60}) {
        ImportanceOptions options;
        options.bootstrapResamples = 250;
        options.bootstrapDrawLimit = draws;
        options.shapley = false;
        const ImportanceResult result = DriverImportance::compute(rows, options);
        QVERIFY(result.isValid());
        QCOMPARE(result.bootstrapUnits, 150);
        QCOMPARE(result.bootstrapDraws, draws);
        options.bootstrapResamples = 0;
        const ImportanceResult full = DriverImportance::compute(rows, options);
        const double factor = std::sqrt(draws / 150.0);

        SeededRandom seeder(options.seed);
        std::vector<double> rSquared;
        std::vector<std::vector<double>> weights(4);
        for (int b = 0; b < 250; ++b) {
            SeededRandom random(seeder.next());
            std::vector<int> counts(150, 0);
            for (int draw = 0; draw < draws; ++draw)
                ++counts[size_t(random.below(150))];
            DriverData copy;
            copy.outcomeName = rows.outcomeName;
            copy.driverNames = rows.driverNames;
            for (int unit = 0; unit < 150; ++unit) {
                for (int k = 0; k < counts[size_t(unit)]; ++k) {
                    for (const int row : rowsOf.value(units.at(unit))) {
                        copy.appendRow(std::vector<double>(rows.x.begin() + row * 4,
                                                           rows.x.begin() + row * 4 + 4),
                                       rows.y[size_t(row)], rows.weights[size_t(row)]);
                    }
                }
            }
            const ImportanceResult fitted = DriverImportance::compute(copy, options);
            QVERIFY(fitted.isValid());
            const auto scaled = [&](double value, double centre) {
                return centre + factor * (value - centre);
            };
            rSquared.push_back(scaled(fitted.rSquared, full.rSquared));
            for (int j = 0; j < 4; ++j)
                weights[size_t(j)].push_back(
                    scaled(fitted.drivers.at(j).relativeWeight, full.drivers.at(j).relativeWeight));
        }
        const auto close = [](double a, double b) {
            return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
        };
        QCOMPARE(result.resamples, 250);
        QVERIFY2(close(result.rSquaredCi.low, quantile(rSquared, 0.025)),
                 qPrintable(QString::number(result.rSquaredCi.low, 'g', 17)));
        QVERIFY2(close(result.rSquaredCi.high, quantile(rSquared, 0.975)),
                 qPrintable(QStringLiteral("m = %1: %2, %3")
                                .arg(draws)
                                .arg(result.rSquaredCi.high, 0, 'g', 17)
                                .arg(quantile(rSquared, 0.975), 0, 'g', 17)));
        for (int j = 0; j < 4; ++j) {
            QVERIFY(close(result.drivers.at(j).relativeWeightCi.low,
                          quantile(weights[size_t(j)], 0.025)));
            QVERIFY(close(result.drivers.at(j).relativeWeightCi.high,
                          quantile(weights[size_t(j)], 0.975)));
        }
        // Fewer draws, scaled back: about as wide as the full bootstrap, not √(n/m) wider.
        QVERIFY(result.rSquaredCi.contains(result.rSquared));
    }

    // Followed through a progress: every resample counted; stopped, the estimates stay and
    // the intervals are left out.
    ImportanceOptions followed;
    followed.shapley = false;
    followed.bootstrapResamples = 250;
    followed.progress = std::make_shared<BootstrapProgress>();
    QVERIFY(DriverImportance::compute(rows, followed).rSquaredCi.isValid());
    QCOMPARE(followed.progress->planned.load(), 250);
    QCOMPARE(followed.progress->done.load(), 250);
    followed.progress = std::make_shared<BootstrapProgress>();
    followed.progress->cancelled = true;
    const ImportanceResult stopped = DriverImportance::compute(rows, followed);
    QVERIFY(stopped.isValid());
    QCOMPARE(stopped.resamples, 0);
    QVERIFY(!stopped.rSquaredCi.isValid());
    QCOMPARE(followed.progress->done.load(), 0);
}

void TestDriverImportance::rescaledToTheScale()
{
    const QList<double> rescaled = DriverImportance::rescaled({10.0, 40.0, 20.0, 0.0}, 1.0, 10.0);
    QCOMPARE(rescaled, (QList<double>{3.25, 10.0, 5.5, 1.0}));
}

QTEST_GUILESS_MAIN(TestDriverImportance)
#include "tst_driverimportance.moc"
