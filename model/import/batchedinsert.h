#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace Peakend {

class SqliteStatement;

// Rows of one table written a batch at a time through one multi-row INSERT: SQLite's cost is
// mostly per statement run, and a single statement keeps its B-tree cursor on the last page,
// where the next key goes (ids only grow), instead of descending from the root for every row.
// A row's parameters are described by a string, in order: 'i' the row's next id, 't' its
// text (UTF-8), 'v' its next value (NaN binds NULL).
class BatchedInsert
{
public:
    static constexpr int Rows = 64;

    // Called for a row whose primary key is already taken; true when it dealt with it.
    using Conflict = std::function<bool(const qint64 *ids, const QByteArray &text)>;

    // insert: "INSERT INTO table (columns) VALUES"; suffix: an ON CONFLICT clause, or "".
    BatchedInsert(sqlite3 *db, const char *insert, const char *parameters, const char *suffix = "",
                  Conflict conflict = {});
    ~BatchedInsert();
    BatchedInsert(const BatchedInsert &) = delete;
    BatchedInsert &operator=(const BatchedInsert &) = delete;

    bool isValid() const;
    QString errorString() const { return m_error; }

    void add(const qint64 *ids, const double *values, const QByteArray &text = {});
    bool isFull() const { return m_pending == Rows; } // to be flushed before the next add
    bool flush();                                     // writes the rows added since the last flush

private:
    bool bindAndRun(SqliteStatement &statement, int first, int count);
    bool runOneByOne();

    QByteArray m_parameters;
    int m_ids = 0;
    int m_values = 0;
    Conflict m_conflict;
    std::unique_ptr<SqliteStatement> m_batch;
    std::unique_ptr<SqliteStatement> m_single;
    std::vector<qint64> m_pendingIds;
    std::vector<double> m_pendingValues;
    std::vector<QByteArray> m_pendingTexts;
    int m_pending = 0;
    QString m_error;
};

} // namespace Peakend
