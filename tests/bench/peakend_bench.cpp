// Times the analysis engine on the workloads of issue 3 and writes one JSON object per line:
// {"name": …, "ms": median wall time, "runs": …, "detail": …}. tests/bench/run compares the
// figures with numpy/pandas doing the same work on the same data (bench.py).
//
// peakend_bench OUTDIR: writes the B2B demo project and the Shapley data sets into OUTDIR.
// peakend_bench import long|wide CSV PROJECT: imports CSV into a new project, one timing
// line with the peak resident memory of this process.

#include "analysis/driverimportance.h"
#include "analysis/exactshapley.h"
#include "analysis/seededrandom.h"
#include "assembly/waveassembler.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "import/surveyimporter.h"
#include "import/wavewriter.h"
#include "mediantime.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <sqlite3.h>

using namespace Peakend;

namespace {

void report(const char *name, double ms, int runs, const QString &detail = QString())
{
    std::printf("{\"name\": \"%s\", \"ms\": %.3f, \"runs\": %d, \"detail\": \"%s\"}\n", name, ms,
                runs, detail.toUtf8().constData());
    std::fflush(stdout);
}

// Correlated drivers and an outcome, as in a real satisfaction survey; written for bench.py.
DriverData shapleyData(int p, int rows, const QString &csvPath)
{
    SeededRandom random(quint64(1000 + p));
    DriverData data;
    data.outcomeName = QStringLiteral("y");
    for (int j = 0; j < p; ++j)
        data.driverNames.append(QStringLiteral("x%1").arg(j + 1));
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return data;
    QTextStream out(&file);
    out.setRealNumberPrecision(17);
    out << data.driverNames.join(QLatin1Char(',')) << ",y\n";
    std::vector<double> x(static_cast<size_t>(p));
    for (int i = 0; i < rows; ++i) {
        const double halo = random.normal(0.0, 1.0);
        double y = 0.0;
        for (int j = 0; j < p; ++j) {
            x[size_t(j)] = 0.6 * halo + random.normal(0.0, 1.0);
            y += (0.05 + 0.03 * (j % 7)) * x[size_t(j)];
            out << x[size_t(j)] << ',';
        }
        y += random.normal(0.0, 1.0);
        out << y << '\n';
        data.appendRow(x, y);
    }
    return data;
}

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// What SQLite alone takes for the rows an import writes: the same respondents and ratings
// handed to the importer's writer from a loop, no file read, in one transaction.
double writeOnlyMs(int respondents, const QString &projectPath)
{
    QFile::remove(projectPath);
    StoreError error;
    const auto store = ProjectStore::create(projectPath, QStringLiteral("write only"), &error);
    if (!store)
        return -1.0;
    sqlite3 *db = store->handle();
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db,
                 "PRAGMA foreign_keys = OFF; BEGIN; "
                 "INSERT INTO survey (id, name, source_file, source_format, source_sha256, "
                 "imported_at) VALUES (1, 'w', 'w.csv', 'csv', '', '')",
                 nullptr, nullptr, nullptr);
    WaveWriter writer(db);
    QString message;
    if (!writer.start(1, &message))
        return -1.0;
    constexpr int vendors = 14;
    constexpr int subprocesses = 25;
    for (int v = 1; v <= vendors; ++v)
        writer.addVendor(v, QStringLiteral("Vendor %1").arg(v), v);
    for (int s = 1; s <= subprocesses; ++s)
        writer.addSubprocess(s, QStringLiteral("S%1").arg(s), s);
    for (int r = 1; r <= respondents; ++r) {
        writer.addRespondent(r, 1, QStringLiteral("R%1").arg(r, 6, 10, QLatin1Char('0')), 1.0);
        for (int s = 1; s <= subprocesses; ++s)
            writer.addRating(r, 1 + r % vendors, s, double(1 + (r * 7 + s) % 10));
    }
    if (!writer.finish(&message)
        || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return -1.0;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

int importBench(const QString &layout, const QString &csv, const QString &projectPath)
{
    QFile::remove(projectPath);
    StoreError error;
    const auto store
        = ProjectStore::create(projectPath, QStringLiteral("import benchmark"), &error);
    if (!store)
        return 1;
    // long: respondent, vendor, subprocess, rating. wide: respondent, vendor, then one column
    // per subprocess.
    ImportMapping mapping;
    mapping.createMissing = true;
    mapping.columns = {{ColumnRole::RespondentId, {}, {}}, {ColumnRole::Vendor, {}, {}}};
    if (layout == QLatin1String("long")) {
        mapping.columns.append(ColumnMapping(ColumnRole::Subprocess));
        mapping.columns.append(ColumnMapping(ColumnRole::Rating));
    } else {
        for (int s = 1; s <= 25; ++s)
            mapping.columns.append(
                {ColumnRole::SubprocessRating, QStringLiteral("S%1").arg(s), {}});
    }
    QElapsedTimer timer;
    timer.start();
    SurveyImporter::validate(store->handle(), csv, mapping);
    const double validateMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const ImportReport report = SurveyImporter::run(store->handle(), csv, mapping);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!report.isClean()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.fatal));
        return 1;
    }
    const qint64 rss = peakResidentKiB();
    const double writeMs = writeOnlyMs(int(report.respondents), projectPath + QStringLiteral("-w"));
    QFile::remove(projectPath + QStringLiteral("-w"));
    std::printf("{\"name\": \"import_%s\", \"ms\": %.1f, \"validate_ms\": %.1f, \"write_only_ms\": "
                "%.1f, \"rss_kib\": %lld, \"ratings\": %lld}\n",
                qPrintable(layout), ms, validateMs, writeMs, rss, report.ratings);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "import") == 0) {
        return importBench(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                           QString::fromLocal8Bit(argv[4]));
    }
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: peakend_bench OUTDIR | peakend_bench import long|wide CSV PROJECT\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString projectPath = out.filePath(QStringLiteral("b2b.peakend"));
    QFile::remove(projectPath);
    if (!DemoProject::create(DemoProject::Kind::B2b, projectPath).isOk()) {
        std::fprintf(stderr, "could not write the demo project\n");
        return 1;
    }
    StoreError error;
    const auto document
        = ProjectDocument::open(projectPath, &error, ProjectStore::Access::ReadOnly);
    if (!document) {
        std::fprintf(stderr, "could not open the demo project\n");
        return 1;
    }
    const ProjectRepository &repository = document->repository();

    // 1. Full analysis of the B2B demo: read the file, every measure of DESIGN.md §2.
    ProjectAnalysisOptions full;
    full.importance.bootstrapResamples = 0;
    ProjectAnalysis analysis;
    const int runs = 7;
    report("full_analysis",
           medianMs(runs,
                    [&] {
                        analysis = WaveAssembler::assemble(repository, {0, full}).analysis;
                    }),
           runs,
           QStringLiteral("757 respondents x 14 vendors x 25 subprocesses, exact LMG on 25 "
                          "and 6 drivers, no bootstrap"));
    ProjectAnalysisOptions noLmg = full;
    noLmg.importance.shapley = false;
    report("full_analysis_no_lmg",
           medianMs(runs,
                    [&] {
                        analysis = WaveAssembler::assemble(repository, {0, noLmg}).analysis;
                    }),
           runs, QStringLiteral("the same without LMG: the work bench.py does"));
    SurveyData data;
    report("load_survey", medianMs(runs, [&] { data = WaveAssembler::load(repository); }), runs,
           QStringLiteral("reading the survey into memory"));

    // 2. Bootstrap: 1,000 resamples of the relative weights of 25 subprocesses.
    const DriverData journey = ProjectAnalysis::subprocessDrivers(data);
    ImportanceOptions bootstrap;
    bootstrap.shapley = false;
    bootstrap.bootstrapResamples = 1000;
    ImportanceResult result;
    report("bootstrap_rw_1000",
           medianMs(3, [&] { result = DriverImportance::compute(journey, bootstrap); }), 3,
           QStringLiteral("%1 rows, %2 respondents resampled").arg(result.n).arg(757));

    // 3. Exact Shapley on 10,000 rows.
    for (const int p : {15, 20, 25}) {
        const DriverData rows
            = shapleyData(p, 10000, out.filePath(QStringLiteral("shapley-%1.csv").arg(p)));
        std::vector<double> lmg;
        const int shapleyRuns = p < 25 ? 5 : 3;
        const double ms = medianMs(
            shapleyRuns, [&] { lmg = ExactShapley::compute(CorrelationMatrix::of(rows).r, p); });
        const QByteArray name = QStringLiteral("shapley_p%1").arg(p).toUtf8();
        report(
            name.constData(), ms, shapleyRuns,
            QStringLiteral("sum %1").arg(std::accumulate(lmg.begin(), lmg.end(), 0.0), 0, 'f', 12));
    }
    return 0;
}
