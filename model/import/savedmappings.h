#pragma once

#include "importmapping.h"

#include <QStringList>

#include <optional>

struct sqlite3;

namespace Peakend {

// A mapping the user saved under a name, with the headers of the file it was made for.
struct SavedMapping
{
    qint64 id = 0;
    QString name;
    QStringList headers; // the file's first row
    ImportMapping mapping;
    QString savedAt; // ISO date and time, UTC
};

// The project's saved import mappings (table import_mapping). An import saves its mapping
// in its own transaction (ImportOptions::saveMappingAs); the wizard offers the one made for
// the same headers when the next wave arrives.
class SavedMappings
{
public:
    static QList<SavedMapping> all(sqlite3 *db); // newest first; unreadable ones left out
    static std::optional<SavedMapping> forHeaders(sqlite3 *db, const QStringList &headers);
    // Replaces a mapping of the same name.
    static bool save(sqlite3 *db, const QString &name, const QStringList &headers,
                     const ImportMapping &mapping, QString *error);
};

} // namespace Peakend
