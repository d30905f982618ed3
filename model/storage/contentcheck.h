#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace Peakend {

// What a file holds, against what Peakend can show (ProjectLimits) and what its schema
// cannot say by itself: one project row, catalogues and names within the limits, and no
// wave whose journeys hold ratings at a subprocess that is not in the project. Run after
// the schema, integrity and foreign-key checks, so each query reads a sound file.
class ContentCheck
{
    Q_DECLARE_TR_FUNCTIONS(ContentCheck)

public:
    static StoreError run(sqlite3 *db, const QString &fileName);
};

} // namespace Peakend
