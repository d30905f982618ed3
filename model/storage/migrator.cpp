#include "migrator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace Peakend {

namespace {

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool exec(sqlite3 *db, const QByteArray &sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

Migrator::Migrator(const QString &scriptDir) : m_scriptDir(scriptDir)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})\\.sql$"));
    const QStringList files
        = QDir(scriptDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch() || match.captured(1).toInt() != m_scripts.size() + 1)
            return; // gap or stray name: m_latest stays -1
        m_scripts.append(file);
    }
    m_latest = int(m_scripts.size());
}

StoreError Migrator::migrate(sqlite3 *db, int fromVersion, int toVersion) const
{
    if (m_latest < 1) {
        return StoreError::make(StoreError::Kind::MigrationFailed,
                                tr("The schema scripts in “%1” are missing or not numbered "
                                   "0001, 0002 … without gaps.")
                                    .arg(m_scriptDir));
    }
    const int last = toVersion < 0 ? m_latest : qMin(toVersion, m_latest);
    for (int version = fromVersion + 1; version <= last; ++version) {
        const QString name = m_scripts.at(version - 1);
        QFile file(m_scriptDir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly)) {
            return StoreError::make(
                StoreError::Kind::MigrationFailed,
                tr("Schema script %1 cannot be read: %2").arg(name, file.errorString()));
        }
        const QByteArray script
            = file.readAll() + "\nPRAGMA user_version = " + QByteArray::number(version) + ";\n";
        if (!exec(db, "BEGIN IMMEDIATE")) {
            return StoreError::make(StoreError::Kind::MigrationFailed,
                                    tr("The project could not be upgraded to version %1: %2")
                                        .arg(version)
                                        .arg(sqliteMessage(db)));
        }
        if (!exec(db, script)) {
            const QString reason = sqliteMessage(db);
            exec(db, "ROLLBACK");
            return StoreError::make(StoreError::Kind::MigrationFailed,
                                    tr("Schema script %1 failed: %2. The file was left at "
                                       "version %3.")
                                        .arg(name, reason)
                                        .arg(version - 1));
        }
        if (!exec(db, "COMMIT")) {
            const QString reason = sqliteMessage(db);
            exec(db, "ROLLBACK");
            return StoreError::make(
                StoreError::Kind::MigrationFailed,
                tr("The project could not be upgraded to version %1: %2").arg(version).arg(reason));
        }
    }
    return StoreError::ok();
}

} // namespace Peakend
