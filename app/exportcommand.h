#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Peakend {

// `peakend export FILE --chart NAME -o OUT.(png|svg|pdf)`: one chart, drawn as in the window.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace Peakend
