#include "pdftools.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Peakend;

// Runs the real executable, as a script or a user at a terminal would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void newDemoThenCheck();
    void checkRefusesForeignFile();
    void checkFindsSpoiledRatings();
    void checkFindsIndexDamage();
    void newNeedsForceToReplace();
    void interruptedWriteNeedsRecovery();
    void refusedFileKeepsItsJournal();
    void dryRunWritesNothing();
    void outOfMemoryIsAMessage();
    void usageErrors_data();
    void usageErrors();
    void help();
    void reportFromDemo();
    void importSurvey();
    void importWithAMappingFile();
    void importWithTheReadmeMappingFile();
    void importSaysWhatIsLeftOut();
    void analyzeJson();
    void analyzeCsv();
    void analyzeWithAnOutcome();
    void analyzeSurfacesIncidentsWeakestLinkAndIpa();
    void exportCharts();
    void exportErrors();
    void exportGrowsToFitItsRows();
    void languageFollowsLangThenTheEnvironment();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QString &workingDirectory = QString(),
               const QProcessEnvironment &extra = QProcessEnvironment());
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments,
                                             const QString &workingDirectory,
                                             const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program picks offscreen itself
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const QStringList keys = extra.keys();
    for (const QString &key : keys)
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(PEAKEND_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {-1, QString(), QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::newDemoThenCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meisu.peakend"));
    Result result
        = run({QStringLiteral("new"), path, QStringLiteral("--demo"), QStringLiteral("meisu")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("Created %1").arg(path));
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM cycle_factor"), 6);

    result = run({QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(),
             QStringLiteral("%1: OK (file format %2)").arg(path).arg(Migrator().latestVersion()));

    const QString empty = dir.filePath(QStringLiteral("empty.peakend"));
    result = run({QStringLiteral("new"), empty, QStringLiteral("--name"), QStringLiteral("Q3")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(TestFiles::queryInt(empty, "SELECT count(*) FROM project WHERE name = 'Q3'"), 1);
    // A new project starts with the six CEM factors (DESIGN.md §1), in the language asked for.
    const char *factors
        = "SELECT group_concat(name, '|') FROM (SELECT name FROM factor ORDER BY position)";
    QCOMPARE(TestFiles::queryText(empty, factors),
             QStringLiteral("Product|Service|Relationship|Convenience|Brand image|Price"));
    const QString chinese = dir.filePath(QStringLiteral("zh.peakend"));
    result
        = run({QStringLiteral("new"), chinese, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(TestFiles::queryText(chinese, factors),
             QStringLiteral("产品|服务|关系|便利|品牌形象|价格"));
}

void TestCommandLine::checkRefusesForeignFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("music.peakend"));
    QVERIFY(TestFiles::execSql(path, "PRAGMA application_id = 1; CREATE TABLE songs (t)"));
    const QByteArray before = TestFiles::readAll(path);
    const Result result = run({QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("“music.peakend” is an SQLite database of another "
                                                "program (application id 0x00000001), not a "
                                                "Peakend project.")),
             qPrintable(result.err));
    QCOMPARE(TestFiles::readAll(path), before);
}

// A journey another program spoiled (B2B demo) is named, and the file is left as it was.
void TestCommandLine::checkFindsSpoiledRatings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b2b.peakend"));
    QCOMPARE(run({QStringLiteral("new"), path, QStringLiteral("--demo"), QStringLiteral("b2b")})
                 .exitCode,
             0);
    const qint64 respondent = TestFiles::queryInt(path, "SELECT min(respondent_id) FROM "
                                                        "journey_rating");
    const QByteArray journey = "respondent_id = " + QByteArray::number(respondent)
                               + " AND vendor_id = (SELECT min(vendor_id) FROM journey_rating "
                                 "WHERE respondent_id = "
                               + QByteArray::number(respondent) + ")";
    const qint64 vendor = TestFiles::queryInt(
        path, ("SELECT vendor_id FROM journey_rating WHERE " + journey).constData());
    QVERIFY(TestFiles::execSql(
        path, ("UPDATE journey_rating SET ratings = '[7,\"x\"]' WHERE " + journey).constData()));
    const QByteArray before = TestFiles::readAll(path);
    const Result result = run({QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(
                 QStringLiteral("%1: The ratings of respondent %2 for vendor %3 are not readable.")
                     .arg(path)
                     .arg(respondent)
                     .arg(vendor)),
             qPrintable(result.err));
    QCOMPARE(result.err.count(QStringLiteral("not readable")), 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(TestFiles::readAll(path), before);
}

// quick_check (on opening) does not compare an index with its table; check's integrity_check
// does. The index is spoiled by writing a row while its definition names another column.
void TestCommandLine::checkFindsIndexDamage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("index.peakend"));
    QCOMPARE(run({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("b2b"), path})
                 .exitCode,
             0);
    QVERIFY(TestFiles::execSql(path, "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET "
                                     "sql = replace(sql, '(vendor_id)', '(overall)') "
                                     "WHERE name = 'evaluation_by_vendor'"));
    QVERIFY(TestFiles::execSql(path, "INSERT INTO evaluation SELECT r.id, v.id, 3, NULL FROM "
                                     "respondent r, vendor v WHERE NOT EXISTS (SELECT 1 FROM "
                                     "evaluation e WHERE e.respondent_id = r.id AND "
                                     "e.vendor_id = v.id) LIMIT 1"));
    QVERIFY(TestFiles::execSql(path, "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET "
                                     "sql = replace(sql, '(overall)', '(vendor_id)') "
                                     "WHERE name = 'evaluation_by_vendor'"));
    const QByteArray before = TestFiles::readAll(path);
    const Result result = run({QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("“index.peakend” is damaged. SQLite's check "
                                                "reports: row ")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("missing from index evaluation_by_vendor")),
             qPrintable(result.err));
    QCOMPARE(TestFiles::readAll(path), before);
}

void TestCommandLine::newNeedsForceToReplace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.peakend"));
    QCOMPARE(run({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("b2b"), path})
                 .exitCode,
             0);
    const QByteArray before = TestFiles::readAll(path);
    Result result = run({QStringLiteral("new"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("“%1” already exists. Nothing was changed; pass "
                                                "--force to replace it (everything in it is "
                                                "lost).")
                                     .arg(path)),
             qPrintable(result.err));
    QCOMPARE(TestFiles::readAll(path), before);

    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(TestFiles::writeAll(notes, "keep me\n"));
    QCOMPARE(run({QStringLiteral("new"), notes}).exitCode, 1);
    QCOMPARE(TestFiles::readAll(notes), QByteArray("keep me\n"));
    QCOMPARE(run({QStringLiteral("new"), dir.path(), QStringLiteral("--force")}).exitCode, 1);

    result = run({QStringLiteral("new"), path, QStringLiteral("--force")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM respondent"), 0);
}

namespace {

// Copies path and its journal while a plain connection is in the middle of a write, as a
// crash would leave them: copy holds a hot journal that rolls back to path's contents.
bool interruptedCopy(const QString &path, const QString &copy, const char *change)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
              && sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; BEGIN",
                              nullptr, nullptr, nullptr)
                     == SQLITE_OK
              && sqlite3_exec(db, change, nullptr, nullptr, nullptr) == SQLITE_OK;
    ok = ok && QFile::copy(path, copy)
         && QFile::copy(path + QStringLiteral("-journal"), copy + QStringLiteral("-journal"));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return ok;
}

} // namespace

// A read-only command cannot roll back an interrupted write: it says so, touches nothing, and
// check --recover rolls it back.
void TestCommandLine::interruptedWriteNeedsRecovery()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.peakend"));
    QCOMPARE(run({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("b2b"), path})
                 .exitCode,
             0);
    const QString copy = dir.filePath(QStringLiteral("crashed.peakend"));
    QVERIFY(interruptedCopy(path, copy,
                            "UPDATE vendor SET name = name || ' (changed)'; "
                            "DELETE FROM journey_rating"));
    const QByteArray before = TestFiles::readAll(copy);
    const QByteArray journal = TestFiles::readAll(copy + QStringLiteral("-journal"));
    QVERIFY(!journal.isEmpty());
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("analyze")}) {
        const Result result = run({command, copy});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("“crashed.peakend” was not closed properly: "
                                                    "a change to it was interrupted")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("peakend check --recover")));
        QCOMPARE(TestFiles::readAll(copy), before);
        QCOMPARE(TestFiles::readAll(copy + QStringLiteral("-journal")), journal);
    }
    const Result recovered = run({QStringLiteral("check"), QStringLiteral("--recover"), copy});
    QCOMPARE(recovered.exitCode, 0);
    QVERIFY(!QFile::exists(copy + QStringLiteral("-journal")));
    QCOMPARE(TestFiles::queryInt(copy, "SELECT count(*) FROM vendor WHERE name LIKE '%(changed)'"),
             0);
    QCOMPARE(TestFiles::queryInt(copy, "SELECT count(*) FROM journey_rating"),
             TestFiles::queryInt(path, "SELECT count(*) FROM journey_rating"));
}

// Another program's database is refused from its header: SQLite never opens it, so its hot
// journal is neither rolled back nor deleted.
void TestCommandLine::refusedFileKeepsItsJournal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    QVERIFY(TestFiles::execSql(path, "PRAGMA application_id = 42; CREATE TABLE t (x);"
                                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                     "FROM n WHERE i < 2000) INSERT INTO t SELECT randomblob(500) "
                                     "FROM n"));
    const QString copy = dir.filePath(QStringLiteral("other.peakend"));
    QVERIFY(interruptedCopy(path, copy, "DELETE FROM t"));
    const QByteArray before = TestFiles::readAll(copy);
    const QByteArray journal = TestFiles::readAll(copy + QStringLiteral("-journal"));
    const QString survey = TestFiles::importFixture(QStringLiteral("long.csv"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("check"), copy},
          QStringList{QStringLiteral("import"), copy, survey, QStringLiteral("--create-missing")},
          QStringList{QStringLiteral("check"), QStringLiteral("--recover"), copy}}) {
        const Result result = run(command);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("“other.peakend” is an SQLite database of "
                                                    "another program (application id "
                                                    "0x0000002a), not a Peakend project.")),
                 qPrintable(result.err));
        QCOMPARE(TestFiles::readAll(copy), before);
        QCOMPARE(TestFiles::readAll(copy + QStringLiteral("-journal")), journal);
    }
}

// A dry run opens the project read-only: an older file is not upgraded (no new bytes, no
// backup beside it), a current one is not touched.
void TestCommandLine::dryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("v1.peakend"));
    const QByteArray dump = TestFiles::readAll(QStringLiteral(PEAKEND_FIXTURES "/project-v1.sql"));
    QVERIFY(TestFiles::execSql(old, dump.constData()));
    const QString survey = TestFiles::importFixture(QStringLiteral("long.csv"));
    const QByteArray before = TestFiles::readAll(old);
    Result result = run({QStringLiteral("import"), old, survey, QStringLiteral("--create-missing"),
                         QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("uses an older file format (1)")),
             qPrintable(result.err));
    QCOMPARE(TestFiles::readAll(old), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("v1.peakend")});

    const QString current = dir.filePath(QStringLiteral("current.peakend"));
    QCOMPARE(run({QStringLiteral("new"), current}).exitCode, 0);
    const QByteArray empty = TestFiles::readAll(current);
    result = run({QStringLiteral("import"), current, survey, QStringLiteral("--create-missing"),
                  QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("nothing written (--dry-run)")),
             qPrintable(result.out));
    QCOMPARE(TestFiles::readAll(current), empty);
}

// A 150 MB cell under a 400 MB address-space limit: std::bad_alloc ends in a message and exit
// code 1, not an abort, and the project keeps its bytes.
void TestCommandLine::outOfMemoryIsAMessage()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer reserves more address space than the limit");
#else
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.peakend"));
    QCOMPARE(run({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("b2b"), project})
                 .exitCode,
             0);
    const QString csv = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("respondent,vendor,subprocess,rating\nR1,");
        const QByteArray chunk(1 << 20, 'A');
        for (int i = 0; i < 150; ++i)
            file.write(chunk);
        file.write(",Quote,5\n");
    }
    const QByteArray before = TestFiles::readAll(project);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] {
        const rlimit limit{400L << 20, 400L << 20};
        setrlimit(RLIMIT_AS, &limit);
    });
    process.start(QStringLiteral(PEAKEND_EXECUTABLE),
                  {QStringLiteral("import"), project, csv, QStringLiteral("--create-missing")});
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("Peakend ran out of memory and stopped; nothing was "
                                         "changed.")),
             qPrintable(err));
    QCOMPARE(TestFiles::readAll(project), before);
#endif
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown demo") << QStringList{QStringLiteral("new"), QStringLiteral("x.peakend"),
                                                 QStringLiteral("--demo"), QStringLiteral("acme")}
                                  << QStringLiteral("Unknown demo “acme”: use meisu or b2b.");
    QTest::newRow("no file") << QStringList{QStringLiteral("check")}
                             << QStringLiteral("Name one file to check.");
    QTest::newRow("report without output")
        << QStringList{QStringLiteral("report"), QStringLiteral("x.peakend")}
        << QStringLiteral("Name the output with -o FILE.pdf.");
    QTest::newRow("resamples not a number")
        << QStringList{QStringLiteral("analyze"), QStringLiteral("x.peakend"),
                       QStringLiteral("--resamples"), QStringLiteral("many")}
        << QStringLiteral("--resamples takes a whole number from 0 to 100,000, not “many”.");
    QTest::newRow("resamples too many")
        << QStringList{QStringLiteral("analyze"), QStringLiteral("x.peakend"),
                       QStringLiteral("--resamples"), QStringLiteral("100001")}
        << QStringLiteral("--resamples takes a whole number from 0 to 100,000, not “100001”.");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("check"), QStringLiteral("--frob")}
        << QStringLiteral("Unknown option 'frob'.");
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Result result = run(arguments, dir.path());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.peakend"))));
}

void TestCommandLine::help()
{
    for (const char *command : {"new", "import", "analyze", "export", "report", "check"}) {
        const Result result = run({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Usage:")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("--help")));
    }
    // The window's own help answers without a display; the window itself says what to do.
    Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Subcommands (each has --help): new, import, "
                                               "analyze, export, report, check.")));
    result = run({});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("There is no display to open a window on.")),
             qPrintable(result.err));
}

void TestCommandLine::reportFromDemo()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("demo.pdf"));
    const QString tables = dir.filePath(QStringLiteral("tables"));
    Result result
        = run({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("meisu"),
               QStringLiteral("-o"), pdf, QStringLiteral("--cycle"), QStringLiteral("1"),
               QStringLiteral("--tables"), tables});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Wrote the report to %1\n").arg(pdf)),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Wrote 8 tables as CSV to %1").arg(tables)));
    QVERIFY(TestFiles::readAll(pdf).startsWith("%PDF-"));
    QVERIFY(QFile::exists(tables + QStringLiteral("/03-cycle1-step4-gap.csv")));
    if (PdfTools::available()) {
        const QString text = PdfTools::text(pdf);
        QVERIFY(text.contains(QStringLiteral("−18")) && text.contains(QStringLiteral("−5")));
    }

    result = run({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("meisu"),
                  QStringLiteral("-o"), pdf, QStringLiteral("--cycle"), QStringLiteral("3")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.endsWith(QStringLiteral("The project has no cycle 3; it has: 1.\n")),
             qPrintable(result.err));
    result = run({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("meisu"),
                  QStringLiteral("-o"), dir.filePath(QStringLiteral("report.txt"))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.endsWith(QStringLiteral("Name the output with -o FILE.pdf.\n")),
             qPrintable(result.err));
    result = run({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("b2b"),
                  QStringLiteral("-o"), dir.filePath(QStringLiteral("missing/report.pdf"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing"))));
}

// `peakend import`: a long export into a new project (names created on request), the same
// file refused the second time, a file with errors refused with its rows and columns and the
// project byte-for-byte unchanged, then imported without those rows; a layout the file does
// not have is refused.
void TestCommandLine::importSurvey()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("imports.peakend"));
    QCOMPARE(run({QStringLiteral("new"), project}).exitCode, 0);
    const QString longFile = TestFiles::importFixture(QStringLiteral("long.csv"));
    const QString errorsFile = TestFiles::importFixture(QStringLiteral("errors.csv"));

    Result result = run({QStringLiteral("import"), project, longFile});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("pass --create-missing to add them")),
             qPrintable(result.err));
    QCOMPARE(TestFiles::queryInt(project, "SELECT count(*) FROM survey"), 0);

    result = run({QStringLiteral("import"), project, longFile, QStringLiteral("--create-missing"),
                  QStringLiteral("--name"), QStringLiteral("Spring wave")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("long.csv: One row per rating (long)")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(
                 QStringLiteral("Imported the wave “Spring wave”: 6 respondents, 36 ratings.")),
             qPrintable(result.out));
    QCOMPARE(TestFiles::queryInt(project, "SELECT count(*) FROM rating"), 36);

    const QByteArray before = TestFiles::readAll(project);
    result = run({QStringLiteral("import"), project, longFile, QStringLiteral("--create-missing")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(
        result.err.contains(QStringLiteral("already in the project as the wave “Spring wave”")));
    result
        = run({QStringLiteral("import"), project, errorsFile, QStringLiteral("--create-missing")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(
                 QStringLiteral("errors.csv, row 3, column 3 (Quote): not a number “eleven”")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(
        QStringLiteral("errors.csv, row 4, column 4 (Delivery): outside the rating scale “12”")));
    QVERIFY(result.err.contains(QStringLiteral("Nothing was imported.")));
    QCOMPARE(TestFiles::readAll(project), before); // untouched

    result = run({QStringLiteral("import"), project, errorsFile, QStringLiteral("--create-missing"),
                  QStringLiteral("--skip-invalid")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("6 rows with problems left out")),
             qPrintable(result.out));
    QCOMPARE(TestFiles::queryInt(project, "SELECT count(*) FROM survey"), 2);

    result = run({QStringLiteral("import"), project, longFile, QStringLiteral("--format"),
                  QStringLiteral("qualtrics")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("does not look like “Qualtrics”")));
    result = run({QStringLiteral("import"), project, longFile, QStringLiteral("--mapping"),
                  QStringLiteral("nope")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("no saved mapping “nope”")));
}

// The headless path of a user whose journey the file does not name: a 0–10 respondent ×
// brand file is refused (nothing maps to a subprocess) and the project is untouched; the dry
// run says why each column is left out and writes the suggested mapping; edited, the mapping
// file imports, adding the subprocesses in the file's column order, on the file's own scale.
// Into a project with no journey yet, the columns of numbers become its subprocesses.
void TestCommandLine::importWithAMappingFile()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("brands.peakend"));
    QCOMPARE(run({QStringLiteral("new"), project, QStringLiteral("--scale"), QStringLiteral("1-5")})
                 .exitCode,
             0);
    QCOMPARE(TestFiles::queryText(project, "SELECT scale_min || '-' || scale_max || ':' || "
                                           "scale_neutral FROM project"),
             QStringLiteral("1.0-5.0:3.0"));
    QVERIFY(TestFiles::execSql(project, "INSERT INTO vendor (name, position) VALUES ('Apex', 0), "
                                        "('Borealis', 1)"));
    QVERIFY(TestFiles::execSql(project, "INSERT INTO subprocess (name, phase, position) VALUES "
                                        "('Onboarding', 0, 0)"));
    const QString brands = TestFiles::importFixture(QStringLiteral("brands-0-10.csv"));
    const QByteArray before = TestFiles::readAll(project);
    Result result = run({QStringLiteral("import"), project, brands});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("No column is mapped to a subprocess or factor "
                                                "rating")),
             qPrintable(result.err));
    QCOMPARE(TestFiles::readAll(project), before);

    const QString mapFile = dir.filePath(QStringLiteral("map.json"));
    result = run({QStringLiteral("import"), project, brands, QStringLiteral("--dry-run"),
                  QStringLiteral("--write-mapping"), mapFile});
    QCOMPARE(result.exitCode, 1); // an import would stop at the warning
    QVERIFY2(result.out.contains(QStringLiteral("Scale of the wave: 0–10, neutral 5.")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("column 3 (“Quote”): numbers, but the header names "
                                               "no subprocess or factor of the project")));
    QVERIFY(result.out.contains(QStringLiteral("column 2 (“brand”): Vendor")));
    QVERIFY(result.out.contains(QStringLiteral("Wrote the mapping to")));
    QCOMPARE(TestFiles::readAll(project), before);

    // What a user does with the file: name the subprocesses of the grid.
    QJsonObject map = QJsonDocument::fromJson(TestFiles::readAll(mapFile)).object();
    QCOMPARE(map.value(QStringLiteral("scale")).toObject().value(QStringLiteral("max")).toDouble(),
             10.0);
    QJsonArray columns = map.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 6);
    for (int c = 2; c <= 4; ++c) {
        QJsonObject column = columns.at(c).toObject();
        column[QStringLiteral("role")] = QStringLiteral("subprocess-rating");
        column[QStringLiteral("target")] = column.value(QStringLiteral("header"));
        columns[c] = column;
    }
    map[QStringLiteral("columns")] = columns;
    map[QStringLiteral("createMissing")] = true;
    QVERIFY(TestFiles::writeAll(mapFile, QJsonDocument(map).toJson()));
    result = run(
        {QStringLiteral("import"), project, brands, QStringLiteral("--mapping-file"), mapFile});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(
                 QStringLiteral("Imported the wave “brands-0-10”: 2 respondents, 11 ratings.")),
             qPrintable(result.out));
    QCOMPARE(TestFiles::queryText(project, "SELECT group_concat(name, ',') FROM (SELECT name "
                                           "FROM subprocess ORDER BY position)"),
             QStringLiteral("Onboarding,Quote,Delivery,Support"));
    QVERIFY2(result.out.contains(QStringLiteral("Added to the project: 0 vendors, 3 subprocesses, "
                                                "0 factors, 0 respondent attributes.")),
             qPrintable(result.out));
    QCOMPARE(TestFiles::queryText(project, "SELECT scale_min || '-' || scale_max || ':' || "
                                           "scale_neutral FROM survey"),
             QStringLiteral("0.0-10.0:5.0"));
    // Apex at Quote: (0 + 10) / 2 on the wave's 0–10, its e from neutral 5 is 0.
    QCOMPARE(TestFiles::queryText(project, "SELECT avg(value) FROM rating r JOIN vendor v ON "
                                           "v.id = r.vendor_id JOIN subprocess s ON s.id = "
                                           "r.subprocess_id WHERE v.name = 'Apex' AND s.name = "
                                           "'Quote'"),
             QStringLiteral("5.0"));

    // A broken mapping file is named with what is wrong, and nothing is read further.
    QVERIFY(TestFiles::writeAll(mapFile, "{\"columns\": [{\"role\": \"rating-ish\"}]}"));
    result = run({QStringLiteral("import"), project, brands, QStringLiteral("--mapping-file"),
                  mapFile, QStringLiteral("--again")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("Column 1 of the mapping: unknown role "
                                                "“rating-ish”")),
             qPrintable(result.err));

    // A new project: the file's columns of numbers on its scale are the journey, in its order.
    const QString fresh = dir.filePath(QStringLiteral("fresh.peakend"));
    QCOMPARE(run({QStringLiteral("new"), fresh}).exitCode, 0);
    result = run({QStringLiteral("import"), fresh, brands});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("pass --create-missing")), qPrintable(result.err));
    result = run({QStringLiteral("import"), fresh, brands, QStringLiteral("--create-missing")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Added to the project: 2 vendors, 3 subprocesses, "
                                                "0 factors, 0 respondent attributes.")),
             qPrintable(result.out));
    QCOMPARE(TestFiles::queryText(fresh, "SELECT group_concat(name, ',') FROM (SELECT name "
                                         "FROM subprocess ORDER BY position)"),
             QStringLiteral("Quote,Delivery,Support"));
    QCOMPARE(TestFiles::queryText(fresh, "SELECT count(*) FROM rating"), QStringLiteral("11"));
}

// The mapping file README.md shows imports as it says: text labels and N/A, a column's own
// reversed 1–7 scale with its missing codes, a 0–10 overall and a 1–11 recommend recoded, −99
// left out of a segment attribute.
void TestCommandLine::importWithTheReadmeMappingFile()
{
    const QString readme
        = QString::fromUtf8(TestFiles::readAll(QStringLiteral(PEAKEND_SOURCE_DIR "/README.md")));
    const qsizetype section = readme.indexOf(QStringLiteral("#### The mapping file"));
    QVERIFY(section >= 0);
    const qsizetype open = readme.indexOf(QStringLiteral("```json\n"), section);
    const qsizetype close = readme.indexOf(QStringLiteral("```"), open + 8);
    QVERIFY(open >= 0 && close > open);
    QTemporaryDir dir;
    const QString mapFile = dir.filePath(QStringLiteral("map.json"));
    QVERIFY(TestFiles::writeAll(mapFile, readme.mid(open + 8, close - open - 8).toUtf8()));
    const QString export_ = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(TestFiles::writeAll(
        export_, "Respondent ID,Start Date,Which vendor did you buy from?,How favorably do you "
                 "view each step? \xe2\x80\x93 Quote,Delivery,Overall,Recommend,Region\n"
                 "1,2026-01-01,Apex,Very favorably,2,9,11,North\n"
                 "2,2026-01-01,Borealis,Unfamiliar (N/A),9,5,1,-99\n"
                 "3,2026-01-01,Apex,Neutral,7,0,6,South\n"));
    const QString project = dir.filePath(QStringLiteral("readme.peakend"));
    QCOMPARE(run({QStringLiteral("new"), project, QStringLiteral("--scale"), QStringLiteral("1-5")})
                 .exitCode,
             0);
    QVERIFY(TestFiles::execSql(project, "INSERT INTO vendor (name, position) VALUES ('Apex', 0), "
                                        "('Borealis', 1)"));
    const Result result = run(
        {QStringLiteral("import"), project, export_, QStringLiteral("--mapping-file"), mapFile});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // Delivery 2 on a reversed 1–7 is 6, on the wave's 1–5: 1 + (6 − 1) · 4/6; 9 is no answer.
    QCOMPARE(TestFiles::queryText(project, "SELECT group_concat(x, ' ') FROM (SELECT s.name || "
                                           "'=' || round(r.value, 6) AS x FROM rating r JOIN "
                                           "subprocess s ON s.id = r.subprocess_id ORDER BY "
                                           "r.respondent_id, s.position)"),
             QStringLiteral("Quote=5.0 Delivery=4.333333 Quote=3.0 Delivery=1.0"));
    // Overall 9, 5, 0 on 0–10 → 1 + x · 0.4; recommend 11, 1, 6 on 1–11 → x − 1.
    QCOMPARE(TestFiles::queryText(project,
                                  "SELECT group_concat(overall || '/' || recommend, ' ') "
                                  "FROM (SELECT * FROM evaluation ORDER BY respondent_id)"),
             QStringLiteral("4.6/10.0 3.0/0.0 1.0/5.0"));
    QCOMPARE(TestFiles::queryText(project, "SELECT group_concat(value, ',') FROM (SELECT "
                                           "value FROM respondent_attribute ORDER BY "
                                           "respondent_id)"),
             QStringLiteral("North,South"));
}

// Nothing dropped silently: a column with no answer, overall answers that name no vendor, and
// --skip-invalid on a file where every row has a problem each stop the import with their
// message (exit 1, project unchanged); --allow-empty imports anyway. Problems are counted as
// problems in rows, not as rows.
void TestCommandLine::importSaysWhatIsLeftOut()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("silent.peakend"));
    QCOMPARE(run({QStringLiteral("new"), project}).exitCode, 0);
    QVERIFY(TestFiles::execSql(project,
                               "INSERT INTO vendor (name, position) VALUES ('Apex', 0), "
                               "('Borealis', 1); INSERT INTO subprocess (name, phase, position) "
                               "VALUES ('Quote', 1, 0), ('Delivery', 2, 1)"));
    const auto csv = [&dir](const char *name, const char *text) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        return TestFiles::writeAll(path, text) ? path : QString();
    };
    const QByteArray before = TestFiles::readAll(project);

    const QString emptyColumn = csv("empty.csv", "id,vendor,Quote,Delivery\n1,Apex,7,-99\n"
                                                 "2,Apex,8,-99\n3,Borealis,6,-99\n");
    Result result = run({QStringLiteral("import"), project, emptyColumn,
                         QStringLiteral("--missing"), QStringLiteral("-99")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("No answer in column 4 (“Delivery”): every cell "
                                                "is empty or a code for no answer.")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("--allow-empty")));
    QCOMPARE(TestFiles::readAll(project), before);

    // Two vendors a row; the overall column says not whose.
    const QString mapFile = dir.filePath(QStringLiteral("two.json"));
    QVERIFY(TestFiles::writeAll(
        mapFile, "{\"columns\": [{\"role\": \"respondent-id\"}, {\"role\": \"subprocess-rating\", "
                 "\"target\": \"Quote\", \"vendor\": \"Apex\"}, {\"role\": \"subprocess-rating\", "
                 "\"target\": \"Quote\", \"vendor\": \"Borealis\"}, {\"role\": \"overall\"}]}"));
    const QString twoVendors
        = csv("two.csv", "id,Apex quote,Borealis quote,Overall\n1,7,5,8\n2,6,4,7\n");
    result = run(
        {QStringLiteral("import"), project, twoVendors, QStringLiteral("--mapping-file"), mapFile});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("2 overall or recommend answers name no vendor "
                                                "and are left out")),
             qPrintable(result.err));
    QCOMPARE(TestFiles::readAll(project), before);
    // Given their vendor, they are kept.
    QVERIFY(TestFiles::writeAll(
        mapFile, "{\"columns\": [{\"role\": \"respondent-id\"}, {\"role\": \"subprocess-rating\", "
                 "\"target\": \"Quote\", \"vendor\": \"Apex\"}, {\"role\": \"subprocess-rating\", "
                 "\"target\": \"Quote\", \"vendor\": \"Borealis\"}, {\"role\": \"overall\", "
                 "\"vendor\": \"Apex\"}]}"));
    result = run(
        {QStringLiteral("import"), project, twoVendors, QStringLiteral("--mapping-file"), mapFile});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(TestFiles::queryInt(project, "SELECT sum(overall) FROM evaluation e JOIN vendor v ON "
                                          "v.id = e.vendor_id WHERE v.name = 'Apex'"),
             15);
    const QByteArray imported = TestFiles::readAll(project);

    const QString allBad = csv("bad.csv", "id,vendor,Quote,Delivery\n1,Apex,x,y\n2,Apex,z,7\n");
    result = run({QStringLiteral("import"), project, allBad, QStringLiteral("--skip-invalid")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("3 problems in 2 of 2 data rows.")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("Every row has a problem: nothing was imported.")));
    QCOMPARE(TestFiles::readAll(project), imported);

    result = run({QStringLiteral("import"), project, emptyColumn, QStringLiteral("--missing"),
                  QStringLiteral("-99"), QStringLiteral("--allow-empty")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("Warning: No answer in column 4")));
}

// `peakend analyze --json`: the documented shape, the Meisu seed's key experience and gap
// (DESIGN.md §2.4), and the B2B curve means equal to SQL over the file at full precision.
void TestCommandLine::analyzeJson()
{
    Result result
        = run({QStringLiteral("analyze"), QStringLiteral("--demo"), QStringLiteral("meisu"),
               QStringLiteral("--what"), QStringLiteral("cem"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.value(QStringLiteral("format")).toInt(), 1);
    QVERIFY(!json.contains(QStringLiteral("curves"))); // only what --what asked for
    const QJsonObject cem = json.value(QStringLiteral("cem")).toObject();
    QCOMPARE(cem.value(QStringLiteral("keyExperiences")).toArray().first().toString(),
             QStringLiteral("convenience"));
    for (const QJsonValue &factor : cem.value(QStringLiteral("factors")).toArray()) {
        if (factor[QStringLiteral("name")].toString() != QStringLiteral("convenience"))
            continue;
        QCOMPARE(factor[QStringLiteral("weighted")].toDouble(), -18.0);
        QCOMPARE(factor[QStringLiteral("gap")].toDouble(), -5.0);
        QCOMPARE(factor[QStringLiteral("keyRank")].toInt(), 1);
    }
    QCOMPARE(cem.value(QStringLiteral("requirements"))
                 .toArray()
                 .first()[QStringLiteral("decision")]
                 .toString(),
             QStringLiteral("do"));

    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("b2b.peakend"));
    QCOMPARE(run({QStringLiteral("new"), project, QStringLiteral("--demo"), QStringLiteral("b2b")})
                 .exitCode,
             0);
    result = run({QStringLiteral("analyze"), project});
    QCOMPARE(result.exitCode, 0);
    json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("respondents")).toInt(), 757);
    QCOMPARE(json.value(QStringLiteral("segment")), QJsonValue(QJsonValue::Null));
    for (const QString &section :
         {QStringLiteral("curves"), QStringLiteral("drivers"), QStringLiteral("cem"),
          QStringLiteral("nps"), QStringLiteral("reasons"), QStringLiteral("memory")})
        QVERIFY2(json.contains(section), qPrintable(section));
    const QJsonObject curves = json.value(QStringLiteral("curves")).toObject();
    const QJsonArray vendors = curves.value(QStringLiteral("vendors")).toArray();
    const QJsonArray subprocesses = curves.value(QStringLiteral("subprocesses")).toArray();
    QCOMPARE(vendors.size(), 14);
    QCOMPARE(subprocesses.size(), 25);
    const QJsonObject vendor = vendors.at(3).toObject();
    const QJsonArray points = vendor.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 25);
    for (const int s : {0, 9, 24}) {
        const QByteArray sql = QStringLiteral("SELECT CAST(round(avg(value) * 1e9) AS INTEGER) "
                                              "FROM rating WHERE vendor_id = %1 AND "
                                              "subprocess_id = %2")
                                   .arg(vendor.value(QStringLiteral("id")).toInteger())
                                   .arg(subprocesses.at(s)[QStringLiteral("id")].toInteger())
                                   .toUtf8();
        QCOMPARE(std::llround(points.at(s)[QStringLiteral("mean")].toDouble() * 1e9),
                 TestFiles::queryInt(project, sql.constData()));
    }
    const QJsonObject nps = json.value(QStringLiteral("nps")).toObject();
    const double score = nps[QStringLiteral("all")][QStringLiteral("nps")].toDouble();
    QVERIFY(score >= -100.0 && score <= 100.0);
    QCOMPARE(nps[QStringLiteral("vendors")].toArray().size(), 14);
    const QJsonArray drivers
        = json[QStringLiteral("drivers")][QStringLiteral("subprocesses")][QStringLiteral("drivers")]
              .toArray();
    QCOMPARE(drivers.size(), 25);
    double shares = 0.0;
    for (const QJsonValue &driver : drivers)
        shares += driver[QStringLiteral("relativeWeightShare")].toDouble();
    QVERIFY2(std::abs(shares - 100.0) < 1e-9, qPrintable(QString::number(shares))); // % of R²

    result = run({QStringLiteral("analyze"), project, QStringLiteral("--what"),
                  QStringLiteral("curves,pies")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("Unknown --what “pies”")), qPrintable(result.err));
    // A segment the wave cannot match is refused, not analysed as nobody.
    result = run({QStringLiteral("analyze"), project, QStringLiteral("--segment"),
                  QStringLiteral("colour = red")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("no respondent attribute “colour”; it has: value "
                                                "tier, region, company size")),
             qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

// `peakend analyze --csv`: Meisu's seed row (DESIGN.md §2.4) and B2B means equal to SQL at
// full precision; several sections need a folder.
// --outcome: likelihood to recommend is explained linearly, promoter (yes/no) by the logistic
// model; an outcome the wave lacks is refused with what it has (exit 2).
void TestCommandLine::analyzeWithAnOutcome()
{
    const auto drivers = [this](const QString &outcome) {
        const Result result
            = run({QStringLiteral("analyze"), QStringLiteral("--demo"), QStringLiteral("b2b"),
                   QStringLiteral("--what"), QStringLiteral("drivers"), QStringLiteral("--json"),
                   QStringLiteral("--outcome"), outcome});
        return QJsonDocument::fromJson(result.out.toUtf8())
            .object()
            .value(QStringLiteral("drivers"))
            .toObject()
            .value(QStringLiteral("subprocesses"))
            .toObject();
    };
    QJsonObject journey = drivers(QStringLiteral("recommend"));
    QCOMPARE(journey.value(QStringLiteral("resamples")).toInt(), 1000);
    // Every B2B respondent is resampled: 757, fewer than the 50,000 of an m-out-of-n bootstrap.
    QCOMPARE(journey.value(QStringLiteral("bootstrapRespondents")).toInt(), 757);
    QCOMPARE(journey.value(QStringLiteral("bootstrapDraws")).toInt(), 757);
    QVERIFY(journey.value(QStringLiteral("rSquaredCi")).toArray().at(0).isDouble());

    // --resamples 0: the same estimates, no intervals.
    const Result pointOnly
        = run({QStringLiteral("analyze"), QStringLiteral("--demo"), QStringLiteral("b2b"),
               QStringLiteral("--what"), QStringLiteral("drivers"), QStringLiteral("--outcome"),
               QStringLiteral("recommend"), QStringLiteral("--resamples"), QStringLiteral("0")});
    QCOMPARE(pointOnly.exitCode, 0);
    const QJsonObject point = QJsonDocument::fromJson(pointOnly.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("drivers"))
                                  .toObject()
                                  .value(QStringLiteral("subprocesses"))
                                  .toObject();
    QCOMPARE(point.value(QStringLiteral("resamples")).toInt(), 0);
    QCOMPARE(point.value(QStringLiteral("rSquared")).toDouble(),
             journey.value(QStringLiteral("rSquared")).toDouble());
    QVERIFY(point.value(QStringLiteral("rSquaredCi")).toArray().at(0).isNull());
    QCOMPARE(journey.value(QStringLiteral("outcome")).toString(),
             QStringLiteral("Likelihood to recommend"));
    QCOMPARE(journey.value(QStringLiteral("model")).toString(), QStringLiteral("linear"));
    journey = drivers(QStringLiteral("promoter"));
    QCOMPARE(journey.value(QStringLiteral("model")).toString(), QStringLiteral("logistic"));
    QCOMPARE(journey.value(QStringLiteral("shapley")).toBool(), false);
    double sum = 0.0;
    for (const QJsonValue row : journey.value(QStringLiteral("drivers")).toArray())
        sum += row.toObject().value(QStringLiteral("relativeWeight")).toDouble();
    QVERIFY(std::abs(sum - journey.value(QStringLiteral("rSquared")).toDouble()) < 1e-9);

    // --compare A B: the respondents on each side and the difference of overall satisfaction.
    const Result compared
        = run({QStringLiteral("analyze"), QStringLiteral("--demo"), QStringLiteral("b2b"),
               QStringLiteral("--what"), QStringLiteral("curves"), QStringLiteral("--compare"),
               QStringLiteral("company size = enterprise"), QStringLiteral("company size = SMB")});
    QCOMPARE(compared.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(compared.out.toUtf8()).object();
    const QJsonObject comparison = root.value(QStringLiteral("comparison")).toObject();
    QCOMPARE(comparison.value(QStringLiteral("a")).toString(),
             QStringLiteral("company size = enterprise"));
    QVERIFY(comparison.value(QStringLiteral("respondentsA")).toInt() > 50);
    QCOMPARE(comparison.value(QStringLiteral("overlap")).toInt(), 0);
    const QJsonObject first
        = comparison.value(QStringLiteral("vendors")).toArray().first().toObject();
    const QJsonObject overall = first.value(QStringLiteral("overall")).toObject();
    QCOMPARE(overall.value(QStringLiteral("difference")).toDouble(),
             overall.value(QStringLiteral("a")).toDouble()
                 - overall.value(QStringLiteral("b")).toDouble());
    QCOMPARE(first.value(QStringLiteral("subprocesses")).toArray().size(), 25);
    QCOMPARE(run({QStringLiteral("analyze"), QStringLiteral("--demo"), QStringLiteral("b2b"),
                  QStringLiteral("--compare"), QStringLiteral("company size = enterprise")})
                 .exitCode,
             2);

    const Result refused
        = run({QStringLiteral("analyze"), QStringLiteral("--demo"), QStringLiteral("b2b"),
               QStringLiteral("--outcome"), QStringLiteral("churn")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("The wave has no attribute “churn”; it has: ")),
             qPrintable(refused.err));
}

// The sections beyond the seed's: incidents per touchpoint and channel against SQL over the
// file, each vendor's weakest link its lowest mean, one IPA point per subprocess.
void TestCommandLine::analyzeSurfacesIncidentsWeakestLinkAndIpa()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b2b.peakend"));
    QCOMPARE(run({QStringLiteral("new"), path, QStringLiteral("--demo"), QStringLiteral("b2b")})
                 .exitCode,
             0);
    const Result result
        = run({QStringLiteral("analyze"), path, QStringLiteral("--what"),
               QStringLiteral("incidents,weakest-link,ipa,curves"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();

    // Off-brand flags: the highest e (the earlier on ties) and the last point, against the
    // subprocesses that carry the brand.
    const QJsonObject curves = root.value(QStringLiteral("curves")).toObject();
    const QJsonArray stages = curves.value(QStringLiteral("subprocesses")).toArray();
    int offBrand = 0;
    for (const QJsonValue vendor : curves.value(QStringLiteral("vendors")).toArray()) {
        const QJsonArray points = vendor.toObject().value(QStringLiteral("points")).toArray();
        int peak = 0;
        for (int s = 1; s < points.size(); ++s) {
            if (points.at(s).toObject().value(QStringLiteral("e")).toDouble()
                > points.at(peak).toObject().value(QStringLiteral("e")).toDouble() + 1e-9)
                peak = s;
        }
        const bool off = !stages.at(peak).toObject().value(QStringLiteral("carriesBrand")).toBool();
        QCOMPARE(vendor.toObject().value(QStringLiteral("pleasureOffBrand")).toBool(), off);
        QCOMPARE(vendor.toObject().value(QStringLiteral("endOffBrand")).toBool(),
                 !stages.last().toObject().value(QStringLiteral("carriesBrand")).toBool());
        offBrand += off;
    }
    QVERIFY(offBrand > 0);
    const QJsonObject incidents = root.value(QStringLiteral("incidents")).toObject();
    const qint64 total = TestFiles::queryInt(path, "SELECT count(*) FROM critical_incident");
    QVERIFY(total > 0);
    QCOMPARE(incidents.value(QStringLiteral("total")).toInt(), total);
    QCOMPARE(incidents.value(QStringLiteral("answeredInTime"))
                 .toObject()
                 .value(QStringLiteral("share"))
                 .toDouble(),
             double(TestFiles::queryInt(
                 path, "SELECT count(*) FROM critical_incident WHERE response_hours <= 48"))
                 / double(total));
    int byChannel = 0;
    for (const QJsonValue channel : incidents.value(QStringLiteral("channels")).toArray()) {
        const QJsonObject object = channel.toObject();
        const QByteArray sql
            = QStringLiteral("SELECT count(*) FROM critical_incident i JOIN touchpoint t ON "
                             "t.id = i.touchpoint_id JOIN channel c ON c.id = t.channel_id "
                             "WHERE c.name = '%1' AND i.response_hours <= 48")
                  .arg(object.value(QStringLiteral("name")).toString())
                  .toUtf8();
        QCOMPARE(object.value(QStringLiteral("answeredInTime")).toInt(),
                 TestFiles::queryInt(path, sql.constData()));
        byChannel += object.value(QStringLiteral("positive")).toInt()
                     + object.value(QStringLiteral("negative")).toInt();
    }
    QCOMPARE(byChannel, total);

    const QJsonArray links = root.value(QStringLiteral("weakestLink")).toArray();
    QCOMPARE(links.size(), 14);
    for (const QJsonValue vendor : links) {
        const QJsonObject subprocesses
            = vendor.toObject().value(QStringLiteral("subprocesses")).toObject();
        double lowest = 1e9;
        QString name;
        for (const QJsonValue item : subprocesses.value(QStringLiteral("items")).toArray()) {
            const double mean = item.toObject().value(QStringLiteral("mean")).toDouble();
            if (mean < lowest) {
                lowest = mean;
                name = item.toObject().value(QStringLiteral("name")).toString();
            }
        }
        QCOMPARE(subprocesses.value(QStringLiteral("weakest")).toString(), name);
    }
    // The share of a vendor's customers dissatisfied (1 or 2 on 1–10) at one subprocess or
    // more, against SQL over the ratings (the demo's weights are all 1).
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM respondent WHERE weight <> 1"), 0);
    const qint64 firstVendor = TestFiles::queryInt(path, "SELECT min(id) FROM vendor");
    const QByteArray hitsSql = QStringLiteral("SELECT count(*) FROM (SELECT respondent_id FROM "
                                              "rating WHERE vendor_id = %1 GROUP BY "
                                              "respondent_id HAVING min(value) <= 2)")
                                   .arg(firstVendor)
                                   .toUtf8();
    const QByteArray totalSql = QStringLiteral("SELECT count(DISTINCT respondent_id) FROM rating "
                                               "WHERE vendor_id = %1")
                                    .arg(firstVendor)
                                    .toUtf8();
    const QJsonObject any = links.first()
                                .toObject()
                                .value(QStringLiteral("subprocesses"))
                                .toObject()
                                .value(QStringLiteral("anyDissatisfied"))
                                .toObject();
    QCOMPARE(any.value(QStringLiteral("n")).toInt(),
             TestFiles::queryInt(path, totalSql.constData()));
    QCOMPARE(any.value(QStringLiteral("share")).toDouble(),
             double(TestFiles::queryInt(path, hitsSql.constData()))
                 / double(TestFiles::queryInt(path, totalSql.constData())));
    QCOMPARE(root.value(QStringLiteral("ipa"))
                 .toObject()
                 .value(QStringLiteral("subprocesses"))
                 .toObject()
                 .value(QStringLiteral("points"))
                 .toArray()
                 .size(),
             25);
}

void TestCommandLine::analyzeCsv()
{
    Result result
        = run({QStringLiteral("analyze"), QStringLiteral("--demo"), QStringLiteral("meisu"),
               QStringLiteral("--what"), QStringLiteral("cem"), QStringLiteral("--csv")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("factor,carriesBrand,experience,expectation,"
                                           "satisfaction,importance,weighted,ideal,gap,keyRank"));
    QVERIFY(lines.contains(QStringLiteral("convenience,false,5,7,-2,9,-18,10,-5,1")));

    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("b2b.peakend"));
    QCOMPARE(run({QStringLiteral("new"), project, QStringLiteral("--demo"), QStringLiteral("b2b")})
                 .exitCode,
             0);
    result = run({QStringLiteral("analyze"), project, QStringLiteral("--csv")});
    QCOMPARE(result.exitCode, 2);
    result = run({QStringLiteral("analyze"), project, QStringLiteral("--csv"),
                  QStringLiteral("--json"), QStringLiteral("--what"), QStringLiteral("nps")});
    QCOMPARE(result.exitCode, 2);
    const QString folder = dir.filePath(QStringLiteral("tables"));
    result = run({QStringLiteral("analyze"), project, QStringLiteral("--csv"), QStringLiteral("-o"),
                  folder});
    QCOMPARE(result.exitCode, 0);
    for (const char *section : {"curves", "drivers", "cem", "nps", "reasons", "memory"})
        QVERIFY2(QFile::exists(folder + QLatin1Char('/') + QLatin1String(section)
                               + QStringLiteral(".csv")),
                 section);
    const QStringList curves
        = QString::fromUtf8(TestFiles::readAll(folder + QStringLiteral("/curves.csv")))
              .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(curves.size(), 1 + 14 * 25);
    const QStringList cells
        = curves.at(1 + 3 * 25 + 9).split(QLatin1Char(',')); // vendor 4, step 10
    const QList<Vendor> vendors = [&] {
        StoreError error;
        const auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly, &error);
        return ProjectRepository(*store).vendors();
    }();
    QCOMPARE(cells.at(0), vendors.at(3).name);
    QCOMPARE(cells.at(2), QStringLiteral("10"));
    const QByteArray sql
        = QStringLiteral("SELECT CAST(round(avg(r.value) * 1e9) AS INTEGER) FROM rating r "
                         "JOIN subprocess s ON s.id = r.subprocess_id WHERE "
                         "r.vendor_id = %1 AND s.position = (SELECT position FROM "
                         "subprocess ORDER BY position LIMIT 1 OFFSET 9)")
              .arg(vendors.at(3).id)
              .toUtf8();
    QCOMPARE(std::llround(cells.at(4).toDouble() * 1e9),
             TestFiles::queryInt(project, sql.constData()));

    // Drivers: every interval sits around the value it bounds, shares in % of R² (a share
    // beside an interval in R² units would not), and the raw values add up to R².
    const QStringList drivers
        = QString::fromUtf8(TestFiles::readAll(folder + QStringLiteral("/drivers.csv")))
              .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QStringList header = drivers.first().split(QLatin1Char(','));
    const auto column = [&header](const char *name) {
        return int(header.indexOf(QLatin1String(name)));
    };
    double rawSum = 0.0;
    double rSquared = 0.0;
    for (int line = 1; line < drivers.size(); ++line) {
        const QStringList row = drivers.at(line).split(QLatin1Char(','));
        if (row.at(column("set")) != QLatin1String("subprocesses"))
            continue;
        for (const char *value : {"relativeWeight", "relativeWeightShare"}) {
            const double estimate = row.at(column(value)).toDouble();
            const QByteArray low = QByteArray(value) + "CiLow";
            const QByteArray high = QByteArray(value) + "CiHigh";
            QVERIFY2(row.at(column(low.constData())).toDouble() <= estimate
                         && estimate <= row.at(column(high.constData())).toDouble(),
                     qPrintable(drivers.at(line)));
        }
        rawSum += row.at(column("relativeWeight")).toDouble();
        rSquared = row.at(column("rSquared")).toDouble();
    }
    QVERIFY(rSquared > 0.0);
    QVERIFY(std::abs(rawSum - rSquared) < 1e-12);
}

// `peakend export`: the PNG has the pixels asked for, the PDF the chart's title and vendors
// in the language asked for, from a project file and from a demo.
void TestCommandLine::exportCharts()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("b2b.peakend"));
    QCOMPARE(run({QStringLiteral("new"), project, QStringLiteral("--demo"), QStringLiteral("b2b")})
                 .exitCode,
             0);
    const QString png = dir.filePath(QStringLiteral("wins.png"));
    Result result
        = run({QStringLiteral("export"), project, QStringLiteral("--chart"), QStringLiteral("wins"),
               QStringLiteral("-o"), png, QStringLiteral("--width"), QStringLiteral("1200"),
               QStringLiteral("--height"), QStringLiteral("700"), QStringLiteral("--scale"),
               QStringLiteral("2")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("Wrote %1").arg(png));
    QCOMPARE(QImage(png).size(), QSize(2400, 1400));

    const QString pdf = dir.filePath(QStringLiteral("curves.pdf"));
    result = run({QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("b2b"),
                  QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("--chart"),
                  QStringLiteral("curves"), QStringLiteral("-o"), pdf, QStringLiteral("--segment"),
                  QStringLiteral("company size = enterprise")});
    QCOMPARE(result.exitCode, 0);
    if (!PdfTools::available())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = PdfTools::text(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("情緒曲線")), qPrintable(text)); // Traditional
    QVERIFY(text.contains(QStringLiteral("Apex Direct")));
    QVERIFY(text.contains(QStringLiteral("company size = enterprise")));
}

void TestCommandLine::exportErrors()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const QStringList demo{QStringLiteral("export"), QStringLiteral("--demo"),
                           QStringLiteral("meisu")};
    Result result = run(
        demo
        + QStringList{QStringLiteral("--chart"), QStringLiteral("pie"), QStringLiteral("-o"), out});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("Name a chart with --chart: curves, ")),
             qPrintable(result.err));
    result = run(demo
                 + QStringList{QStringLiteral("--chart"), QStringLiteral("gaps"),
                               QStringLiteral("-o"), dir.filePath(QStringLiteral("x.gif"))});
    QCOMPARE(result.exitCode, 2);
    result
        = run(demo
              + QStringList{QStringLiteral("--chart"), QStringLiteral("gaps"), QStringLiteral("-o"),
                            out, QStringLiteral("--scale"), QStringLiteral("0")});
    QCOMPARE(result.exitCode, 2);
    // An unwritable place: exit 1, the reason on stderr, nothing left behind.
    const QString nowhere = dir.filePath(QStringLiteral("missing/x.pdf"));
    result = run(demo
                 + QStringList{QStringLiteral("--chart"), QStringLiteral("gaps"),
                               QStringLiteral("-o"), nowhere});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("“%1” cannot be written").arg(nowhere)),
             qPrintable(result.err));
    QVERIFY(QDir(dir.path()).isEmpty());
    result = run({QStringLiteral("export"), dir.filePath(QStringLiteral("none.peakend")),
                  QStringLiteral("--chart"), QStringLiteral("gaps"), QStringLiteral("-o"), out});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.err.isEmpty());
}

// 200 vendors in the heat map: left to its default, the height grows until every row is a
// line of text high, and the output says so; a height the user gave is kept, and the export
// refuses with the height that works, writing nothing.
void TestCommandLine::exportGrowsToFitItsRows()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("many.peakend"));
    QVERIFY(TestFiles::addVendors(project, 200));
    const QString png = dir.filePath(QStringLiteral("wins.png"));
    const QStringList wins{QStringLiteral("export"),  project,
                           QStringLiteral("--chart"), QStringLiteral("wins"),
                           QStringLiteral("-o"),      png};
    Result result = run(wins);
    QCOMPARE(result.exitCode, 0);
    const QRegularExpression grown(
        QStringLiteral("^Wrote %1 \\(1,600 × ([\\d,]+) pixels: tall enough for every row\\)\n$")
            .arg(QRegularExpression::escape(png)));
    const QRegularExpressionMatch match = grown.match(result.out);
    QVERIFY2(match.hasMatch(), qPrintable(result.out));
    const int height = match.captured(1).remove(u',').toInt();
    QVERIFY(height > 1000);
    QCOMPARE(QImage(png).size(), QSize(1600, height));

    QVERIFY(QFile::remove(png));
    result = run(wins + QStringList{QStringLiteral("--height"), QStringLiteral("1000")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("has 200 rows"))
                 && result.err.contains(
                     QStringLiteral("Make it at least %1 pixels high.").arg(match.captured(1))),
             qPrintable(result.err));
    QVERIFY(!QFile::exists(png));
}

// The command line speaks --lang, else the environment's language; the language chosen in the
// window (saved in the settings) never leaks into a script's output.
void TestCommandLine::languageFollowsLangThenTheEnvironment()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config + QStringLiteral("/Peakend")));
    QFile settings(config + QStringLiteral("/Peakend/Peakend.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[General]\nlanguage=zh_TW\n");
    settings.close();
    const QString path = dir.filePath(QStringLiteral("notes.peakend"));
    QFile notes(path);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a database at all, only some words long enough to fill a header........");
    notes.close();

    QProcessEnvironment english;
    english.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    const QString englishText = QStringLiteral("is not an SQLite database");
    Result result = run({QStringLiteral("check"), path}, QString(), english);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(englishText), qPrintable(result.err));

    result = run({QStringLiteral("check"), path, QStringLiteral("--lang"), QStringLiteral("zh_CN")},
                 QString(), english);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(!result.err.contains(englishText) && result.err.contains(QStringLiteral("SQLite")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("项目")), qPrintable(result.err));

    QProcessEnvironment chinese = english;
    chinese.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    chinese.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    result = run({QStringLiteral("check"), path}, QString(), chinese);
    QVERIFY2(result.err.contains(QStringLiteral("项目")), qPrintable(result.err));

    // --lang overrides the environment, on every subcommand, and a wrong one is a usage error.
    const char *const subcommands[] = {"new", "import", "analyze", "export", "report", "check"};
    for (const char *name : subcommands) {
        const QString subcommand = QString::fromLatin1(name);
        result = run(
            {subcommand, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")},
            QString(), chinese);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("--lang <language>")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("Displays help")), qPrintable(result.out));
        result = run({subcommand, QStringLiteral("--lang=fr"), path}, QString(), english);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("Unknown language “fr”")),
                 qPrintable(result.err));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
