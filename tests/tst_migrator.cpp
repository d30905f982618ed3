#include "storage/migrator.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Peakend;

namespace {

QString scripts(const char *name)
{
    return QStringLiteral(PEAKEND_FIXTURES "/migrations/") + QLatin1String(name);
}

qint64 userVersion(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr);
    sqlite3_step(statement);
    const qint64 version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

bool tableExists(sqlite3 *db, const char *table)
{
    const QByteArray sql = QByteArray("SELECT 1 FROM ") + table + " LIMIT 0";
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// Makes a Peakend file at the given version of a script folder.
QString makeProjectAt(const QTemporaryDir &dir, const Migrator &migrator, int version)
{
    const QString path = dir.filePath(QStringLiteral("old.peakend"));
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    const QByteArray setId
        = "PRAGMA application_id = " + QByteArray::number(ProjectStore::applicationId);
    sqlite3_exec(db, setId.constData(), nullptr, nullptr, nullptr);
    migrator.migrate(db, 0, version);
    sqlite3_exec(db, "INSERT INTO alpha (name) VALUES ('kept')", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return path;
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void latestVersion_data();
    void latestVersion();
    void migratesInOrder();
    void failingScriptRollsBack();
    void gapIsRefused();
    void projectStoreUpgradesWithBackup();
    void projectStoreKeepsFileWhenUpgradeFails();
    void realSchemaOnFixture();
};

void TestMigrator::latestVersion_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("latest");
    QTest::newRow("good") << scripts("good") << 3;
    QTest::newRow("gap") << scripts("gap") << -1;
    QTest::newRow("missing") << scripts("no-such-folder") << 0;
    QTest::newRow("compiled-in") << QStringLiteral(":/schema") << 6;
}

void TestMigrator::latestVersion()
{
    QFETCH(QString, folder);
    QFETCH(int, latest);
    QCOMPARE(Migrator(folder).latestVersion(), latest);
}

void TestMigrator::migratesInOrder()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    const Migrator migrator(scripts("good"));
    QVERIFY(migrator.migrate(db, 0, 1).isOk());
    QCOMPARE(userVersion(db), 1);
    QVERIFY(tableExists(db, "alpha"));
    QVERIFY(!tableExists(db, "beta"));
    QVERIFY(migrator.migrate(db, 1).isOk());
    QCOMPARE(userVersion(db), 3);
    QVERIFY(tableExists(db, "beta"));
    sqlite3_close(db);
}

void TestMigrator::failingScriptRollsBack()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    const StoreError error = Migrator(scripts("failing")).migrate(db, 0);
    QCOMPARE(error.kind, StoreError::Kind::MigrationFailed);
    QCOMPARE(error.message, QStringLiteral("Schema script 0002.sql failed: no such table: "
                                           "no_such_table. The file was left at version 1."));
    QCOMPARE(userVersion(db), 1);
    QVERIFY(tableExists(db, "alpha"));
    QVERIFY(!tableExists(db, "gamma")); // created by 0002's first statement, rolled back
    sqlite3_close(db);
}

void TestMigrator::gapIsRefused()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    const StoreError error = Migrator(scripts("gap")).migrate(db, 0);
    QCOMPARE(error.kind, StoreError::Kind::MigrationFailed);
    QCOMPARE(userVersion(db), 0);
    sqlite3_close(db);
}

void TestMigrator::projectStoreUpgradesWithBackup()
{
    QTemporaryDir dir;
    const Migrator migrator(scripts("good"));
    const QString path = makeProjectAt(dir, migrator, 1);
    const QByteArray before = TestFiles::readAll(path);

    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error, migrator);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->schemaVersion(), 3);
    store.reset();

    QCOMPARE(TestFiles::queryInt(path, "PRAGMA user_version"), 3);
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM alpha WHERE note = 'migrated to 2'"),
             1);
    const QString backup = ProjectStore::backupPath(path, 1);
    QCOMPARE(backup, dir.filePath(QStringLiteral("old.schema1-backup.peakend")));
    QCOMPARE(TestFiles::queryInt(backup, "PRAGMA user_version"), 1);
    QCOMPARE(TestFiles::queryInt(backup, "SELECT count(*) FROM alpha"), 1);
    QCOMPARE(TestFiles::readAll(backup).size(), before.size());
}

void TestMigrator::projectStoreKeepsFileWhenUpgradeFails()
{
    QTemporaryDir dir;
    const Migrator failing(scripts("failing"));
    const QString path = makeProjectAt(dir, failing, 1);

    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error, failing);
    QVERIFY(!store);
    QCOMPARE(error.kind, StoreError::Kind::MigrationFailed);
    QCOMPARE(TestFiles::queryInt(path, "PRAGMA user_version"), 1);
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM alpha"), 1);
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'gamma'"),
             0);
    QVERIFY(QFile::exists(ProjectStore::backupPath(path, 1)));
    QVERIFY(!QFile::exists(ProjectStore::lockFilePath(path)));
}

// The committed v1 fixture, a row in every table, walks the real migrations: 0002 drops the
// rating tables' secondary indexes and keeps every row; 0005 moves the ratings into journeys;
// 0006 gives the wave the project's scale.
void TestMigrator::realSchemaOnFixture()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.peakend"));
    const QByteArray dump = TestFiles::readAll(QStringLiteral(PEAKEND_FIXTURES "/project-v1.sql"));
    QVERIFY(!dump.isEmpty());
    QVERIFY(TestFiles::execSql(path, dump.constData()));
    QCOMPARE(TestFiles::queryInt(path, "PRAGMA user_version"), 1);

    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->schemaVersion(), Migrator().latestVersion());
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM rating"), 6);
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM kpi_value"), 2);
    QCOMPARE(TestFiles::queryInt(path, "PRAGMA foreign_key_check"), -1); // no violations
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                       "AND tbl_name IN ('rating', 'factor_rating') "
                                       "AND sql IS NOT NULL"),
             0);
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM factor_rating"),
             TestFiles::queryInt(ProjectStore::backupPath(path, 1),
                                 "SELECT count(*) FROM factor_rating"));
    QVERIFY(QFile::exists(ProjectStore::backupPath(path, 1)));
    // 0005 keeps a respondent's ratings of a vendor in one journey row; the view "rating" shows
    // them a row each, and the repository reads them back as the fixture wrote them.
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM journey_rating"), 2);
    QCOMPARE(TestFiles::queryInt(path, "SELECT sum(rating_count) FROM journey_rating"), 6);
    QCOMPARE(TestFiles::queryInt(path, "SELECT value FROM rating WHERE respondent_id = 2 "
                                       "AND vendor_id = 2 AND subprocess_id = 3"),
             2);
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'rating' "
                                       "AND type = 'view'"),
             1);
    {
        const ProjectRepository repository(*store);
        // 0006: the wave keeps the scale it was imported on, the project's (1–7, neutral 4).
        QCOMPARE(repository.surveys().size(), 1);
        QCOMPARE(repository.surveys().at(0).scale, (Scale{1.0, 7.0, 4.0}));
        QCOMPARE(repository.surveys().at(0).mapping, QString());
        QCOMPARE(repository.ratingCount(), 6);
        const QList<Rating> ratings = repository.ratings(1);
        QCOMPARE(ratings.size(), 6);
        const double expected[][4]
            = {{1, 1, 1, 6}, {1, 1, 2, 5}, {1, 1, 3, 7}, {2, 2, 1, 3}, {2, 2, 2, 4}, {2, 2, 3, 2}};
        for (qsizetype i = 0; i < ratings.size(); ++i) {
            const Rating &rating = ratings.at(i);
            QCOMPARE(double(rating.respondentId), expected[i][0]);
            QCOMPARE(double(rating.vendorId), expected[i][1]);
            QCOMPARE(double(rating.subprocessId), expected[i][2]);
            QCOMPARE(rating.value, expected[i][3]);
        }
    }
    // 0003 adds the saved import mappings, empty.
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM import_mapping"), 0);
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM pragma_table_info('import_mapping')"),
             5);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
