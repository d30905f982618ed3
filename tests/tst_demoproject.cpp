#include "demo/b2bdemo.h"
#include "demo/demoproject.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace Peakend;

// The demos' published shape, checked with plain arithmetic on the stored rows. The
// analytics engine gets its own golden tests; these only guard the generated data.
class TestDemoProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void meisuReproducesSeedTable();
    void meisuRequirementAndKpi();
    void b2bCounts();
    void b2bParadoxVendor();
    void b2bFavouriteVendorPeaks();
    void b2bReasonShares();
    void b2bIsReproducible();
    void namesRoundTrip();
    void demosSpeakTheUiLanguage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_meisu;
    std::unique_ptr<ProjectStore> m_b2b;
};

namespace {

std::unique_ptr<ProjectStore> makeDemo(const QTemporaryDir &dir, DemoProject::Kind kind)
{
    const QString path = dir.filePath(DemoProject::fileName(kind));
    if (!DemoProject::create(kind, path).isOk())
        return nullptr;
    StoreError error;
    return ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
}

QString sha256(const QString &path)
{
    // The logical content (a dump would include created_at): every rating, evaluation and reason.
    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
    const ProjectRepository data(*store);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 survey = data.surveys().value(0).id;
    for (const Rating &r : data.ratings(survey))
        hash.addData(QByteArray::number(r.respondentId) + ',' + QByteArray::number(r.vendorId) + ','
                     + QByteArray::number(r.subprocessId) + ',' + QByteArray::number(r.value)
                     + ';');
    for (const Evaluation &e : data.evaluations(survey))
        hash.addData(QByteArray::number(e.overall) + ',' + QByteArray::number(e.recommend) + ';');
    for (const Reason &r : data.reasons(survey))
        hash.addData(QByteArray::number(r.factorId) + ',' + QByteArray::number(int(r.polarity)));
    return QString::fromLatin1(hash.result().toHex());
}

// Mean rating per vendor id and subprocess id, from the raw rows.
QHash<qint64, QHash<qint64, double>> means(const QList<Rating> &ratings)
{
    QHash<qint64, QHash<qint64, double>> sum;
    QHash<qint64, QHash<qint64, int>> count;
    for (const Rating &r : ratings) {
        sum[r.vendorId][r.subprocessId] += r.value;
        ++count[r.vendorId][r.subprocessId];
    }
    for (auto v = sum.begin(); v != sum.end(); ++v) {
        for (auto s = v->begin(); s != v->end(); ++s)
            *s /= count[v.key()][s.key()];
    }
    return sum;
}

// Mean overall satisfaction per vendor id.
QHash<qint64, double> overallMeans(const QList<Evaluation> &evaluations)
{
    QHash<qint64, double> sum;
    QHash<qint64, int> count;
    for (const Evaluation &evaluation : evaluations) {
        sum[evaluation.vendorId] += evaluation.overall;
        ++count[evaluation.vendorId];
    }
    for (auto it = sum.begin(); it != sum.end(); ++it)
        *it /= count[it.key()];
    return sum;
}

} // namespace

void TestDemoProject::initTestCase()
{
    m_meisu = makeDemo(m_dir, DemoProject::Kind::Meisu);
    m_b2b = makeDemo(m_dir, DemoProject::Kind::B2b);
    QVERIFY(m_meisu);
    QVERIFY(m_b2b);
}

void TestDemoProject::meisuReproducesSeedTable()
{
    const ProjectRepository data(*m_meisu);
    QCOMPARE(data.projectInfo().scale.min, 1.0);
    QCOMPARE(data.projectInfo().scale.max, 10.0);
    const QList<CemCycle> cycles = data.cycles();
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles[0].currentStep, 7);

    QHash<qint64, QString> names;
    for (const Factor &factor : data.factors())
        names.insert(factor.id, factor.name);
    // DESIGN.md §2.4: factor → X, E, S = X − E, D, G = X − D.
    const QHash<QString, QList<double>> seed{
        {QStringLiteral("product"), {6, 7, -1, 6, 0}},
        {QStringLiteral("service"), {6, 6, 0, 6, 0}},
        {QStringLiteral("relationship"), {4, 4, 0, 4, 0}},
        {QStringLiteral("convenience"), {5, 7, -2, 10, -5}},
        {QStringLiteral("brand image"), {7, 7, 0, 7, 0}},
        {QStringLiteral("price"), {7, 7, 0, 7, 0}},
    };
    const QList<CycleFactor> entries = data.cycleFactors(cycles[0].id);
    QCOMPARE(entries.size(), 6);
    QString key;
    double lowestW = 0;
    double keyImportance = 0;
    for (const CycleFactor &entry : entries) {
        const QList<double> expected = seed.value(names.value(entry.factorId));
        QCOMPARE(expected.size(), 5);
        QCOMPARE(entry.experience, expected[0]);
        QCOMPARE(entry.expectation, expected[1]);
        QCOMPARE(entry.experience - entry.expectation, expected[2]);
        QCOMPARE(entry.ideal, expected[3]);
        QCOMPARE(entry.experience - entry.ideal, expected[4]);
        QVERIFY(!qIsNaN(entry.importance));
        const double w = entry.importance * (entry.experience - entry.expectation);
        if (key.isEmpty() || w < lowestW || (w == lowestW && entry.importance > keyImportance)) {
            key = names.value(entry.factorId);
            lowestW = w;
            keyImportance = entry.importance;
        }
    }
    QCOMPARE(key, QStringLiteral("convenience"));
    QCOMPARE(lowestW, -18.0);
    QCOMPARE(keyImportance, 9.0);
}

void TestDemoProject::meisuRequirementAndKpi()
{
    const ProjectRepository data(*m_meisu);
    const qint64 cycle = data.cycles().at(0).id;
    const QList<Requirement> requirements = data.requirements(cycle);
    QCOMPARE(requirements.size(), 1);
    QCOMPARE(requirements[0].title, QStringLiteral("Open more stores on the same street"));
    QCOMPARE(requirements[0].decision, Decision::Do);
    QCOMPARE(requirements[0].factorIds.size(), 1);
    QVERIFY(data.cycles().at(0).strategy.contains(QStringLiteral("no online or telephone sales")));
    const QList<Kpi> kpis = data.kpis(cycle);
    QCOMPARE(kpis.size(), 1);
    QCOMPARE(kpis[0].requirementId, requirements[0].id);
    QCOMPARE(kpis[0].values.size(), 4);
    // Seed: two stores, twice the sales; three, three times; four, four times or more.
    for (int stores = 1; stores <= 4; ++stores)
        QVERIFY(kpis[0].values[stores - 1].value >= stores * kpis[0].values[0].value);
}

void TestDemoProject::b2bCounts()
{
    const ProjectRepository data(*m_b2b);
    QVERIFY(data.projectInfo().isSynthetic);
    QCOMPARE(data.vendors().size(), 14);
    QCOMPARE(data.count("respondent"), B2bDemo::respondentCount);
    QCOMPARE(data.count("respondent"), 757);
    const QList<Subprocess> stages = data.subprocesses();
    QCOMPARE(stages.size(), 25);
    QCOMPARE(stages.first().name, QStringLiteral("Recognise the need"));
    QCOMPARE(stages.at(9).name, QStringLiteral("Price quote"));
    QCOMPARE(stages.last().name, QStringLiteral("After-sales follow-up"));
    QCOMPARE(data.factors().size(), 6);
    // Every evaluation rates all 25 subprocesses and has an overall and a recommend score.
    QCOMPARE(data.ratingCount(), 25 * data.count("evaluation"));
    QCOMPARE(TestFiles::queryInt(m_b2b->path(), "SELECT count(*) FROM evaluation WHERE "
                                                "overall IS NULL OR recommend IS NULL"),
             0);
    QCOMPARE(TestFiles::queryInt(m_b2b->path(), "SELECT count(*) FROM rating WHERE value < 1 OR "
                                                "value > 10 OR value <> round(value)"),
             0);
}

void TestDemoProject::b2bParadoxVendor()
{
    const ProjectRepository data(*m_b2b);
    const qint64 survey = data.surveys().at(0).id;
    const auto mean = means(data.ratings(survey));
    const QList<Vendor> vendors = data.vendors();

    // Wins: subprocesses where a vendor has the highest mean (ties shared).
    QHash<qint64, int> wins;
    for (const Subprocess &stage : data.subprocesses()) {
        double best = -1;
        for (const Vendor &vendor : vendors)
            best = std::max(best, mean[vendor.id][stage.id]);
        for (const Vendor &vendor : vendors) {
            if (mean[vendor.id][stage.id] == best)
                ++wins[vendor.id];
        }
    }
    const QHash<qint64, double> overall = overallMeans(data.evaluations(survey));
    qint64 mostWins = 0;
    qint64 leastLiked = 0;
    for (const Vendor &vendor : vendors) {
        if (!mostWins || wins[vendor.id] > wins[mostWins])
            mostWins = vendor.id;
        if (!leastLiked || overall[vendor.id] < overall[leastLiked])
            leastLiked = vendor.id;
    }
    QCOMPARE(wins[mostWins], 23);
    QCOMPARE(leastLiked, mostWins);
    QCOMPARE(data.value(Field::VendorName, mostWins).toString(), QStringLiteral("Apex Direct"));
}

void TestDemoProject::b2bFavouriteVendorPeaks()
{
    const ProjectRepository data(*m_b2b);
    const qint64 survey = data.surveys().at(0).id;
    const auto mean = means(data.ratings(survey));
    const QList<Vendor> vendors = data.vendors();

    const QHash<qint64, double> overall = overallMeans(data.evaluations(survey));
    qint64 top = 0;
    for (const Vendor &vendor : vendors) {
        if (!top || overall[vendor.id] > overall[top])
            top = vendor.id;
    }
    QCOMPARE(data.value(Field::VendorName, top).toString(), QStringLiteral("Meridian Systems"));

    // Benchmark curve (DESIGN.md §2.2): mean minus the mean of all other vendors.
    QString pleasure, pain;
    double high = -1e9, low = 1e9;
    for (const Subprocess &stage : data.subprocesses()) {
        double others = 0;
        for (const Vendor &vendor : vendors) {
            if (vendor.id != top)
                others += mean[vendor.id][stage.id];
        }
        const double e = mean[top][stage.id] - others / (vendors.size() - 1);
        if (e > high) {
            high = e;
            pleasure = stage.name;
        }
        if (e < low) {
            low = e;
            pain = stage.name;
        }
    }
    QCOMPARE(pleasure, QStringLiteral("Service requests"));
    QCOMPARE(pain, QStringLiteral("Price quote"));
}

void TestDemoProject::b2bReasonShares()
{
    const ProjectRepository data(*m_b2b);
    const qint64 survey = data.surveys().at(0).id;
    const double evaluations = double(data.evaluations(survey).size());
    QHash<qint64, QString> names;
    for (const Factor &factor : data.factors())
        names.insert(factor.id, factor.name);
    QHash<QString, int> likes, dislikes;
    for (const Reason &reason : data.reasons(survey)) {
        if (reason.polarity == Polarity::Positive)
            ++likes[names.value(reason.factorId)];
        else
            ++dislikes[names.value(reason.factorId)];
    }
    // Seed 000: price 17.5 % like / 19.1 % dislike, service 38.7 % / 41.1 %, of evaluations;
    // exact up to rounding to whole evaluations.
    const double tolerance = 0.5 / evaluations + 1e-12;
    QVERIFY(std::abs(likes[QStringLiteral("price")] / evaluations - 0.175) <= tolerance);
    QVERIFY(std::abs(dislikes[QStringLiteral("price")] / evaluations - 0.191) <= tolerance);
    QVERIFY(std::abs(likes[QStringLiteral("service")] / evaluations - 0.387) <= tolerance);
    QVERIFY(std::abs(dislikes[QStringLiteral("service")] / evaluations - 0.411) <= tolerance);
}

void TestDemoProject::b2bIsReproducible()
{
    QTemporaryDir other;
    const QString path = other.filePath(QStringLiteral("again.peakend"));
    QVERIFY(DemoProject::create(DemoProject::Kind::B2b, path).isOk());
    QCOMPARE(sha256(path), sha256(m_b2b->path()));
}

void TestDemoProject::namesRoundTrip()
{
    for (const auto kind : {DemoProject::Kind::Meisu, DemoProject::Kind::B2b})
        QCOMPARE(DemoProject::fromName(DemoProject::name(kind)), kind);
    QVERIFY(!DemoProject::fromName(QStringLiteral("acme")));
}

// With a Chinese UI, Help → Open Demo writes the demo in Chinese: Meisu (a Hong Kong
// retailer) wholly, the B2B demo's journey, factors and touchpoints (its vendors are fictional
// company names and stay as they are). The figures are the same.
void TestDemoProject::demosSpeakTheUiLanguage()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral("peakend_zh_TW"), QStringLiteral(PEAKEND_QM_DIR)));
    QCoreApplication::installTranslator(&chinese);
    QTemporaryDir dir;
    const QString meisu = dir.filePath(QStringLiteral("meisu.peakend"));
    const QString b2b = dir.filePath(QStringLiteral("b2b.peakend"));
    const bool written = DemoProject::create(DemoProject::Kind::Meisu, meisu).isOk()
                         && DemoProject::create(DemoProject::Kind::B2b, b2b).isOk();
    QCoreApplication::removeTranslator(&chinese);
    QVERIFY(written);
    QCOMPARE(TestFiles::queryText(meisu, "SELECT name FROM vendor"), QStringLiteral("美蘇電器"));
    QCOMPARE(TestFiles::queryText(meisu, "SELECT name FROM subprocess ORDER BY position LIMIT 1"),
             QStringLiteral("發現需要"));
    QCOMPARE(TestFiles::queryText(meisu, "SELECT title FROM requirement"),
             QStringLiteral("在同一條街上開更多分店"));
    QCOMPARE(TestFiles::queryText(meisu, "SELECT name FROM factor WHERE id = (SELECT factor_id "
                                         "FROM cycle_factor ORDER BY importance DESC LIMIT 1)"),
             QStringLiteral("便利"));
    QCOMPARE(TestFiles::queryText(b2b, "SELECT name FROM subprocess ORDER BY position LIMIT 1"),
             QStringLiteral("認識到需求"));
    QCOMPARE(TestFiles::queryText(b2b, "SELECT name FROM vendor ORDER BY position LIMIT 1"),
             QStringLiteral("Apex Direct"));
}

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demoproject.moc"
