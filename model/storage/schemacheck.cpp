#include "schemacheck.h"

#include "migrator.h"

#include <QLocale>

#include <sqlite3.h>

namespace Peakend {

namespace {

QString text(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

QString quoted(const QString &identifier)
{
    QString copy = identifier;
    return QLatin1Char('"') + copy.replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The position after a quoted text or a comment starting at i, or i when there is none.
qsizetype skipQuotedOrComment(const QString &sql, qsizetype i)
{
    const QChar c = sql.at(i);
    if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')
        || c == QLatin1Char('[')) {
        const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
        const qsizetype end = sql.indexOf(close, i + 1);
        return end < 0 ? sql.size() : end + 1; // a doubled quote is two quoted texts
    }
    if (sql.mid(i, 2) == QLatin1String("--")) {
        const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
        return end < 0 ? sql.size() : end + 1;
    }
    if (sql.mid(i, 2) == QLatin1String("/*")) {
        const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
        return end < 0 ? sql.size() : end + 2;
    }
    return i;
}

} // namespace

SchemaCheck::SchemaCheck(const Migrator &migrator, int version)
{
    sqlite3 *reference = nullptr;
    if (sqlite3_open(":memory:", &reference) == SQLITE_OK
        && migrator.migrate(reference, 0, version).isOk()) {
        m_expected = read(reference, &m_valid);
    }
    sqlite3_close(reference);
}

QMap<QString, SchemaCheck::Object> SchemaCheck::read(sqlite3 *db, bool *ok)
{
    QMap<QString, Object> objects;
    sqlite3_stmt *statement = nullptr;
    *ok = sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema", -1,
                             &statement, nullptr)
          == SQLITE_OK;
    while (*ok && sqlite3_step(statement) == SQLITE_ROW)
        objects.insert(text(statement, 1),
                       {text(statement, 0), text(statement, 2), text(statement, 3)});
    *ok = sqlite3_finalize(statement) == SQLITE_OK && *ok;
    return objects;
}

StoreError SchemaCheck::compare(sqlite3 *db, const QString &fileName) const
{
    bool ok = false;
    const QMap<QString, Object> present = read(db, &ok);
    if (!ok || !m_valid) {
        return StoreError::make(StoreError::Kind::Damaged,
                                tr("“%1” is damaged and was not opened: its list of tables does "
                                   "not read (%2).")
                                    .arg(fileName, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        if (m_expected.contains(it.key()))
            continue;
        const QString &type = it->type;
        QString message;
        if (type == QLatin1String("trigger")) {
            message = tr("“%1” contains a trigger “%2” that Peakend did not create. It was not "
                         "opened, and the trigger did not run.");
        } else if (type == QLatin1String("view")) {
            message = tr("“%1” contains a view “%2” that Peakend did not create. It was not "
                         "opened, and the view did not run.");
        } else if (type == QLatin1String("index")) {
            message = tr("“%1” contains an index “%2” that Peakend did not create. It was not "
                         "opened.");
        } else {
            message = tr("“%1” contains a table “%2” that Peakend did not create. It was not "
                         "opened.");
        }
        return StoreError::make(StoreError::Kind::UntrustedSchema, message.arg(fileName, it.key()));
    }
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        const auto found = present.constFind(it.key());
        if (found == present.cend()) {
            return StoreError::make(StoreError::Kind::Damaged,
                                    tr("“%1” was changed by another program and was not opened: "
                                       "“%2” is missing.")
                                        .arg(fileName, it.key()));
        }
        if (found->type != it->type || found->table != it->table || found->sql != it->sql) {
            return StoreError::make(StoreError::Kind::UntrustedSchema,
                                    tr("“%1” was changed by another program and was not opened: "
                                       "the definition of “%2” is not the one Peakend wrote.")
                                        .arg(fileName, it.key()));
        }
    }
    return StoreError::ok();
}

StoreError SchemaCheck::checkConstraints(sqlite3 *db, const QString &fileName) const
{
    QStringList broken;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        if (it->type != QLatin1String("table"))
            continue;
        const QStringList expressions = checkExpressions(it->sql);
        if (expressions.isEmpty())
            continue;
        // A CHECK fails where its expression is false; NULL passes.
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE NOT ((%2))")
                                .arg(quoted(it.key()), expressions.join(QStringLiteral(") AND (")));
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *statement = nullptr;
        qint64 count = -1;
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr)
                == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            count = sqlite3_column_int64(statement, 0);
        }
        sqlite3_finalize(statement);
        if (count < 0) {
            return StoreError::make(
                StoreError::Kind::Damaged,
                tr("“%1” is damaged and was not opened: the rows of “%2” do "
                   "not read (%3).")
                    .arg(fileName, it.key(), QString::fromUtf8(sqlite3_errmsg(db))));
        }
        if (count > 0)
            broken << tr("“%1”: %2").arg(it.key(), QLocale().toString(count));
    }
    if (broken.isEmpty())
        return StoreError::ok();
    return StoreError::make(StoreError::Kind::Damaged,
                            tr("“%1” was changed by another program and was not opened: rows hold "
                               "values Peakend never writes (rows per table: %2).")
                                .arg(fileName, broken.join(QStringLiteral(", "))));
}

QStringList SchemaCheck::checkExpressions(const QString &createTable)
{
    QStringList expressions;
    const QString &sql = createTable;
    qsizetype i = 0;
    while (i < sql.size()) {
        const qsizetype skipped = skipQuotedOrComment(sql, i);
        if (skipped != i) {
            i = skipped;
            continue;
        }
        const bool wordStart = i == 0 || !isWordCharacter(sql.at(i - 1));
        if (!wordStart || sql.mid(i, 5).compare(QLatin1String("CHECK"), Qt::CaseInsensitive) != 0
            || (i + 5 < sql.size() && isWordCharacter(sql.at(i + 5)))) {
            ++i;
            continue;
        }
        qsizetype open = i + 5;
        while (open < sql.size() && sql.at(open).isSpace())
            ++open;
        if (open >= sql.size() || sql.at(open) != QLatin1Char('(')) {
            i = open;
            continue;
        }
        int depth = 0;
        qsizetype j = open;
        while (j < sql.size()) {
            const qsizetype after = skipQuotedOrComment(sql, j);
            if (after != j) {
                j = after;
                continue;
            }
            if (sql.at(j) == QLatin1Char('('))
                ++depth;
            else if (sql.at(j) == QLatin1Char(')') && --depth == 0)
                break;
            ++j;
        }
        expressions << sql.mid(open + 1, j - open - 1).trimmed();
        i = j + 1;
    }
    return expressions;
}

} // namespace Peakend
