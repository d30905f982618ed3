#pragma once

#include <QString>

struct sqlite3;

namespace Peakend {

// A savepoint that nests inside a caller's transaction and, when it is the outermost one,
// rolls back with a plain ROLLBACK: "ROLLBACK TO; RELEASE" would commit an empty transaction
// and bump the file's change counter, so a failed write would not leave the file
// byte-for-byte as it was.
class SqliteSavepoint
{
public:
    SqliteSavepoint(sqlite3 *db, const char *name);
    ~SqliteSavepoint(); // rolls back unless released

    bool begin();
    bool release(); // commits when outermost
    void rollback();
    QString errorString() const;

private:
    sqlite3 *m_db;
    QByteArray m_name;
    bool m_outermost = false;
    bool m_active = false;
};

} // namespace Peakend
