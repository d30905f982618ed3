#include "repositorycore.h"

#include "domain/hiddencharacters.h"
#include "domain/projectlimits.h"
#include "projectstore.h"
#include "sqlitesavepoint.h"

#include <QDateTime>
#include <QSqlError>
#include <QtNumeric>

#include <sqlite3.h>

namespace Peakend {

RepositoryCore::RepositoryCore(const ProjectStore &store) : m_store(store) {}

RepositoryCore::~RepositoryCore() = default;

QVariant RepositoryCore::nullable(double value)
{
    return qIsNaN(value) ? QVariant() : QVariant(value);
}

QVariant RepositoryCore::nullableId(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QVariant RepositoryCore::nullableScore(int score)
{
    return score == 0 ? QVariant() : QVariant(score);
}

double RepositoryCore::toDouble(const QVariant &value)
{
    return value.isNull() ? qQNaN() : value.toDouble();
}

QDateTime RepositoryCore::toDateTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString RepositoryCore::isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QSqlQuery RepositoryCore::run(const QString &sql, const QVariantList &binds, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return query;
    }
    for (const QVariant &bind : binds) {
        // A null QString would bind SQL NULL; text columns are NOT NULL: bind "" instead.
        // Intended NULLs are passed as an invalid QVariant.
        const bool nullText = bind.typeId() == QMetaType::QString && bind.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : bind);
    }
    if (!query.exec())
        *error = query.lastError().text();
    return query;
}

bool RepositoryCore::fail(const QString &reason) const
{
    m_lastError = reason;
    return false;
}

bool RepositoryCore::nameFits(const QString &name) const
{
    if (name.size() > ProjectLimits::nameLength) {
        return fail(tr("Names are kept to %1 characters; this one has %2.")
                        .arg(ProjectLimits::nameLength)
                        .arg(name.size()));
    }
    if (const qsizetype at = HiddenCharacters::find(name); at >= 0) {
        return fail(tr("The name holds an invisible character (U+%1, at position %2) that "
                       "changes how text shows; remove it.")
                        .arg(HiddenCharacters::codePoint(name.at(at)))
                        .arg(at + 1));
    }
    return true;
}

bool RepositoryCore::hasRoom(const char *table, int limit, const QString &full,
                             const QString &name) const
{
    if (!nameFits(name))
        return false;
    QString error;
    QSqlQuery query
        = run(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)), {}, &error);
    if (!error.isEmpty())
        return fail(error);
    return !query.next() || query.value(0).toLongLong() < limit || fail(full);
}

qint64 RepositoryCore::insertedId() const
{
    return sqlite3_last_insert_rowid(m_store.handle());
}

bool RepositoryCore::transaction(const std::function<bool()> &work)
{
    // A savepoint nests: a repository write that needs its own transaction (a requirement
    // and its factor links) can run inside a caller's larger one (a whole demo project).
    SqliteSavepoint savepoint(m_store.handle(), "peakend_write");
    if (!savepoint.begin())
        return fail(savepoint.errorString());
    if (!work()) {
        savepoint.rollback();
        return false;
    }
    if (!savepoint.release()) {
        const QString reason = savepoint.errorString();
        savepoint.rollback();
        return fail(reason);
    }
    return true;
}

} // namespace Peakend
