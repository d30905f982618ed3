#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

class QDateTime;

namespace Peakend {

class ProjectStore;

// What every part of the repository shares: the open store, the last error, one
// transaction at a time (nesting as savepoints) and the step from SQL to a query.
// The aggregate repositories (catalogue, surveys, cycles) derive from it virtually, so
// ProjectRepository, which is all of them, has one store and one last error.
class RepositoryCore
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryCore)

public:
    QString lastError() const { return m_lastError; }

    // Runs work inside one transaction (a savepoint, so calls nest): committed when it
    // returns true, rolled back when it returns false or the commit fails.
    bool transaction(const std::function<bool()> &work);

protected:
    explicit RepositoryCore(const ProjectStore &store);
    ~RepositoryCore();
    RepositoryCore(const RepositoryCore &) = delete;
    RepositoryCore &operator=(const RepositoryCore &) = delete;

    bool fail(const QString &reason) const;
    qint64 insertedId() const;
    // Whether table has room for one more row (ProjectLimits) and name is not too long;
    // otherwise false, with full (the translated "holds at most" text) or the length rule
    // as the last error.
    bool hasRoom(const char *table, int limit, const QString &full, const QString &name) const;
    // Whether name is within ProjectLimits::nameLength; otherwise false with the reason.
    bool nameFits(const QString &name) const;
    // Prepares, binds and runs one statement; on failure error holds the driver's text.
    QSqlQuery run(const QString &sql, const QVariantList &binds, QString *error) const;

    // SQL NULL for "none": NaN, id 0, score 0; and back.
    static QVariant nullable(double value);
    static QVariant nullableId(qint64 id);
    static QVariant nullableScore(int score);
    static double toDouble(const QVariant &value);
    static QDateTime toDateTime(const QVariant &value);
    static QString isoNow();

    const ProjectStore &m_store;
    mutable QString m_lastError;
};

} // namespace Peakend
