#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Peakend {

// A prepared statement on the raw handle, for the hot paths (bulk inserts) where
// QSqlQuery's QVariant binding costs several times more than the work itself.
// Bind positions are 1-based, as in SQLite.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    void bind(int position, qint64 value);
    void bind(int position, double value); // NaN binds NULL
    void bind(int position, const QString &text);
    void bindUtf8(int position, QByteArrayView text);
    void bindNull(int position);

    // Runs a statement that returns no rows and resets it for the next binding.
    bool execute();
    // Steps once; true while a row is available.
    bool next();
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    // Valid until the next step or reset.
    QByteArrayView columnUtf8(int column) const;
    void reset();

    QString errorString() const;
    int errorCode() const; // SQLite's extended result code of the last call that failed

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Peakend
