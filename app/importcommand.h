#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Peakend {

// `peakend import FILE SURVEY`: a survey export into the project as a new wave, as the import
// wizard would do it — layout detected (or named with --format), the mapping saved for files
// with these columns, named with --mapping or suggested from the headers, every row checked
// first, then all or nothing.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace Peakend
