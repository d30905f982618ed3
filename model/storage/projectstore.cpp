#include "projectstore.h"

#include "contentcheck.h"
#include "fileheader.h"
#include "schemacheck.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMap>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <optional>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Peakend {

namespace {

constexpr int busyTimeoutMs = 3000;

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

bool execRaw(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// First column of the first row of a one-value query; fallback when there is none.
qint64 queryInt(sqlite3 *db, const char *sql, qint64 fallback = -1)
{
    sqlite3_stmt *statement = nullptr;
    qint64 result = fallback;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        result = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    return result;
}

// Switches off everything in SQLite that a crafted file could use to run code or to
// corrupt memory, before the schema is read (https://sqlite.org/security.html).
void harden(sqlite3 *db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    execRaw(db, "PRAGMA trusted_schema = OFF");
    execRaw(db, "PRAGMA cell_size_check = ON");
    execRaw(db, "PRAGMA mmap_size = 0");
}

} // namespace

ProjectStore::ProjectStore(const QString &path, Access access) : m_path(path), m_access(access)
{
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("peakend-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

ProjectStore::~ProjectStore()
{
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString ProjectStore::lockFilePath(const QString &path)
{
    // Through a symbolic link, the file the link names: one lock whatever the way in (for a
    // file still to be made, its folder's real path).
    const QFileInfo info(path);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        canonical = folder.isEmpty() ? path : QDir(folder).filePath(info.fileName());
    }
    return canonical + QStringLiteral(".lock");
}

QString ProjectStore::backupPath(const QString &path, int version)
{
    const QFileInfo info(path);
    return info.dir().filePath(
        QStringLiteral("%1.schema%2-backup.peakend").arg(info.completeBaseName()).arg(version));
}

namespace {

// Takes lock now if it is free or stale: its process is gone (on this machine), or it holds
// no process id because its process was killed between creating it and writing the id into
// it (a live process writes it within microseconds).
bool tryLock(QLockFile &lock, const QString &file)
{
    lock.setStaleLockTime(0); // never stale by age alone: a long session keeps its lock
    if (lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString application;
    const QFileInfo info(file);
    if (lock.error() == QLockFile::LockFailedError && !lock.getLockInfo(&pid, &host, &application)
        && (info.size() == 0 || info.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000)) {
        lock.removeStaleLockFile();
        return lock.tryLock(0);
    }
    return false;
}

// Who holds lock, as a message; false when the lock file does not say.
bool describeHolder(QLockFile &lock, const QString &path, StoreError *error)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.error() != QLockFile::LockFailedError
        || !lock.getLockInfo(&pid, &host, &application)) {
        return false;
    }
    if (application.isEmpty())
        application = QStringLiteral("Peakend");
    *error = StoreError::make(StoreError::Kind::Locked,
                              ProjectStore::tr("“%1” is already open in %2 (process %3) on %4. "
                                               "Open it read-only, or close it there first.")
                                  .arg(fileName(path), application)
                                  .arg(pid)
                                  .arg(host));
    return true;
}

// The same file reached through a hard link has another path: a lock per device and inode,
// in this user's runtime folder, keeps a second writer away on this machine. Null when the
// file is not there yet (a new project) or there is no runtime folder: the lock beside the
// file is then the only one.
std::unique_ptr<QLockFile> lockByInode(const QString &path, bool *held)
{
    *held = false;
#ifdef Q_OS_UNIX
    struct stat info = {};
    // The user's runtime folder, else one of the user's own in the temporary folder.
    const QString folder
        = qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")
              ? qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/peakend-locks")
              : QDir::tempPath() + QStringLiteral("/peakend-locks-%1").arg(::getuid());
    // (A folder another user made there is not used: the lock beside the file still holds.)
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !QDir().mkpath(folder)
        || QFileInfo(folder).ownerId() != ::getuid()) {
        return nullptr;
    }
    const QString file = QStringLiteral("%1/%2-%3.lock")
                             .arg(folder)
                             .arg(quint64(info.st_dev))
                             .arg(quint64(info.st_ino));
    auto lock = std::make_unique<QLockFile>(file);
    if (tryLock(*lock, file))
        return lock;
    *held = lock->error() == QLockFile::LockFailedError;
    return *held ? std::move(lock) : nullptr;
#else
    Q_UNUSED(path)
    return nullptr;
#endif
}

// Takes the locks of path (beside its canonical path, and by inode), or says who holds them.
std::vector<std::unique_ptr<QLockFile>> acquireLock(const QString &path, StoreError *error)
{
    std::vector<std::unique_ptr<QLockFile>> locks;
    auto lock = std::make_unique<QLockFile>(ProjectStore::lockFilePath(path));
    if (!tryLock(*lock, ProjectStore::lockFilePath(path))) {
        if (describeHolder(*lock, path, error))
            return locks;
        if (const QDir folder = QFileInfo(path).dir(); !folder.exists()) {
            *error = StoreError::make(StoreError::Kind::NotFound,
                                      ProjectStore::tr("The folder “%1” does not exist.")
                                          .arg(QDir::toNativeSeparators(folder.path())));
        } else {
            *error = StoreError::make(StoreError::Kind::Io,
                                      ProjectStore::tr("“%1” cannot be locked for editing: the "
                                                       "folder may be read-only.")
                                          .arg(fileName(path)));
        }
        return locks;
    }
    bool held = false;
    auto byInode = lockByInode(path, &held);
    if (held) {
        if (!describeHolder(*byInode, path, error)) {
            *error = StoreError::make(StoreError::Kind::Locked,
                                      ProjectStore::tr("“%1” is already open in Peakend under "
                                                       "another name. Open it read-only, or "
                                                       "close it there first.")
                                          .arg(fileName(path)));
        }
        return locks;
    }
    locks.push_back(std::move(lock));
    if (byInode)
        locks.push_back(std::move(byInode));
    return locks;
}

} // namespace

StoreError ProjectStore::connect(bool createFile)
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_database.setDatabaseName(m_path);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs)};
    if (m_access == Access::ReadOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    m_database.setConnectOptions(options.join(QLatin1Char(';')));
    if (!createFile && !QFileInfo::exists(m_path)) // QSQLITE would create it
        return StoreError::make(StoreError::Kind::NotFound, tr("“%1” does not exist.").arg(m_path));
    if (!m_database.open()) {
        return StoreError::make(
            StoreError::Kind::Io,
            tr("“%1” cannot be opened: %2").arg(fileName(m_path), m_database.lastError().text()));
    }
    const QVariant handle = m_database.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle) {
        return StoreError::make(StoreError::Kind::Io,
                                tr("The Qt SQLite driver did not give access to its connection."));
    }
    harden(m_handle);
    return StoreError::ok();
}

StoreError ProjectStore::sqlError(const QString &what) const
{
    return StoreError::make(
        StoreError::Kind::Sql,
        tr("%1 failed in “%2”: %3")
            .arg(what, fileName(m_path), QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

StoreError ProjectStore::checkIdentity(const Migrator &migrator)
{
    const QString name = fileName(m_path);
    const qint64 appId = queryInt(m_handle, "PRAGMA application_id");
    if (appId == -1 && sqlite3_errcode(m_handle) != SQLITE_OK) {
        const int code = sqlite3_errcode(m_handle);
        const QString reason = QString::fromUtf8(sqlite3_errmsg(m_handle));
        // A read-only connection cannot roll back the journal of an interrupted write.
        if ((code & 0xff) == SQLITE_READONLY && m_access == Access::ReadOnly) {
            return StoreError::make(StoreError::Kind::NeedsRecovery,
                                    tr("“%1” was not closed properly: a change to it was "
                                       "interrupted and must be rolled back before it can be "
                                       "read. Open it for editing once (peakend check --recover "
                                       "does only that); the change is undone and nothing else "
                                       "is touched.")
                                        .arg(name));
        }
        if (code == SQLITE_NOTADB) {
            return StoreError::make(StoreError::Kind::NotSqlite,
                                    tr("“%1” is not a Peakend project: it is not an SQLite "
                                       "database.")
                                        .arg(name));
        }
        return StoreError::make(StoreError::Kind::Damaged,
                                tr("“%1” is damaged and was not opened: %2").arg(name, reason));
    }
    if (appId != applicationId) {
        return StoreError::make(StoreError::Kind::ForeignApplication,
                                tr("“%1” is an SQLite database of another program (application "
                                   "id 0x%2), not a Peakend project.")
                                    .arg(name)
                                    .arg(quint32(appId), 8, 16, QLatin1Char('0')));
    }

    const qint64 version = queryInt(m_handle, "PRAGMA user_version", 0);
    const int latest = migrator.latestVersion();
    // Peakend writes 1, 2, …; a negative or absurd number was written by someone else, and
    // migrating "from" it would run scripts that do not exist.
    if (version < 0 || version > 1000000) {
        return StoreError::make(StoreError::Kind::Damaged,
                                tr("“%1” has an impossible file format number (%2) and was not "
                                   "opened: another program changed it.")
                                    .arg(name)
                                    .arg(version));
    }
    m_schemaVersion = int(version);
    if (m_schemaVersion > latest && m_access == Access::ReadWrite) {
        return StoreError::make(StoreError::Kind::NewerSchema,
                                tr("“%1” was saved by a newer version of Peakend (file format "
                                   "%2; this version reads up to %3). Open it read-only, or "
                                   "update Peakend to edit it.")
                                    .arg(name)
                                    .arg(m_schemaVersion)
                                    .arg(latest));
    }
    if (m_schemaVersion < latest && m_access == Access::ReadOnly) {
        return StoreError::make(StoreError::Kind::NeedsUpgrade,
                                tr("“%1” uses an older file format (%2) that must be upgraded "
                                   "before it can be read. Open it for editing to upgrade it; a "
                                   "backup copy is kept.")
                                    .arg(name)
                                    .arg(m_schemaVersion));
    }
    return StoreError::ok();
}

// The file's schema must be the one Peakend's scripts create at its version, before SQLite
// evaluates any of it (a rewritten CHECK could run for minutes in quick_check). A newer
// format's schema is unknown; its code cannot run on this connection anyway.
StoreError ProjectStore::checkSchema(const SchemaCheck &schema) const
{
    return schema.compare(m_handle, fileName(m_path));
}

StoreError ProjectStore::verify() const
{
    return checkIntegrity(Thoroughness::Full);
}

StoreError ProjectStore::checkIntegrity(Thoroughness thoroughness) const
{
    sqlite3_stmt *statement = nullptr;
    QStringList problems;
    const char *sql = thoroughness == Thoroughness::Full ? "PRAGMA integrity_check(5)"
                                                         : "PRAGMA quick_check(5)";
    if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            problems << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
    }
    const int rc = sqlite3_finalize(statement);
    if (rc != SQLITE_OK && problems.isEmpty())
        problems << QString::fromUtf8(sqlite3_errstr(rc));
    if (problems == QStringList{QStringLiteral("ok")})
        return StoreError::ok();
    // SQLite starts its report with "*** in database main ***": the user has one database.
    QStringList lines;
    for (const QString &problem : std::as_const(problems)) {
        for (const QString &line : problem.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("***")))
                lines << line.trimmed();
        }
    }
    problems = lines;
    const QString message = thoroughness == Thoroughness::Full
                                ? tr("“%1” is damaged. SQLite's check reports: %2")
                                : tr("“%1” is damaged and was not opened. SQLite's check "
                                     "reports: %2");
    return StoreError::make(StoreError::Kind::Damaged,
                            message.arg(fileName(m_path), problems.join(QStringLiteral("; "))));
}

// Rows that name a vendor, subprocess, respondent or factor that is not there can only come
// from another program that switched foreign keys off; the analyses would read past their
// tables. Such a file is refused, naming the table and how many of its rows are affected.
StoreError ProjectStore::checkForeignKeys() const
{
    sqlite3_stmt *statement = nullptr;
    QMap<QString, qint64> orphans; // table → rows that refer to nothing
    if (sqlite3_prepare_v2(m_handle, "PRAGMA foreign_key_check", -1, &statement, nullptr)
        == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            ++orphans[QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)))];
        }
    }
    sqlite3_finalize(statement);
    if (orphans.isEmpty())
        return StoreError::ok();
    QStringList parts;
    for (auto it = orphans.cbegin(); it != orphans.cend(); ++it)
        parts << tr("“%1”: %2").arg(it.key(), QLocale().toString(it.value()));
    return StoreError::make(StoreError::Kind::Damaged,
                            tr("“%1” was changed by another program and was not opened: rows refer "
                               "to entries that are not there (rows per table: %2).")
                                .arg(fileName(m_path), parts.join(QStringLiteral(", "))));
}

void SqliteCloser::operator()(sqlite3 *db) const
{
    sqlite3_close(db);
}

SqliteConnection ProjectStore::openWorkerConnection(QString *error) const
{
    if (m_access != Access::ReadWrite) {
        *error = tr("“%1” is open read-only.").arg(fileName(m_path));
        return nullptr;
    }
    sqlite3 *db = nullptr;
    const int result = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db,
                                       SQLITE_OPEN_READWRITE, nullptr);
    SqliteConnection connection(db);
    if (result != SQLITE_OK) {
        *error = tr("“%1” cannot be opened: %2")
                     .arg(fileName(m_path), QString::fromUtf8(sqlite3_errmsg(db)));
        return nullptr;
    }
    harden(db);
    sqlite3_busy_timeout(db, busyTimeoutMs);
    if (!execRaw(db, "PRAGMA synchronous = FULL") || !execRaw(db, "PRAGMA foreign_keys = ON")) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return nullptr;
    }
    return connection;
}

StoreError ProjectStore::configureForWriting()
{
    // Rollback journal + FULL sync: every committed edit survives a crash or a lid closed.
    if (!execRaw(m_handle, "PRAGMA journal_mode = DELETE")
        || !execRaw(m_handle, "PRAGMA synchronous = FULL")
        || !execRaw(m_handle, "PRAGMA foreign_keys = ON")) {
        return sqlError(tr("Configuring the connection"));
    }
    return StoreError::ok();
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &path, const QString &projectName,
                                                   StoreError *error, const Migrator &migrator)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, Access::ReadWrite));
    store->m_locks = acquireLock(path, error);
    if (store->m_locks.empty())
        return nullptr;

    auto fail = [&](const StoreError &reason) {
        *error = reason;
        store.reset(); // closes the connection before the half-made file goes
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return nullptr;
    };

    // We hold the lock, so nobody is editing what is replaced; a stale journal goes too,
    // or SQLite would "recover" it into the new file.
    QFile::remove(path + QStringLiteral("-journal"));
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        *error = StoreError::make(StoreError::Kind::Io,
                                  tr("“%1” cannot be replaced.").arg(fileName(path)));
        return nullptr;
    }

    StoreError status = store->connect(true);
    if (status.isOk())
        status = store->configureForWriting();
    if (!status.isOk())
        return fail(status);
    const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(applicationId);
    if (!execRaw(store->m_handle, setId.constData()))
        return fail(store->sqlError(tr("Creating the project")));
    status = migrator.migrate(store->m_handle, 0);
    if (!status.isOk())
        return fail(status);
    store->m_schemaVersion = migrator.latestVersion();

    QSqlQuery insert(store->m_database);
    insert.prepare(QStringLiteral("INSERT INTO project (id, name, created_at) VALUES (1, ?, ?)"));
    insert.addBindValue(projectName.isNull() ? QStringLiteral("") : projectName);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.exec())
        return fail(store->sqlError(tr("Creating the project")));

    *error = StoreError::ok();
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, Access access,
                                                 StoreError *error, const Migrator &migrator)
{
    *error = FileHeader::check(path);
    if (!error->isOk())
        return nullptr;

    std::unique_ptr<ProjectStore> store(new ProjectStore(path, access));
    if (access == Access::ReadWrite) {
        store->m_locks = acquireLock(path, error);
        if (store->m_locks.empty())
            return nullptr;
    }

    // Everything up to the migration only reads, so a refused file keeps its bytes.
    *error = store->connect(false);
    if (error->isOk())
        *error = store->checkIdentity(migrator);
    std::optional<SchemaCheck> schema;
    if (error->isOk() && store->m_schemaVersion <= migrator.latestVersion()) {
        schema.emplace(migrator, store->m_schemaVersion);
        *error = store->checkSchema(*schema);
    }
    if (error->isOk())
        *error = store->checkIntegrity(Thoroughness::Quick);
    if (error->isOk())
        *error = store->checkForeignKeys();
    // quick_check verified the CHECK constraints on a writable connection only.
    if (error->isOk() && schema && access == Access::ReadOnly)
        *error = schema->checkConstraints(store->m_handle, fileName(path));
    if (error->isOk() && schema)
        *error = ContentCheck::run(store->m_handle, fileName(path));
    if (!error->isOk())
        return nullptr;
    if (access == Access::ReadOnly) {
        execRaw(store->m_handle, "PRAGMA query_only = ON");
        return store;
    }

    *error = store->configureForWriting();
    if (!error->isOk())
        return nullptr;
    if (store->m_schemaVersion < migrator.latestVersion()) {
        *error = store->copyTo(backupPath(path, store->m_schemaVersion));
        if (!error->isOk())
            return nullptr;
        *error = migrator.migrate(store->m_handle, store->m_schemaVersion);
        if (!error->isOk())
            return nullptr;
        store->m_schemaVersion = migrator.latestVersion();
    }
    return store;
}

StoreError ProjectStore::copyTo(const QString &target) const
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return StoreError::ok();
    StoreError error;
    const auto targetLocks = acquireLock(target, &error);
    if (targetLocks.empty())
        return error;

    const QString temporary = target + QStringLiteral(".saving");
    QFile::remove(temporary);
    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", m_handle, "main");
        if (backup) {
            sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(destination);
    }
    const QString reason
        = QString::fromUtf8(destination ? sqlite3_errmsg(destination) : sqlite3_errstr(rc));
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(temporary);
        return StoreError::make(StoreError::Kind::Io,
                                tr("“%1” could not be written: %2").arg(fileName(target), reason));
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData())
        != 0) {
        QFile::remove(temporary);
        return StoreError::make(
            StoreError::Kind::Io,
            tr("“%1” could not be written: the file could not be replaced.").arg(fileName(target)));
    }
    return StoreError::ok();
}

} // namespace Peakend
