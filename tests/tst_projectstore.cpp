#include "storage/projectrepository.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace Peakend;

namespace {

// A valid project with some rows, closed again.
QString makeProject(const QTemporaryDir &dir, const QString &name = QStringLiteral("p.peakend"))
{
    const QString path = dir.filePath(name);
    StoreError error;
    auto store = ProjectStore::create(path, QStringLiteral("Test"), &error);
    if (!store)
        return QString();
    ProjectRepository repository(*store);
    for (int i = 0; i < 200; ++i)
        repository.addVendor({0, QStringLiteral("Vendor %1").arg(i), false, QString(), i});
    return path;
}

qint64 pragma(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    sqlite3_step(statement);
    const qint64 value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

// Overwrites the middle of a b-tree page of the vendor table: the header stays valid,
// the schema parses, and only an integrity check can tell.
bool damageVendorTable(const QString &path)
{
    const qint64 root
        = TestFiles::queryInt(path, "SELECT rootpage FROM sqlite_schema WHERE name = 'vendor'");
    QByteArray bytes = TestFiles::readAll(path);
    const qint64 pageSize = 4096;
    if (root <= 1 || bytes.size() < root * pageSize)
        return false;
    const qint64 offset = (root - 1) * pageSize;
    // Keep the page type (interior or leaf) but scramble its cell pointers.
    for (int i = 12; i < 64; ++i)
        bytes[offset + i] = char(0xEE);
    return TestFiles::writeAll(path, bytes);
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void createAndReopen();
    void connectionIsHardened();
    void editsAreCommittedAtOnce();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void newerSchemaOpensReadOnly();
    void missingFile();
    void missingFolder();
    void lockStopsSecondEditor();
    void lockHoldsThroughLinks();
    void staleLockIsTakenOver();
    void copyToWritesConsistentCopy();
    void copyToRefusesLockedTargetAndLeavesNoPartialFile();
    void createReplacesExistingFile();
};

void TestProjectStore::createAndReopen()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY(!QFile::exists(ProjectStore::lockFilePath(path))); // released on close
    QCOMPARE(TestFiles::queryInt(path, "PRAGMA application_id"), 0x5045414B);
    QCOMPARE(TestFiles::queryInt(path, "PRAGMA user_version"), Migrator().latestVersion());

    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(error.isOk());
    QCOMPARE(store->schemaVersion(), Migrator().latestVersion());
    QVERIFY(!store->isReadOnly());
    QVERIFY(QFile::exists(ProjectStore::lockFilePath(path)));
    QCOMPARE(ProjectRepository(*store).vendors().size(), 200);
}

void TestProjectStore::connectionIsHardened()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY(store);
    sqlite3 *db = store->handle();
    int defensive = -1;
    int triggers = -1;
    int views = -1;
    int trusted = -1;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &triggers);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, -1, &views);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted);
    QCOMPARE(defensive, 1);
    QCOMPARE(triggers, 0);
    QCOMPARE(views, 0);
    QCOMPARE(trusted, 0);
    QCOMPARE(pragma(db, "PRAGMA cell_size_check"), 1);
    QCOMPARE(pragma(db, "PRAGMA foreign_keys"), 1);
    QCOMPARE(pragma(db, "PRAGMA synchronous"), 2); // FULL
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr);
    QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))),
             QByteArray("delete"));
    sqlite3_finalize(statement);
    // Defensive mode: the schema cannot be rewritten through writable_schema.
    sqlite3_exec(db, "PRAGMA writable_schema = ON", nullptr, nullptr, nullptr);
    QVERIFY(sqlite3_exec(db, "UPDATE sqlite_schema SET sql = '' WHERE name = 'vendor'", nullptr,
                         nullptr, nullptr)
            != SQLITE_OK);
}

void TestProjectStore::editsAreCommittedAtOnce()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY(store);
    ProjectRepository repository(*store);
    QVERIFY(repository.addFactor({0, QStringLiteral("service"), 0, true}) != 0);
    // Another connection (another program, or the file after a crash) sees it already.
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM factor WHERE name = 'service'"), 1);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestProjectStore::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("message");

    QTest::newRow("not sqlite") << "text" << int(StoreError::Kind::NotSqlite)
                                << QStringLiteral("“p.peakend” is not a Peakend project: it is "
                                                  "not an SQLite database.");
    QTest::newRow("truncated") << "truncated" << int(StoreError::Kind::Truncated)
                               << QStringLiteral("“p.peakend” is truncated: it should be %1 bytes "
                                                 "long but is %2 bytes. Restore it from a "
                                                 "backup.");
    QTest::newRow("other application")
        << "foreign" << int(StoreError::Kind::ForeignApplication)
        << QStringLiteral("“p.peakend” is an SQLite database of another program (application "
                          "id 0x12345678), not a Peakend project.");
    QTest::newRow("plain sqlite") << "plain" << int(StoreError::Kind::ForeignApplication)
                                  << QStringLiteral("“p.peakend” is an SQLite database of "
                                                    "another program (application id "
                                                    "0x00000000), not a Peakend project.");
    QTest::newRow("newer schema") << "newer" << int(StoreError::Kind::NewerSchema)
                                  << QStringLiteral("“p.peakend” was saved by a newer version of "
                                                    "Peakend (file format 99; this version reads "
                                                    "up to %1). Open it read-only, or update "
                                                    "Peakend to edit it.")
                                         .arg(Migrator().latestVersion());
    QTest::newRow("trigger") << "trigger" << int(StoreError::Kind::UntrustedSchema)
                             << QStringLiteral("“p.peakend” contains a trigger “wipe_factors” "
                                               "that Peakend did not create. It was not opened, "
                                               "and the trigger did not run.");
    QTest::newRow("view") << "view" << int(StoreError::Kind::UntrustedSchema)
                          << QStringLiteral("“p.peakend” contains a view “leak” that Peakend "
                                            "did not create. It was not opened, and the view did "
                                            "not run.");
    QTest::newRow("negative version")
        << "negative" << int(StoreError::Kind::Damaged)
        << QStringLiteral("“p.peakend” has an impossible file format number (-2147483648) and "
                          "was not opened: another program changed it.");
    QTest::newRow("orphan rows")
        << "orphans" << int(StoreError::Kind::Damaged)
        << QStringLiteral("“p.peakend” was changed by another program and was not opened: rows "
                          "refer to entries that are not there (rows per table: “touchpoint”: "
                          "2).");
    QTest::newRow("damaged") << "damaged"
                             << int(StoreError::Kind::Damaged)
                             // 0xEEEE = 61166: the cell pointer damageVendorTable() wrote.
                             // (SQLite goes on to name an orphaned page, whose number
                             // depends on the schema's size.)
                             << QStringLiteral("“p.peakend” is damaged and was not opened. "
                                               "SQLite's check reports: On tree page 3 cell 0: "
                                               "Offset 61166 out of range 4090..4092; Page ");
}

void TestProjectStore::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, errorKind);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.peakend"));
    if (kind == QLatin1String("text")) {
        QVERIFY(TestFiles::writeAll(path, "id,vendor,rating\n1,Apex,7\n"));
    } else if (kind == QLatin1String("foreign") || kind == QLatin1String("plain")) {
        QVERIFY(TestFiles::execSql(path, kind == QLatin1String("foreign")
                                             ? "PRAGMA application_id = 305419896; "
                                               "CREATE TABLE songs (title TEXT)"
                                             : "CREATE TABLE t (x)"));
    } else {
        QCOMPARE(makeProject(dir), path);
        if (kind == QLatin1String("truncated")) {
            const QByteArray whole = TestFiles::readAll(path);
            const QByteArray half = whole.left(whole.size() / 2);
            QVERIFY(TestFiles::writeAll(path, half));
            message = message.arg(whole.size()).arg(half.size());
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(TestFiles::execSql(path, "PRAGMA user_version = 99"));
        } else if (kind == QLatin1String("trigger")) {
            QVERIFY(TestFiles::execSql(path, "CREATE TRIGGER wipe_factors AFTER INSERT ON vendor "
                                             "BEGIN DELETE FROM factor; END"));
        } else if (kind == QLatin1String("view")) {
            QVERIFY(TestFiles::execSql(path, "CREATE VIEW leak AS SELECT name FROM vendor"));
        } else if (kind == QLatin1String("negative")) {
            QVERIFY(TestFiles::execSql(path, "PRAGMA user_version = -2147483648"));
        } else if (kind == QLatin1String("orphans")) {
            // Foreign keys are off on a plain sqlite3 connection, as in another program.
            QVERIFY(TestFiles::execSql(path, "INSERT INTO touchpoint (name, subprocess_id, "
                                             "position) VALUES ('a', 77, 0), ('b', 78, 1)"));
        } else if (kind == QLatin1String("damaged")) {
            QVERIFY(damageVendorTable(path));
        }
    }
    const QByteArray before = TestFiles::readAll(path);

    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY(!store);
    QCOMPARE(int(error.kind), errorKind);
    if (message.endsWith(QLatin1String("Page ")))
        QCOMPARE(error.message.left(message.size()), message);
    else
        QCOMPARE(error.message, message);
    QCOMPARE(TestFiles::readAll(path), before);
    QVERIFY(!QFile::exists(ProjectStore::lockFilePath(path)));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    // No backup was made of a refused file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.peakend")});
}

void TestProjectStore::newerSchemaOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QVERIFY(TestFiles::execSql(path, "PRAGMA user_version = 99"));
    const QByteArray before = TestFiles::readAll(path);
    StoreError error;
    QVERIFY(!ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error));
    QVERIFY(error.canOpenReadOnly());
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(store->isReadOnly());
    ProjectRepository repository(*store);
    QCOMPARE(repository.vendors().size(), 200);
    QCOMPARE(repository.addFactor({0, QStringLiteral("price"), 0, false}), 0);
    QVERIFY(!repository.lastError().isEmpty());
    store.reset();
    QCOMPARE(TestFiles::readAll(path), before);
}

void TestProjectStore::missingFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("gone"));
    StoreError error;
    QVERIFY(!ProjectStore::create(folder + QStringLiteral("/new.peakend"), QStringLiteral("N"),
                                  &error));
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    QCOMPARE(error.message, QStringLiteral("The folder “%1” does not exist.").arg(folder));
    QVERIFY(!QFile::exists(folder));
}

void TestProjectStore::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.peakend"));
    StoreError error;
    QVERIFY(!ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error));
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    QCOMPARE(error.message, QStringLiteral("“%1” does not exist.").arg(path));
    QVERIFY(!QFile::exists(path));
}

void TestProjectStore::lockStopsSecondEditor()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    StoreError error;
    auto first = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY(first);

    auto second = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY(!second);
    QCOMPARE(error.kind, StoreError::Kind::Locked);
    QVERIFY(error.canOpenReadOnly());
    QCOMPARE(error.message, QStringLiteral("“p.peakend” is already open in %1 (process %2) on %3. "
                                           "Open it read-only, or close it there first.")
                                .arg(QCoreApplication::applicationName())
                                .arg(QCoreApplication::applicationPid())
                                .arg(QSysInfo::machineHostName()));

    auto reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error.message));
    // The reader sees what the editor commits.
    QVERIFY(ProjectRepository(*first).addFactor({0, QStringLiteral("price"), 0, false}) != 0);
    QCOMPARE(ProjectRepository(*reader).factors().size(), 1);

    first.reset();
    second = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY2(second, qPrintable(error.message));
}

// The same file through a symbolic link or a hard link is the same file: one editor.
void TestProjectStore::lockHoldsThroughLinks()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QString symbolic = dir.filePath(QStringLiteral("symbolic.peakend"));
    const QString hard = dir.filePath(QStringLiteral("hard.peakend"));
    QVERIFY(QFile::link(path, symbolic));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()), 0);
    StoreError error;
    auto first = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY2(first, qPrintable(error.message));
    for (const QString &other : {symbolic, hard}) {
        QVERIFY(!ProjectStore::open(other, ProjectStore::Access::ReadWrite, &error));
        QCOMPARE(error.kind, StoreError::Kind::Locked);
        QVERIFY2(error.message.contains(QStringLiteral("is already open in")),
                 qPrintable(error.message));
        QVERIFY(ProjectStore::open(other, ProjectStore::Access::ReadOnly, &error));
    }
    first.reset();
    // Closed, each way in may edit it (one at a time).
    for (const QString &other : {symbolic, hard})
        QVERIFY2(ProjectStore::open(other, ProjectStore::Access::ReadWrite, &error),
                 qPrintable(error.message));
}

void TestProjectStore::staleLockIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    // A lock left by a process that no longer exists (a crash): pid 2^22+1 is above Linux's
    // default pid_max, so no process has it.
    QVERIFY(
        TestFiles::writeAll(ProjectStore::lockFilePath(path),
                            "4194305\nPeakend\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
}

void TestProjectStore::copyToWritesConsistentCopy()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY(store);
    const QString copy = dir.filePath(QStringLiteral("copy.peakend"));
    QVERIFY(TestFiles::writeAll(copy, "old content to be replaced"));
    error = store->copyTo(copy);
    QVERIFY2(error.isOk(), qPrintable(error.message));
    QCOMPARE(TestFiles::queryInt(copy, "SELECT count(*) FROM vendor"), 200);
    QCOMPARE(TestFiles::queryInt(copy, "PRAGMA application_id"), ProjectStore::applicationId);
    QCOMPARE(TestFiles::queryInt(copy, "PRAGMA user_version"), Migrator().latestVersion());
    QVERIFY(!QFile::exists(copy + QStringLiteral(".saving")));
    QVERIFY(!QFile::exists(ProjectStore::lockFilePath(copy)));
    auto reopened = ProjectStore::open(copy, ProjectStore::Access::ReadWrite, &error);
    QVERIFY2(reopened, qPrintable(error.message));
}

void TestProjectStore::copyToRefusesLockedTargetAndLeavesNoPartialFile()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QString other = makeProject(dir, QStringLiteral("other.peakend"));
    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    auto otherStore = ProjectStore::open(other, ProjectStore::Access::ReadWrite, &error);
    QVERIFY(store && otherStore);
    const QByteArray otherBefore = TestFiles::readAll(other);
    error = store->copyTo(other);
    QCOMPARE(error.kind, StoreError::Kind::Locked);
    QCOMPARE(TestFiles::readAll(other), otherBefore);

    const QString unwritable = dir.filePath(QStringLiteral("no-such-folder/copy.peakend"));
    error = store->copyTo(unwritable);
    QVERIFY(!error.isOk());
    QVERIFY(!QFile::exists(unwritable));
    QVERIFY(!QFile::exists(unwritable + QStringLiteral(".saving")));
}

void TestProjectStore::createReplacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    StoreError error;
    {
        auto open = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
        QVERIFY(open);
        QVERIFY(!ProjectStore::create(path, QStringLiteral("Again"), &error));
        QCOMPARE(error.kind, StoreError::Kind::Locked);
        QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM vendor"), 200);
    }
    auto store = ProjectStore::create(path, QStringLiteral("Again"), &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(ProjectRepository(*store).vendors().size(), 0);
    QCOMPARE(ProjectRepository(*store).projectInfo().name, QStringLiteral("Again"));
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
