#include "surveywavestash.h"

#include "sqlitesavepoint.h"
#include "sqlitestatement.h"

#include <QStringList>

#include <sqlite3.h>

namespace Peakend {

namespace {

QByteArray idList(const QList<qint64> &ids)
{
    QByteArray list;
    for (const qint64 id : ids)
        list += (list.isEmpty() ? "" : ", ") + QByteArray::number(id);
    return list;
}

} // namespace

bool SurveyWaveStash::attach()
{
    SqliteStatement attached(m_db, "SELECT 1 FROM pragma_database_list WHERE name = 'stash'");
    if (attached.next())
        return true;
    // ATTACH cannot run inside a transaction: the undo stack calls this between them.
    if (sqlite3_exec(m_db, "ATTACH DATABASE '' AS stash", nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

// Copies the wave from schema `from` to schema `to` (parents first) and deletes it from
// `from` (children first), in one savepoint.
bool SurveyWaveStash::move(const char *from, const char *to, qint64 surveyId,
                           const CreatedNames &created)
{
    struct Table
    {
        const char *name;
        QByteArray where; // %1: the schema holding the wave's respondents
    };
    const QByteArray respondents
        = "respondent_id IN (SELECT id FROM %1.respondent WHERE survey_id = ?1)";
    const QList<Table> tables = {
        {"vendor", "id IN (" + idList(created.vendors) + ")"},
        {"subprocess", "id IN (" + idList(created.subprocesses) + ")"},
        {"factor", "id IN (" + idList(created.factors) + ")"},
        {"attribute", "id IN (" + idList(created.attributes) + ")"},
        {"survey", "id = ?1"},
        {"respondent", "survey_id = ?1"},
        {"respondent_attribute", respondents},
        {"evaluation", respondents},
        {"journey_rating", respondents},
        {"factor_rating", respondents},
        {"reason", respondents},
    };
    const auto run = [this, surveyId](const QByteArray &sql) {
        SqliteStatement statement(m_db, sql.constData());
        if (!statement.isValid() || (statement.bind(1, surveyId), !statement.execute())) {
            m_error = statement.errorString();
            return false;
        }
        return true;
    };
    SqliteSavepoint savepoint(m_db, "stash_move");
    if (!savepoint.begin()) {
        m_error = savepoint.errorString();
        return false;
    }
    const QByteArray source(from);
    const QByteArray target(to);
    for (const Table &table : tables) {
        const QByteArray where = QByteArray(table.where).replace("%1", source);
        if (!run("CREATE TABLE IF NOT EXISTS stash." + QByteArray(table.name)
                 + " AS SELECT * FROM main." + table.name + " WHERE 0")
            || !run("INSERT INTO " + target + "." + table.name + " SELECT * FROM " + source + "."
                    + table.name + " WHERE " + where)) {
            return false;
        }
    }
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        const QByteArray where = QByteArray(table->where).replace("%1", source);
        if (!run("DELETE FROM " + source + "." + table->name + " WHERE " + where))
            return false;
    }
    if (!savepoint.release()) {
        m_error = savepoint.errorString();
        return false;
    }
    return true;
}

bool SurveyWaveStash::take(qint64 surveyId, const CreatedNames &created)
{
    return attach() && move("main", "stash", surveyId, created);
}

bool SurveyWaveStash::putBack(qint64 surveyId, const CreatedNames &created)
{
    return attach() && move("stash", "main", surveyId, created);
}

} // namespace Peakend
