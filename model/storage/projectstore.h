#pragma once

#include "migrator.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

class QLockFile;
struct sqlite3;

namespace Peakend {

class SchemaCheck;

struct SqliteCloser
{
    void operator()(sqlite3 *db) const;
};
using SqliteConnection = std::unique_ptr<sqlite3, SqliteCloser>;

// One open .peakend file (DESIGN.md §4): an SQLite database opened defensively, its
// schema migrated, a QLockFile beside it so that a second window cannot edit it too.
// Every write is committed at once (rollback journal, synchronous=FULL); there is no
// "save", only Save As, which copies through SQLite's backup API.
//
// Storage never shows UI and never aborts: every failure comes back as a StoreError.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)

public:
    enum class Access { ReadWrite, ReadOnly };

    // PRAGMA application_id of every Peakend file: "PEAK" in ASCII. The MIME magic uses it.
    static constexpr qint32 applicationId = 0x5045414B;

    // Creates a new project at path (replacing a file that is there, unless another window
    // has it open) with the latest schema and one project row.
    static std::unique_ptr<ProjectStore> create(const QString &path, const QString &projectName,
                                                StoreError *error,
                                                const Migrator &migrator = Migrator());

    // Opens an existing project. Refuses, with the reason, anything that is not a healthy
    // Peakend file; upgrades an older schema after writing a backup copy beside it.
    // ReadOnly takes no lock and accepts a newer schema.
    static std::unique_ptr<ProjectStore> open(const QString &path, Access access, StoreError *error,
                                              const Migrator &migrator = Migrator());

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase database() const { return m_database; }
    sqlite3 *handle() const { return m_handle; }

    // A second connection to the same file, for a worker thread (a survey import): hardened
    // like the first and writing with the same journal, sync and foreign-key settings. Null,
    // with the reason, when the store is read-only or the file cannot be opened.
    SqliteConnection openWorkerConnection(QString *error) const;

    // PRAGMA integrity_check, which unlike open()'s quick_check also compares every index
    // with its table (peakend check).
    StoreError verify() const;

    // A consistent copy of the open project at target, written to a temporary file beside
    // it and renamed over it, so a failed copy never leaves a half-written target.
    StoreError copyTo(const QString &target) const;

    static QString lockFilePath(const QString &path);
    // Where open() keeps the copy it makes before upgrading a file from version.
    static QString backupPath(const QString &path, int version);

private:
    ProjectStore(const QString &path, Access access);

    StoreError connect(bool createFile);
    StoreError checkIdentity(const Migrator &migrator);
    StoreError checkSchema(const SchemaCheck &schema) const;
    enum class Thoroughness { Quick, Full };
    StoreError checkIntegrity(Thoroughness thoroughness) const;
    StoreError checkForeignKeys() const;
    StoreError configureForWriting();
    StoreError sqlError(const QString &what) const;

    QString m_path;
    Access m_access;
    QString m_connectionName;
    QSqlDatabase m_database;
    sqlite3 *m_handle = nullptr;
    std::vector<std::unique_ptr<QLockFile>> m_locks; // beside the file, and by inode
    int m_schemaVersion = 0;
};

} // namespace Peakend
