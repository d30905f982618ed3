#include "savedmappings.h"

#include "storage/sqlitestatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Peakend {

QList<SavedMapping> SavedMappings::all(sqlite3 *db)
{
    QList<SavedMapping> result;
    SqliteStatement query(db, "SELECT id, name, headers, mapping, saved_at FROM import_mapping "
                              "ORDER BY saved_at DESC, id DESC");
    while (query.next()) {
        const std::optional<ImportMapping> mapping
            = ImportMapping::fromJson(query.columnText(3).toUtf8());
        if (!mapping)
            continue;
        SavedMapping saved;
        saved.id = query.columnInt64(0);
        saved.name = query.columnText(1);
        for (const QJsonValue header :
             QJsonDocument::fromJson(query.columnText(2).toUtf8()).array()) {
            saved.headers.append(header.toString());
        }
        saved.mapping = *mapping;
        saved.savedAt = query.columnText(4);
        result.append(saved);
    }
    return result;
}

std::optional<SavedMapping> SavedMappings::forHeaders(sqlite3 *db, const QStringList &headers)
{
    for (const SavedMapping &saved : all(db)) {
        if (saved.headers == headers && saved.mapping.columns.size() == headers.size())
            return saved;
    }
    return std::nullopt;
}

bool SavedMappings::save(sqlite3 *db, const QString &name, const QStringList &headers,
                         const ImportMapping &mapping, QString *error)
{
    SqliteStatement upsert(db, "INSERT INTO import_mapping (name, headers, mapping, saved_at) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                               "headers = excluded.headers, mapping = excluded.mapping, "
                               "saved_at = excluded.saved_at");
    upsert.bind(1, name.trimmed());
    upsert.bind(
        2, QString::fromUtf8(
               QJsonDocument(QJsonArray::fromStringList(headers)).toJson(QJsonDocument::Compact)));
    upsert.bind(3, QString::fromUtf8(mapping.toJson()));
    upsert.bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (upsert.execute())
        return true;
    if (error)
        *error = upsert.errorString();
    return false;
}

} // namespace Peakend
