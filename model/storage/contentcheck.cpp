#include "contentcheck.h"

#include "domain/hiddencharacters.h"
#include "domain/projectlimits.h"

#include <QList>
#include <QLocale>
#include <QSet>

#include <sqlite3.h>

namespace Peakend {

namespace {

// The one value of a one-value query; -1 when it does not run.
qint64 count(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    qint64 result = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        result = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    return result;
}

} // namespace

StoreError ContentCheck::run(sqlite3 *db, const QString &fileName)
{
    const QLocale locale;
    auto refuse = [&](const QString &what) {
        return StoreError::make(
            StoreError::Kind::Damaged,
            tr("“%1” was changed by another program and was not opened: %2").arg(fileName, what));
    };
    auto unreadable = [&] {
        return StoreError::make(StoreError::Kind::Damaged,
                                tr("“%1” is damaged and was not opened: %2")
                                    .arg(fileName, QString::fromUtf8(sqlite3_errmsg(db))));
    };

    // Older formats lack some tables (and tests migrate schemas of their own): what is not
    // there is not checked.
    QSet<QByteArray> tables;
    sqlite3_stmt *list = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table'", -1, &list,
                           nullptr)
        == SQLITE_OK) {
        while (sqlite3_step(list) == SQLITE_ROW)
            tables.insert(reinterpret_cast<const char *>(sqlite3_column_text(list, 0)));
    }
    if (sqlite3_finalize(list) != SQLITE_OK)
        return unreadable();

    if (tables.contains("project")) {
        const qint64 projects = count(db, "SELECT count(*) FROM project");
        if (projects < 0)
            return unreadable();
        if (projects != 1)
            return refuse(tr("it has no project row."));
        if (count(db, "SELECT max(length(name)) FROM project") > ProjectLimits::nameLength) {
            return refuse(tr("the project's name is longer than %1 characters.")
                              .arg(locale.toString(ProjectLimits::nameLength)));
        }
    }

    struct Catalogue
    {
        const char *table;
        const char *countSql;
        const char *lengthSql;
        int limit;
        const char *what; // "%1 vendors; Peakend shows at most %2."
    };
    static const Catalogue catalogues[] = {
        {"vendor", "SELECT count(*) FROM vendor", "SELECT max(length(name)) FROM vendor",
         ProjectLimits::vendors, QT_TR_NOOP("it has %1 vendors; a project holds at most %2.")},
        {"subprocess", "SELECT count(*) FROM subprocess",
         "SELECT max(length(name)) FROM subprocess", ProjectLimits::subprocesses,
         QT_TR_NOOP("it has %1 subprocesses; a project holds at most %2.")},
        {"factor", "SELECT count(*) FROM factor", "SELECT max(length(name)) FROM factor",
         ProjectLimits::factors, QT_TR_NOOP("it has %1 factors; a project holds at most %2.")},
        {"channel", "SELECT count(*) FROM channel", "SELECT max(length(name)) FROM channel",
         ProjectLimits::channels, QT_TR_NOOP("it has %1 channels; a project holds at most %2.")},
        {"touchpoint", "SELECT count(*) FROM touchpoint",
         "SELECT max(length(name)) FROM touchpoint", ProjectLimits::touchpoints,
         QT_TR_NOOP("it has %1 touchpoints; a project holds at most %2.")},
        {"attribute", "SELECT count(*) FROM attribute", "SELECT max(length(name)) FROM attribute",
         ProjectLimits::attributes,
         QT_TR_NOOP("it has %1 respondent attributes; a project holds at most %2.")},
        {"survey", "SELECT count(*) FROM survey", "SELECT max(length(name)) FROM survey",
         ProjectLimits::waves, QT_TR_NOOP("it has %1 waves; a project holds at most %2.")},
    };
    for (const Catalogue &catalogue : catalogues) {
        if (!tables.contains(catalogue.table))
            continue;
        const qint64 rows = count(db, catalogue.countSql);
        if (rows < 0)
            return unreadable();
        if (rows > catalogue.limit) {
            return refuse(
                tr(catalogue.what).arg(locale.toString(rows), locale.toString(catalogue.limit)));
        }
    }
    // Names that would show as other names (a right-to-left override) or hide a difference
    // (a zero-width space): Peakend never writes them.
    const QByteArray hidden = HiddenCharacters::globPattern().toUtf8();
    QList<const char *> named{"project"};
    for (const Catalogue &catalogue : catalogues)
        named.append(catalogue.table);
    for (const char *table : std::as_const(named)) {
        if (!tables.contains(table))
            continue;
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table + " WHERE name GLOB ?";
        sqlite3_stmt *statement = nullptr;
        qint64 rows = -1;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_bind_text(statement, 1, hidden.constData(), int(hidden.size()),
                                 SQLITE_STATIC)
                   == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            rows = sqlite3_column_int64(statement, 0);
        }
        sqlite3_finalize(statement);
        if (rows < 0)
            return unreadable();
        if (rows > 0) {
            return refuse(tr("%1 name(s) in “%2” hold invisible characters that change how "
                             "text shows (bidirectional overrides, zero-width characters or "
                             "controls).")
                              .arg(locale.toString(rows), QLatin1String(table)));
        }
    }
    for (const Catalogue &catalogue : catalogues) {
        if (!tables.contains(catalogue.table))
            continue;
        const qint64 longest = count(db, catalogue.lengthSql);
        if (longest > ProjectLimits::nameLength) {
            return refuse(
                tr("a name is %1 characters long; Peakend keeps names to %2.")
                    .arg(locale.toString(longest), locale.toString(ProjectLimits::nameLength)));
        }
    }

    // A subprocess may leave a wave's order once no journey rates it; a rating at one that is
    // gone was left by another program. Only the missing ones are looked up in the journeys.
    if (!tables.contains("journey_rating"))
        return StoreError::ok();
    const qint64 dangling
        = count(db, "WITH gone AS (SELECT s.id AS survey_id, c.key AS slot FROM survey s, "
                    "  json_each(s.journey_subprocesses) c "
                    "  WHERE json_valid(s.journey_subprocesses) "
                    "  AND json_type(s.journey_subprocesses) = 'array' "
                    "  AND c.value NOT IN (SELECT id FROM subprocess)) "
                    "SELECT count(*) FROM gone g JOIN respondent p ON p.survey_id = g.survey_id "
                    "JOIN journey_rating j ON j.respondent_id = p.id "
                    "WHERE json_valid(j.ratings) "
                    "AND coalesce(json_type(j.ratings, '$[' || g.slot || ']'), 'null') <> 'null'");
    if (dangling < 0)
        return unreadable();
    if (dangling > 0) {
        return refuse(
            tr("journeys hold ratings at a subprocess that is not in the project (%1 of them).")
                .arg(locale.toString(dangling)));
    }
    return StoreError::ok();
}

} // namespace Peakend
