#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace Peakend {

class Migrator;

// The schema a file must have: what Peakend's own scripts create at the file's version,
// object by object (tables, indexes, views, triggers, with their SQL text). Comparing the
// file's sqlite_schema with it before any row is read refuses a table whose CHECK or column
// was rewritten by another program (such an expression could run for minutes), and an
// index, view or trigger that Peakend did not create.
//
// SQLite does not even parse CHECK constraints on a read-only connection, so PRAGMA
// quick_check cannot find a row that breaks one there; checkConstraints() asks for such rows
// itself, with the expressions taken from the expected schema's text.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // The schema of version built in memory by migrator; isValid() false when the scripts
    // do not run (a build error).
    SchemaCheck(const Migrator &migrator, int version);

    bool isValid() const { return m_valid; }

    // Refuses a file whose schema objects are not exactly the expected ones, naming the
    // first difference. fileName names the file in the message.
    StoreError compare(sqlite3 *db, const QString &fileName) const;

    // Refuses a file with rows that break a CHECK constraint, naming the table and the
    // count. Only valid after compare() passed.
    StoreError checkConstraints(sqlite3 *db, const QString &fileName) const;

    // The expressions of the CHECK constraints in one CREATE TABLE statement, in order,
    // without their parentheses. Comments and quoted text are skipped.
    static QStringList checkExpressions(const QString &createTable);

private:
    struct Object
    {
        QString type;
        QString table;
        QString sql;
    };
    static QMap<QString, Object> read(sqlite3 *db, bool *ok);

    QMap<QString, Object> m_expected; // name → object
    bool m_valid = false;
};

} // namespace Peakend
