#include "sqlitesavepoint.h"

#include <sqlite3.h>

namespace Peakend {

SqliteSavepoint::SqliteSavepoint(sqlite3 *db, const char *name) : m_db(db), m_name(name) {}

SqliteSavepoint::~SqliteSavepoint()
{
    if (m_active)
        rollback();
}

bool SqliteSavepoint::begin()
{
    m_outermost = sqlite3_get_autocommit(m_db) != 0;
    m_active = sqlite3_exec(m_db, ("SAVEPOINT " + m_name).constData(), nullptr, nullptr, nullptr)
               == SQLITE_OK;
    return m_active;
}

bool SqliteSavepoint::release()
{
    if (!m_active)
        return false;
    if (sqlite3_exec(m_db, ("RELEASE " + m_name).constData(), nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        return false; // still active: the destructor or the caller rolls back
    }
    m_active = false;
    return true;
}

void SqliteSavepoint::rollback()
{
    if (!m_active)
        return;
    const QByteArray sql
        = m_outermost ? QByteArray("ROLLBACK") : "ROLLBACK TO " + m_name + "; RELEASE " + m_name;
    sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    m_active = false;
}

QString SqliteSavepoint::errorString() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace Peakend
