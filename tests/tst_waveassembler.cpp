#include "assembly/waveassembler.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Peakend;

// The one path from a project file to the charts: which wave is "the latest", what is left out
// of a wave another program changed, and what the assembly states about its sample.
class TestWaveAssembler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void latestIsTheLastImported();
    void hostileRowsAreLeftOutAndNamed();
    void unreadableJourneyIsReported();
    void implausibleValuesAreLeftOutAndNamed();
    void requestThatCannotBeAnsweredSaysWhy();
    void carriesTheProjectAroundTheWave();

private:
    // A project of two vendors × three subprocesses, one wave of three respondents.
    std::unique_ptr<ProjectStore> open() const;

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_wave = 0;
    qint64 m_vendors[2] = {};
    qint64 m_subprocesses[3] = {};
    qint64 m_respondents[3] = {};
};

std::unique_ptr<ProjectStore> TestWaveAssembler::open() const
{
    StoreError error;
    return ProjectStore::open(m_path, ProjectStore::Access::ReadOnly, &error);
}

void TestWaveAssembler::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("%1.peakend").arg(QLatin1String(QTest::currentTestFunction())));
    StoreError error;
    auto store = ProjectStore::create(m_path, QStringLiteral("Assembly"), &error);
    QVERIFY2(store, qPrintable(error.message));
    ProjectRepository data(*store);
    m_vendors[0] = data.addVendor({0, QStringLiteral("Own"), true, QString(), 0});
    m_vendors[1] = data.addVendor({0, QStringLiteral("Rival"), false, QString(), 1});
    for (int s = 0; s < 3; ++s) {
        m_subprocesses[s]
            = data.addSubprocess({0, QStringLiteral("S%1").arg(s + 1), Phase::Purchase, s, false});
    }
    m_wave = data.addSurvey({0, QStringLiteral("Spring"), QString(), QStringLiteral("a.csv"),
                             QStringLiteral("csv"), QString(),
                             QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC), Scale{1, 10, 5.5},
                             QString()});
    QVERIFY(m_wave);
    for (int r = 0; r < 3; ++r) {
        m_respondents[r] = data.addRespondent({0, m_wave, QStringLiteral("R%1").arg(r + 1), 1.0});
        QVERIFY(m_respondents[r]);
    }
    // Own: 4, 6, 8 from R1 and 6, 8, 10 from R2 (means 5, 7, 9); Rival: 3, 3, 3 from R3.
    QVERIFY(data.addRatings({{m_respondents[0], m_vendors[0], m_subprocesses[0], 4},
                             {m_respondents[0], m_vendors[0], m_subprocesses[1], 6},
                             {m_respondents[0], m_vendors[0], m_subprocesses[2], 8},
                             {m_respondents[1], m_vendors[0], m_subprocesses[0], 6},
                             {m_respondents[1], m_vendors[0], m_subprocesses[1], 8},
                             {m_respondents[1], m_vendors[0], m_subprocesses[2], 10},
                             {m_respondents[2], m_vendors[1], m_subprocesses[0], 3},
                             {m_respondents[2], m_vendors[1], m_subprocesses[1], 3},
                             {m_respondents[2], m_vendors[1], m_subprocesses[2], 3}}));
    QVERIFY(data.addEvaluations({{m_respondents[0], m_vendors[0], 7, 9},
                                 {m_respondents[1], m_vendors[0], 9, 10},
                                 {m_respondents[2], m_vendors[1], 2, 1}}));
}

void TestWaveAssembler::latestIsTheLastImported()
{
    {
        StoreError error;
        auto store = ProjectStore::open(m_path, ProjectStore::Access::ReadWrite, &error);
        QVERIFY(store);
        ProjectRepository data(*store);
        // Added after Spring (a higher id) but an older export imported with its own time:
        // the latest is still the one imported last.
        QVERIFY(data.addSurvey(
            {0, QStringLiteral("Winter"), QString(), QString(), QStringLiteral("csv"), QString(),
             QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC), Scale{}, QString()}));
    }
    {
        auto store = open();
        QVERIFY(store);
        const ProjectRepository data(*store);
        const QList<Survey> waves = WaveAssembler::waves(data);
        QCOMPARE(waves.size(), 2);
        QCOMPARE(waves.at(0).name, QStringLiteral("Spring"));
        const WaveAssembly assembly = WaveAssembler::assemble(data);
        QCOMPARE(assembly.wave.id, m_wave);
        QCOMPARE(assembly.analysis.respondents, 3);
        QCOMPARE(WaveAssembler::wave(data).id, m_wave);
        QCOMPARE(WaveAssembler::assemble(data, {waves.at(1).id, {}}).analysis.respondents, 0);
    }
    {
        StoreError error;
        auto store = ProjectStore::open(m_path, ProjectStore::Access::ReadWrite, &error);
        QVERIFY(store);
        ProjectRepository data(*store);
        QVERIFY(data.addSurvey(
            {0, QStringLiteral("Summer"), QString(), QString(), QStringLiteral("csv"), QString(),
             QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC), Scale{}, QString()}));
        QCOMPARE(WaveAssembler::assemble(data).wave.name, QStringLiteral("Summer"));
    }
}

void TestWaveAssembler::hostileRowsAreLeftOutAndNamed()
{
    // Another program, foreign keys off, while the project is open (opening it afterwards is
    // refused by the foreign-key check; the loader must cope regardless): an evaluation and a
    // journey of a vendor that is not there, a rating at a subprocess that is not there, and a
    // journey of a respondent that is not there (it belongs to no wave, so no wave reads it).
    auto store = open();
    QVERIFY(store);
    const QByteArray sql
        = QStringLiteral("PRAGMA foreign_keys = OFF;"
                         "INSERT INTO evaluation VALUES (%1, 999, 5, 5);"
                         "INSERT INTO journey_rating VALUES (%1, 999, '[1,1,1]', 3);"
                         "INSERT INTO journey_rating VALUES (777, %2, '[1,1,1]', 3);"
                         "UPDATE survey SET journey_subprocesses = "
                         "  json_insert(journey_subprocesses, '$[#]', 555);"
                         "UPDATE journey_rating SET ratings = json_insert(ratings, '$[#]', 2),"
                         "  rating_count = rating_count + 1 "
                         "  WHERE respondent_id = %3 AND vendor_id = %2;")
              .arg(m_respondents[2])
              .arg(m_vendors[0])
              .arg(m_respondents[0])
              .toUtf8();
    QVERIFY(TestFiles::execSql(m_path, sql.constData()));
    QVERIFY(!open());
    const ProjectRepository data(*store);
    const WaveAssembly assembly = WaveAssembler::assemble(data);
    QCOMPARE(assembly.problems,
             QStringList({QStringLiteral("2 answer(s) name a vendor that is not in the project "
                                         "and were left out."),
                          QStringLiteral("1 rating(s) name a subprocess that is not in the "
                                         "project and were left out.")}));
    // What is left is the wave as it was: Own's means 5, 7, 9 over two respondents.
    QCOMPARE(assembly.analysis.cases, 3);
    const int own = assembly.analysis.curves.vendorIndex(m_vendors[0]);
    QVERIFY(own >= 0);
    const VendorCurve &curve = assembly.analysis.curves.vendors.at(own);
    QCOMPARE(curve.cells.size(), 3);
    QCOMPARE(curve.cells.at(0).rating.mean, 5.0);
    QCOMPARE(curve.cells.at(1).rating.mean, 7.0);
    QCOMPARE(curve.cells.at(2).rating.mean, 9.0);
    QCOMPARE(curve.cells.at(2).rating.n, 2);
}

void TestWaveAssembler::unreadableJourneyIsReported()
{
    const QByteArray sql = QStringLiteral("UPDATE journey_rating SET ratings = '[6, oops' "
                                          "WHERE respondent_id = %1 AND vendor_id = %2;")
                               .arg(m_respondents[1])
                               .arg(m_vendors[0])
                               .toUtf8();
    QVERIFY(TestFiles::execSql(m_path, sql.constData()));
    auto store = open();
    QVERIFY(store);
    const ProjectRepository data(*store);
    const WaveAssembly assembly = WaveAssembler::assemble(data);
    QCOMPARE(assembly.problems.size(), 1);
    QCOMPARE(assembly.problems.first(),
             QStringLiteral("The ratings of 1 respondent × vendor pair(s) of wave “Spring” do not "
                            "read back and were left out (the first: respondent R2, vendor Own)."));
    // R2's evaluation still counts; the curve is R1's ratings alone.
    QCOMPARE(assembly.analysis.cases, 3);
    const VendorCurve &curve
        = assembly.analysis.curves.vendors.at(assembly.analysis.curves.vendorIndex(m_vendors[0]));
    QCOMPARE(curve.cells.at(0).rating.mean, 4.0);
    QCOMPARE(curve.cells.at(0).rating.n, 1);
}

// Values Peakend never imports (a weight of 1e308, an overall rating of 1e300), written by
// another program, would make every weighted sum infinite: they are left out and said.
void TestWaveAssembler::implausibleValuesAreLeftOutAndNamed()
{
    const QByteArray sql = QStringLiteral("UPDATE respondent SET weight = 1e308 WHERE id = %1;"
                                          "UPDATE evaluation SET overall = 1e300 "
                                          "WHERE respondent_id = %2;")
                               .arg(m_respondents[1])
                               .arg(m_respondents[2])
                               .toUtf8();
    QVERIFY(TestFiles::execSql(m_path, sql.constData()));
    auto store = open();
    QVERIFY(store);
    const ProjectRepository data(*store);
    const WaveAssembly assembly = WaveAssembler::assemble(data);
    QCOMPARE(assembly.problems,
             QStringList({QStringLiteral("1 respondent(s) of wave “Spring” have a weight outside "
                                         "0.000001 to 1,000,000 and were left out."),
                          QStringLiteral("1 answer(s) of wave “Spring” hold a number no rating "
                                         "scale has (above a million, or infinite) and were left "
                                         "out.")}));
    QCOMPARE(assembly.analysis.respondents, 2);
    const EmotionCurves &curves = assembly.analysis.curves;
    const VendorCurve &own = curves.vendors.at(curves.vendorIndex(m_vendors[0]));
    QCOMPARE(own.cells.at(0).rating.mean, 4.0); // R1 alone
    QCOMPARE(own.overall.mean, 7.0);
    const VendorCurve &rival = curves.vendors.at(curves.vendorIndex(m_vendors[1]));
    QCOMPARE(rival.cells.at(0).rating.mean, 3.0);
    QCOMPARE(rival.overall.n, 0);
}

void TestWaveAssembler::requestThatCannotBeAnsweredSaysWhy()
{
    auto store = open();
    QVERIFY(store);
    const ProjectRepository data(*store);
    WaveAssembler::Request request;
    request.options.segment.conditions.append(
        {QStringLiteral("region"), {QStringLiteral("North")}});
    const WaveAssembly assembly = WaveAssembler::assemble(data, request);
    QVERIFY(!assembly.error.isEmpty());
    QVERIFY(assembly.error.contains(QStringLiteral("region")));
    QCOMPARE(assembly.analysis.respondents, 0); // nothing computed
}

void TestWaveAssembler::carriesTheProjectAroundTheWave()
{
    auto store = open();
    QVERIFY(store);
    const ProjectRepository data(*store);
    const WaveAssembly assembly = WaveAssembler::assemble(data);
    QCOMPARE(assembly.subprocesses.size(), 3);
    QCOMPARE(assembly.analysis.scale.max, 10.0);
    QVERIFY(assembly.problems.isEmpty());
    QVERIFY(assembly.latestCycle() == nullptr);
    QCOMPARE(assembly.attributes.size(), 0);
    // No translation loaded: the plural forms as written in the source.
    QCOMPARE(assembly.source(),
             QStringLiteral("Spring: n = 3 respondent(s), 3 respondent × vendor pair(s)"));
    QCOMPARE(WaveAssembly().source(), QString());
}

QTEST_GUILESS_MAIN(TestWaveAssembler)
#include "tst_waveassembler.moc"
