#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QString>

namespace Peakend {

// Checks the first 100 bytes of a file before SQLite sees it, so that a file that is not
// an SQLite database, or is shorter than its header says, is refused with a plain reason
// instead of SQLite's generic "file is not a database".
class FileHeader
{
    Q_DECLARE_TR_FUNCTIONS(FileHeader)

public:
    static StoreError check(const QString &path);
};

} // namespace Peakend
