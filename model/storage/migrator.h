#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct sqlite3;

namespace Peakend {

// Brings a project file's schema up to date from numbered scripts (0001.sql, 0002.sql …),
// each applied with its PRAGMA user_version bump in one transaction: a failing script
// leaves the file exactly at the version before it.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // scriptDir: the compiled-in ":/schema" in the app; tests pass their own folders.
    explicit Migrator(const QString &scriptDir = QStringLiteral(":/schema"));

    // The highest version the scripts reach, or -1 when the folder is not a contiguous
    // 0001…NNNN sequence (a build error, reported by migrate()).
    int latestVersion() const { return m_latest; }

    // Applies the scripts after fromVersion up to toVersion (-1: the latest).
    StoreError migrate(sqlite3 *db, int fromVersion, int toVersion = -1) const;

private:
    QString m_scriptDir;
    QList<QString> m_scripts; // file names, index i holds version i + 1
    int m_latest = -1;
};

} // namespace Peakend
