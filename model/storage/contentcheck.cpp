#include "contentcheck.h"

#include "domain/hiddencharacters.h"
#include "domain/projectlimits.h"
#include "sqlitestatement.h"

#include <QLocale>
#include <QSet>

#include <sqlite3.h>

namespace Peakend {

namespace {

// The one value of a one-value query (text bound to ?1 if given); -1 when it does not run.
qint64 count(sqlite3 *db, const QByteArray &sql, const QString &text = QString())
{
    SqliteStatement query(db, sql.constData());
    if (!text.isNull())
        query.bind(1, text);
    return query.next() ? query.columnInt64(0) : -1;
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
    SqliteStatement list(db, "SELECT name FROM sqlite_schema WHERE type = 'table'");
    while (list.next())
        tables.insert(list.columnText(0).toUtf8());
    if (tables.isEmpty()) // every version has tables: the list did not read
        return unreadable();

    if (tables.contains("project")) {
        const qint64 projects = count(db, "SELECT count(*) FROM project");
        if (projects < 0)
            return unreadable();
        if (projects != 1)
            return refuse(tr("it has no project row."));
    }

    // Every table with names, and how many rows it may hold (0: not counted).
    struct Named
    {
        const char *table;
        int limit;
        const char *tooMany;
    };
    static const Named named[] = {
        {"project", 0, nullptr},
        {"vendor", ProjectLimits::vendors,
         QT_TR_NOOP("it has %1 vendors; a project holds at most %2.")},
        {"subprocess", ProjectLimits::subprocesses,
         QT_TR_NOOP("it has %1 subprocesses; a project holds at most %2.")},
        {"factor", ProjectLimits::factors,
         QT_TR_NOOP("it has %1 factors; a project holds at most %2.")},
        {"channel", ProjectLimits::channels,
         QT_TR_NOOP("it has %1 channels; a project holds at most %2.")},
        {"touchpoint", ProjectLimits::touchpoints,
         QT_TR_NOOP("it has %1 touchpoints; a project holds at most %2.")},
        {"attribute", ProjectLimits::attributes,
         QT_TR_NOOP("it has %1 respondent attributes; a project holds at most %2.")},
        {"survey", ProjectLimits::waves,
         QT_TR_NOOP("it has %1 waves; a project holds at most %2.")},
    };
    // Counts first: a table of a million names is refused before its names are read.
    for (const Named &entry : named) {
        if (!entry.tooMany || !tables.contains(entry.table))
            continue;
        const qint64 rows = count(db, QByteArray("SELECT count(*) FROM ") + entry.table);
        if (rows < 0)
            return unreadable();
        if (rows > entry.limit)
            return refuse(
                tr(entry.tooMany).arg(locale.toString(rows), locale.toString(entry.limit)));
    }
    // Names that would show as other names (a right-to-left override) or hide a difference
    // (a zero-width space): Peakend never writes them.
    const QString hidden = HiddenCharacters::globPattern();
    for (const Named &entry : named) {
        if (!tables.contains(entry.table))
            continue;
        const QByteArray from = QByteArray(" FROM ") + entry.table;
        const qint64 longest = count(db, "SELECT max(length(name))" + from);
        if (longest > ProjectLimits::nameLength) {
            return refuse(
                tr("a name is %1 characters long; Peakend keeps names to %2.")
                    .arg(locale.toString(longest), locale.toString(ProjectLimits::nameLength)));
        }
        const qint64 rows = count(db, "SELECT count(*)" + from + " WHERE name GLOB ?1", hidden);
        if (rows < 0)
            return unreadable();
        if (rows > 0) {
            return refuse(tr("%1 name(s) in “%2” hold invisible characters that change how "
                             "text shows (bidirectional overrides, zero-width characters or "
                             "controls).")
                              .arg(locale.toString(rows), QLatin1String(entry.table)));
        }
    }

    // A subprocess may leave a wave's order once no journey rates it; a rating at one that is
    // gone was left by another program. Only the missing ones are looked up in the journeys.
    if (!tables.contains("journey_rating"))
        return StoreError::ok();
    // Waves whose order names a subprocess that is gone (usually none: the journeys, a million
    // rows and more, are then not read at all).
    static const QByteArray gone
        = "WITH gone AS (SELECT s.id AS survey_id, c.key AS slot FROM survey s, "
          "  json_each(s.journey_subprocesses) c "
          "  WHERE json_valid(s.journey_subprocesses) "
          "  AND json_type(s.journey_subprocesses) = 'array' "
          "  AND c.value NOT IN (SELECT id FROM subprocess)) ";
    const qint64 goneSlots = count(db, gone + "SELECT count(*) FROM gone");
    if (goneSlots <= 0)
        return goneSlots < 0 ? unreadable() : StoreError::ok();
    const qint64 dangling
        = count(db, gone
                        + "SELECT count(*) FROM gone g JOIN respondent p ON p.survey_id = "
                          "g.survey_id JOIN journey_rating j ON j.respondent_id = p.id "
                          "WHERE json_valid(j.ratings) AND coalesce(json_type(j.ratings, '$[' "
                          "|| g.slot || ']'), 'null') <> 'null'");
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
