#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Peakend {

// `peakend report FILE -o OUT.pdf [--cycle N] [--tables DIR]`: the project's report as PDF,
// and each of its tables as CSV.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace Peakend
