#include "domain/projectlimits.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Peakend;

// Issue 23: project files crafted by another program (valid SQLite, Peakend's application id,
// rows edited with foreign keys and CHECK constraints off, or the schema itself rewritten).
// Each kind is made here from a copy of the B2B demo, then `peakend check`, `analyze` and
// `import` run on it as a user would: each must refuse it with exit code 1 and a message that
// says what is wrong, end without a signal and well before the hang guard, and leave the
// file's bytes as they were.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();

private:
    struct Result
    {
        QProcess::ExitStatus status = QProcess::CrashExit;
        int exitCode = -1;
        QString err;
        qint64 ms = 0;
    };
    Result run(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_demo;
};

TestHostileFiles::Result TestHostileFiles::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PEAKEND_EXECUTABLE), arguments);
    Result result;
    // A hang guard, not a timing: a refusal takes a fraction of a second, a hang minutes.
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("no answer within 20 s");
        return result;
    }
    result.ms = timer.elapsed();
    result.status = process.exitStatus();
    result.exitCode = process.exitCode();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.peakend"));
    const Result made
        = run({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("b2b"), m_demo});
    QCOMPARE(made.exitCode, 0);
}

void TestHostileFiles::refused_data()
{
    QTest::addColumn<QByteArray>("sql");   // run by a plain sqlite3 connection
    QTest::addColumn<QString>("message");  // in every refusal
    QTest::addColumn<QString>("writable"); // in import's refusal instead, when it differs

    const QByteArray many = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            "WHERE i < 5000) ";
    QTest::newRow("journey of a vendor not there")
        << QByteArray("INSERT INTO journey_rating SELECT respondent_id, 999, ratings, "
                      "rating_count FROM journey_rating LIMIT 1")
        << QStringLiteral("rows refer to entries that are not there (rows per table: "
                          "“journey_rating”: 1)")
        << QString();
    QTest::newRow("rating of a factor not there")
        << QByteArray("INSERT INTO factor_rating SELECT respondent_id, vendor_id, 999, kind, "
                      "value FROM factor_rating LIMIT 1")
        << QStringLiteral("(rows per table: “factor_rating”: 1)") << QString();
    QTest::newRow("evaluation of a vendor not there")
        << QByteArray("INSERT INTO evaluation SELECT respondent_id, 998, overall, recommend "
                      "FROM evaluation LIMIT 1")
        << QStringLiteral("(rows per table: “evaluation”: 1)") << QString();
    QTest::newRow("reason without its case")
        << QByteArray("INSERT INTO reason SELECT 99999, vendor_id, factor_id, polarity FROM "
                      "reason LIMIT 1")
        << QStringLiteral("(rows per table: “reason”: 1)") << QString();
    QTest::newRow("ratings at a subprocess not there")
        << QByteArray("UPDATE survey SET journey_subprocesses = "
                      "json_insert(journey_subprocesses, '$[#]', 555);"
                      "UPDATE journey_rating SET ratings = json_insert(ratings, '$[#]', 2) "
                      "WHERE respondent_id = (SELECT min(respondent_id) FROM journey_rating)")
        << QStringLiteral("journeys hold ratings at a subprocess that is not in the project")
        << QString();
    QTest::newRow("negative factor-rating kind")
        << QByteArray("PRAGMA ignore_check_constraints = ON;"
                      "UPDATE factor_rating SET kind = -2147483648 WHERE kind = 0")
        << QStringLiteral("rows hold values Peakend never writes (rows per table: "
                          "“factor_rating”: ")
        << QStringLiteral("CHECK constraint failed in factor_rating");
    QTest::newRow("negative weight")
        << QByteArray("PRAGMA ignore_check_constraints = ON; UPDATE respondent SET weight = -1")
        << QStringLiteral("(rows per table: “respondent”: 757)")
        << QStringLiteral("CHECK constraint failed in respondent");
    QTest::newRow("extra view") << QByteArray("CREATE VIEW extra AS SELECT * FROM vendor")
                                << QStringLiteral("contains a view “extra” that Peakend did not "
                                                  "create")
                                << QString();
    QTest::newRow("extra index") << QByteArray("CREATE INDEX by_color ON vendor (color)")
                                 << QStringLiteral("contains an index “by_color”") << QString();
    QTest::newRow("user_version INT_MIN")
        << QByteArray("PRAGMA user_version = -2147483648")
        << QStringLiteral("impossible file format number (-2147483648)") << QString();
    QTest::newRow("user_version -1")
        << QByteArray("PRAGMA user_version = -1")
        << QStringLiteral("impossible file format number (-1)") << QString();
    QTest::newRow("5,000 vendors")
        << many + "INSERT INTO vendor (name, position) SELECT 'V' || i, 100 + i FROM n"
        << QStringLiteral("it has 5,014 vendors; a project holds at most %1.")
               .arg(ProjectLimits::vendors)
        << QString();
    QTest::newRow("5,000 subprocesses")
        << many
               + "INSERT INTO subprocess (name, phase, position) SELECT 'S' || i, 1, 100 + i FROM n"
        << QStringLiteral("it has 5,025 subprocesses") << QString();
    QTest::newRow("5,000 respondent attributes")
        << many
               + "INSERT INTO attribute (name) SELECT 'A' || i FROM n;"
                 "INSERT OR IGNORE INTO respondent_attribute SELECT r.id, a.id, 'x' "
                 "FROM respondent r, attribute a WHERE r.id % 50 = 0"
        << QStringLiteral("respondent attributes; a project holds at most %1.")
               .arg(ProjectLimits::attributes)
        << QString();
    // CHECKs that allocate a gigabyte per row: quick_check would run it for every vendor.
    QTest::newRow("expensive vendor table")
        << QByteArray("PRAGMA writable_schema = ON;"
                      "UPDATE sqlite_schema SET sql = replace(sql, 'position INTEGER NOT NULL', "
                      "'position INTEGER NOT NULL CHECK (length(zeroblob(1000000000)) > 0)') "
                      "WHERE name = 'vendor'")
        << QStringLiteral("the definition of “vendor” is not the one Peakend wrote") << QString();
    QTest::newRow("100,000-character name")
        << QByteArray("UPDATE vendor SET name = name || hex(zeroblob(50000)) "
                      "WHERE id = (SELECT min(id) FROM vendor)")
        << QStringLiteral("a name is 100,0") << QString();
    QTest::newRow("right-to-left override in a name")
        << QByteArray("UPDATE vendor SET name = 'Apex ' || char(0x202E) || 'xeT' "
                      "WHERE id = (SELECT min(id) FROM vendor)")
        << QStringLiteral("1 name(s) in “vendor” hold invisible characters") << QString();
    QTest::newRow("no project row") << QByteArray("DELETE FROM project")
                                    << QStringLiteral("it has no project row") << QString();
}

void TestHostileFiles::refused()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, message);
    QFETCH(QString, writable);

    const QString path = m_dir.filePath(QStringLiteral("hostile.peakend"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(TestFiles::execSql(path, sql.constData()));
    const QByteArray before
        = QCryptographicHash::hash(TestFiles::readAll(path), QCryptographicHash::Sha256);

    const QString survey = TestFiles::importFixture(QStringLiteral("long.csv"));
    const QList<QStringList> commands{
        {QStringLiteral("check"), path},
        {QStringLiteral("analyze"), path, QStringLiteral("--what"), QStringLiteral("all")},
        {QStringLiteral("import"), path, survey, QStringLiteral("--create-missing")},
    };
    for (const QStringList &command : commands) {
        const Result result = run(command);
        const QString expected = command.first() == QLatin1String("import") && !writable.isEmpty()
                                     ? writable
                                     : message;
        QVERIFY2(result.status == QProcess::NormalExit,
                 qPrintable(command.first() + QStringLiteral(": ") + result.err));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(expected),
                 qPrintable(command.first() + QStringLiteral(": ") + result.err));
        QVERIFY2(result.err.contains(QStringLiteral("“hostile.peakend”")), qPrintable(result.err));
        QCOMPARE(QCryptographicHash::hash(TestFiles::readAll(path), QCryptographicHash::Sha256),
                 before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        qInfo("%s: %lld ms", qPrintable(command.first()), result.ms);
    }
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
