#include "batchedinsert.h"

#include "storage/sqlitestatement.h"

#include <algorithm>
#include <sqlite3.h>

namespace Peakend {

BatchedInsert::BatchedInsert(sqlite3 *db, const char *insert, const char *parameters,
                             const char *suffix, Conflict conflict)
    : m_parameters(parameters)
    , m_ids(int(m_parameters.count('i')))
    , m_values(int(m_parameters.count('v')))
    , m_conflict(std::move(conflict))
{
    QByteArray row = "(";
    for (qsizetype p = 0; p < m_parameters.size(); ++p)
        row += p == 0 ? "?" : ", ?";
    row += ')';
    QByteArray rows = row;
    for (int i = 1; i < Rows; ++i)
        rows += ", " + row;
    const QByteArray head = QByteArray(insert) + ' ';
    const QByteArray tail = *suffix ? ' ' + QByteArray(suffix) : QByteArray();
    m_batch = std::make_unique<SqliteStatement>(db, (head + rows + tail).constData());
    m_single = std::make_unique<SqliteStatement>(db, (head + row + tail).constData());
    m_pendingIds.resize(size_t(Rows * m_ids));
    m_pendingValues.resize(size_t(Rows * m_values));
    m_pendingTexts.resize(m_parameters.contains('t') ? size_t(Rows) : 0);
    if (!isValid())
        m_error = m_single->errorString();
}

BatchedInsert::~BatchedInsert() = default;

bool BatchedInsert::isValid() const
{
    return m_batch->isValid() && m_single->isValid();
}

void BatchedInsert::add(const qint64 *ids, const double *values, const QByteArray &text)
{
    std::copy(ids, ids + m_ids, m_pendingIds.begin() + m_pending * m_ids);
    std::copy(values, values + m_values, m_pendingValues.begin() + m_pending * m_values);
    if (!m_pendingTexts.empty())
        m_pendingTexts[size_t(m_pending)] = text;
    ++m_pending;
}

bool BatchedInsert::flush()
{
    if (m_pending == 0)
        return true;
    bool ok = m_pending == Rows ? bindAndRun(*m_batch, 0, Rows) : runOneByOne();
    // A key taken (by a row written before, or twice in this batch): SQLite undid the whole
    // statement, so the rows go again one by one and the conflicting ones to m_conflict.
    if (!ok && m_pending == Rows && m_conflict
        && m_batch->errorCode() == SQLITE_CONSTRAINT_PRIMARYKEY) {
        ok = runOneByOne();
    }
    m_pending = 0;
    return ok;
}

bool BatchedInsert::runOneByOne()
{
    for (int row = 0; row < m_pending; ++row) {
        if (bindAndRun(*m_single, row, 1))
            continue;
        if (!m_conflict || m_single->errorCode() != SQLITE_CONSTRAINT_PRIMARYKEY)
            return false;
        const QByteArray text = m_pendingTexts.empty() ? QByteArray() : m_pendingTexts[size_t(row)];
        if (!m_conflict(m_pendingIds.data() + row * m_ids, text))
            return false; // m_error says which key was taken
    }
    return true;
}

bool BatchedInsert::bindAndRun(SqliteStatement &statement, int first, int count)
{
    int position = 1;
    for (int row = first; row < first + count; ++row) {
        int id = row * m_ids;
        int value = row * m_values;
        for (const char parameter : std::as_const(m_parameters)) {
            switch (parameter) {
            case 'i':
                statement.bind(position++, m_pendingIds[size_t(id++)]);
                break;
            case 't':
                statement.bindUtf8(position++, m_pendingTexts[size_t(row)]);
                break;
            default:
                statement.bind(position++, m_pendingValues[size_t(value++)]);
                break;
            }
        }
    }
    if (statement.execute())
        return true;
    m_error = statement.errorString();
    return false;
}

} // namespace Peakend
