#include "analysis/driverimportance.h"
#include "analysis/outcome.h"

#include <QFile>
#include <QTest>

#include <array>
#include <cmath>

using namespace Peakend;

namespace {

struct Cars
{
    std::vector<double> hp, wt, am;
};

Cars mtcars()
{
    Cars cars;
    QFile file(QStringLiteral(PEAKEND_FIXTURES "/analysis/mtcars.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return cars;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    while (!file.atEnd()) {
        const QStringList cells
            = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        cars.hp.push_back(cells.at(header.indexOf(QStringLiteral("hp"))).toDouble());
        cars.wt.push_back(cells.at(header.indexOf(QStringLiteral("wt"))).toDouble());
        cars.am.push_back(cells.at(header.indexOf(QStringLiteral("am"))).toDouble());
    }
    return cars;
}

double mean(const std::vector<double> &v)
{
    double s = 0.0;
    for (const double x : v)
        s += x;
    return s / double(v.size());
}

double covariance(const std::vector<double> &a, const std::vector<double> &b)
{
    const double ma = mean(a);
    const double mb = mean(b);
    double s = 0.0;
    for (size_t i = 0; i < a.size(); ++i)
        s += (a[i] - ma) * (b[i] - mb);
    return s / double(a.size());
}

// Solves a 3 × 3 system by Cramer's rule.
std::array<double, 3> solve3(const std::array<std::array<double, 3>, 3> &m,
                             const std::array<double, 3> &v)
{
    const auto det = [](const std::array<std::array<double, 3>, 3> &a) {
        return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
               - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
               + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    };
    const double d = det(m);
    std::array<double, 3> x{};
    for (int c = 0; c < 3; ++c) {
        auto replaced = m;
        for (int r = 0; r < 3; ++r)
            replaced[r][c] = v[size_t(r)];
        x[size_t(c)] = det(replaced) / d;
    }
    return x;
}

} // namespace

// Binary outcomes: a logistic model, and Tonidandel & LeBreton's (2010) relative weights.
class TestLogisticImportance : public QObject
{
    Q_OBJECT

private slots:
    void mtcarsTransmissionAgainstAnIndependentComputation();
    void separatedDataAreRefusedWithAReason();
    void outcomesFromTheSurvey();
};

// glm(am ~ hp + wt, family = binomial, data = mtcars), the textbook example: R prints
// (Intercept) 18.86630, hp 0.03626, wt −8.08348. The test fits the raw model by its own Newton
// steps (3 × 3 Cramer), checks those published coefficients, then works the relative weights
// out by hand: Λ = R¹ᐟ² of two drivers in closed form, β_Z = Λ b_std √R² / sd(logit).
void TestLogisticImportance::mtcarsTransmissionAgainstAnIndependentComputation()
{
    const Cars cars = mtcars();
    QCOMPARE(cars.am.size(), size_t(32));
    std::array<double, 3> b{0.0, 0.0, 0.0};
    for (int iteration = 0; iteration < 50; ++iteration) {
        std::array<std::array<double, 3>, 3> h{};
        std::array<double, 3> g{};
        for (size_t i = 0; i < cars.am.size(); ++i) {
            const std::array<double, 3> x{1.0, cars.hp[i], cars.wt[i]};
            const double p = 1.0 / (1.0 + std::exp(-(b[0] + b[1] * x[1] + b[2] * x[2])));
            for (int r = 0; r < 3; ++r) {
                g[size_t(r)] += (cars.am[i] - p) * x[size_t(r)];
                for (int c = 0; c < 3; ++c)
                    h[size_t(r)][size_t(c)] += p * (1.0 - p) * x[size_t(r)] * x[size_t(c)];
            }
        }
        const std::array<double, 3> step = solve3(h, g);
        for (int k = 0; k < 3; ++k)
            b[size_t(k)] += step[size_t(k)];
    }
    QVERIFY(std::abs(b[0] - 18.86630) < 5e-5);
    QVERIFY(std::abs(b[1] - 0.03626) < 5e-6);
    QVERIFY(std::abs(b[2] - -8.08348) < 5e-5);

    std::vector<double> eta;
    std::vector<double> p;
    for (size_t i = 0; i < cars.am.size(); ++i) {
        eta.push_back(b[0] + b[1] * cars.hp[i] + b[2] * cars.wt[i]);
        p.push_back(1.0 / (1.0 + std::exp(-eta.back())));
    }
    const double rSquared
        = std::pow(covariance(cars.am, p), 2) / (covariance(cars.am, cars.am) * covariance(p, p));
    const double scale = std::sqrt(rSquared / covariance(eta, eta));
    const double sdHp = std::sqrt(covariance(cars.hp, cars.hp));
    const double sdWt = std::sqrt(covariance(cars.wt, cars.wt));
    const double betaHp = b[1] * sdHp * scale;
    const double betaWt = b[2] * sdWt * scale;
    const double r = covariance(cars.hp, cars.wt) / (sdHp * sdWt);
    const double a = (std::sqrt(1.0 + r) + std::sqrt(1.0 - r)) / 2.0; // R¹ᐟ² = [[a, c], [c, a]]
    const double c = (std::sqrt(1.0 + r) - std::sqrt(1.0 - r)) / 2.0;
    const double z1 = a * betaHp + c * betaWt;
    const double z2 = c * betaHp + a * betaWt;
    const double weightHp = a * a * z1 * z1 + c * c * z2 * z2;
    const double weightWt = c * c * z1 * z1 + a * a * z2 * z2;
    QVERIFY(std::abs(weightHp + weightWt - rSquared) < 1e-12);

    DriverData data;
    data.outcomeName = QStringLiteral("am");
    data.binary = true;
    data.driverNames = {QStringLiteral("hp"), QStringLiteral("wt")};
    for (size_t i = 0; i < cars.am.size(); ++i)
        data.appendRow({cars.hp[i], cars.wt[i]}, cars.am[i]);
    ImportanceOptions options;
    options.bootstrapResamples = 200;
    const ImportanceResult result = DriverImportance::compute(data, options);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.model, ImportanceResult::Model::Logistic);
    QVERIFY(!result.hasShapley);
    QCOMPARE(result.n, 32);
    QVERIFY(std::abs(result.rSquared - rSquared) < 1e-9);
    const DriverImportanceRow &hp = result.drivers.at(0);
    const DriverImportanceRow &wt = result.drivers.at(1);
    QVERIFY(std::abs(hp.beta - betaHp) < 1e-9);
    QVERIFY(std::abs(wt.beta - betaWt) < 1e-9);
    QCOMPARE(wt.sign, -1);
    QVERIFY(std::abs(hp.relativeWeight - weightHp) < 1e-9);
    QVERIFY(std::abs(wt.relativeWeight - weightWt) < 1e-9);
    QVERIFY(std::abs(hp.relativeWeightShare + wt.relativeWeightShare - 100.0) < 1e-9);
    QVERIFY(
        std::abs(hp.r
                 - covariance(cars.hp, cars.am) / (sdHp * std::sqrt(covariance(cars.am, cars.am))))
        < 1e-12);
    // A bootstrap stopped before it starts (Stop in the window): the same estimates, no
    // intervals, every planned resample counted and none done.
    auto stopped = std::make_shared<BootstrapProgress>();
    stopped->cancelled = true;
    ImportanceOptions stopping = options;
    stopping.progress = stopped;
    const ImportanceResult estimates = DriverImportance::compute(data, stopping);
    QVERIFY(estimates.isValid());
    QCOMPARE(estimates.drivers.at(1).beta, wt.beta);
    QCOMPARE(estimates.resamples, 0);
    QVERIFY(!estimates.rSquaredCi.isValid());
    QCOMPARE(stopped->planned.load(), 200);
    QCOMPARE(stopped->done.load(), 0);
    // Intervals from refitted resamples bracket the estimates.
    QVERIFY2(result.resamples > 100, qPrintable(QString::number(result.resamples)));
    for (const DriverImportanceRow &row : result.drivers) {
        QVERIFY(row.relativeWeightShareCi.low <= row.relativeWeightShare);
        QVERIFY(row.relativeWeightShare <= row.relativeWeightShareCi.high);
    }
}

// A driver that splits yes from no perfectly has no maximum-likelihood fit: say so.
void TestLogisticImportance::separatedDataAreRefusedWithAReason()
{
    DriverData data;
    data.outcomeName = QStringLiteral("Satisfied");
    data.binary = true;
    data.driverNames = {QStringLiteral("Delivery"), QStringLiteral("Price")};
    for (int i = 0; i < 40; ++i)
        data.appendRow({double(i % 10), double((i * 7) % 5)}, i % 10 >= 5 ? 1.0 : 0.0);
    const ImportanceResult result = DriverImportance::compute(data, {});
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(QStringLiteral("separate")), qPrintable(result.error));
}

// The outcome's values: promoter and satisfied cut where DESIGN.md says, a 0/1 attribute is
// binary, a spend is not, and names the wave lacks are refused with the ones it has.
void TestLogisticImportance::outcomesFromTheSurvey()
{
    SurveyData data;
    data.scale = {1, 10, 5.5};
    data.attributeNames
        = {QStringLiteral("Renewed"), QStringLiteral("Spend"), QStringLiteral("Region")};
    const auto cells = [](const char *list) {
        return QString::fromUtf8(list).split(QLatin1Char(','));
    };
    data.respondents = {{1, QStringLiteral("a"), 1.0, cells("1,120.5,North")},
                        {2, QStringLiteral("b"), 1.0, cells("0,80,South")},
                        {3, QStringLiteral("c"), 1.0, cells(",n/a,North")}};
    data.cases = {{0, 0, 9.0, 10.0}, {1, 0, 8.0, 8.0}, {2, 0, 10.0, 9.0}};

    QString error;
    auto promoter = Outcome::parse(QStringLiteral("promoter"), &error);
    QVERIFY(promoter);
    Outcome::Values values = promoter->of(data);
    QVERIFY(values.binary);
    QCOMPARE(values.values, std::vector<double>({1.0, 0.0, 1.0}));
    QCOMPARE(promoter->key(), QStringLiteral("promoter"));

    values = Outcome::parse(QStringLiteral("satisfied"), &error)->of(data); // 9–10 on 1–10
    QCOMPARE(values.values, std::vector<double>({1.0, 0.0, 1.0}));
    values = Outcome::parse(QStringLiteral("overall>=8.5"), &error)->of(data);
    QCOMPARE(values.values, std::vector<double>({1.0, 0.0, 1.0}));

    values = Outcome::parse(QStringLiteral("renewed"), &error)->of(data);
    QVERIFY(values.binary);
    QCOMPARE(values.name, QStringLiteral("Renewed"));
    QCOMPARE(values.values.at(0), 1.0);
    QVERIFY(std::isnan(values.values.at(2)));

    values = Outcome::parse(QStringLiteral("Spend"), &error)->of(data);
    QVERIFY(!values.binary);
    QCOMPARE(values.values.at(0), 120.5);
    QVERIFY(std::isnan(values.values.at(2)));

    values = Outcome::parse(QStringLiteral("Region"), &error)->of(data);
    QVERIFY2(values.error.contains(QStringLiteral("holds no numbers")), qPrintable(values.error));
    values = Outcome::parse(QStringLiteral("Churn"), &error)->of(data);
    QVERIFY2(values.error.contains(QStringLiteral("Renewed, Spend, Region")),
             qPrintable(values.error));
    QVERIFY(!Outcome::parse(QStringLiteral("recommend>=nine"), &error));
    QVERIFY(!Outcome::parse(QStringLiteral("promoter>=8"), &error));
}

QTEST_GUILESS_MAIN(TestLogisticImportance)
#include "tst_logisticimportance.moc"
