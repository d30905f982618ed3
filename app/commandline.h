#pragma once

#include "demo/demoproject.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Peakend {

class LanguageManager;

// `peakend [FILE] [--demo meisu|b2b] [--import EXPORT]` opens the window; `peakend
// new|export|report|check …` runs without a display and returns an exit code (0 done, 1 the file
// was refused or could not be written, 2 wrong usage). Every subcommand has --help.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct WindowRequest
    {
        QString file;
        std::optional<DemoProject::Kind> demo;
        QString import; // a survey export to open the import wizard on
    };

    // True when argv names a subcommand: main() then starts without a display.
    static bool isSubcommand(int argc, char **argv);
    static int runSubcommand(const QStringList &arguments, LanguageManager *languages);
    // Parses the window's own options; prints --help/--version or errors and returns
    // nullopt with exitCode set when the program should stop.
    static std::optional<WindowRequest> parseWindowArguments(const QStringList &arguments,
                                                             int *exitCode);
};

} // namespace Peakend
