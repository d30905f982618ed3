#include "commandline.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>

#include <cstdio>
#include <memory>
#include <new>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Peakend"));
    QCoreApplication::setApplicationName(QStringLiteral("Peakend"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEAKEND_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.peakend.Peakend"));
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace Peakend;

    if (CommandLine::isSubcommand(argc, argv)) {
        // Subcommands draw charts (Qt Charts needs QApplication) and PDFs but never show a
        // window: no display needed.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        LanguageManager languages; // --lang or the environment's, not the window's choice
        // Out of memory is an answer, not an abort: every write is a transaction or a
        // QSaveFile, so nothing half-made is left behind.
        try {
            return CommandLine::runSubcommand(QCoreApplication::arguments(), &languages);
        } catch (const std::bad_alloc &) {
            fputs(qPrintable(CommandLine::tr("Peakend ran out of memory and stopped; nothing was "
                                             "changed. Close other programs, or split the input "
                                             "into smaller files.\n")),
                  stderr);
            return 1;
        }
    }

    if (!hasDisplay() && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        // A window cannot open here. --help and --version still answer; anything else is
        // told what to do instead of failing inside Qt.
        QCoreApplication app(argc, argv);
        describeApplication();
        int exitCode = 0;
        if (!CommandLine::parseWindowArguments(QCoreApplication::arguments(), &exitCode))
            return exitCode;
        fputs(qPrintable(CommandLine::tr("There is no display to open a window on. Use a "
                                         "subcommand instead, e.g. peakend report --demo b2b "
                                         "-o report.pdf (see peakend --help).\n")),
              stderr);
        return 1;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.peakend.Peakend"),
                         QIcon(QStringLiteral(":/icons/org.peakend.Peakend.svg"))));
    LanguageManager languages;
    languages.apply(languages.chosen());

    int exitCode = 0;
    const auto request
        = CommandLine::parseWindowArguments(QCoreApplication::arguments(), &exitCode);
    if (!request)
        return exitCode;

    MainWindow window(&languages);
    window.show();
    const bool opened = request->demo              ? window.openDemo(*request->demo)
                        : !request->file.isEmpty() ? window.openProject(request->file)
                                                   : false;
    if (opened && !request->import.isEmpty())
        window.importSurvey(request->import);
    return app.exec();
}
