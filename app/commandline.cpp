#include "commandline.h"

#include "projectdocument.h"
#include "projectsummary.h"
#include "report/summaryreport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstring>

namespace Peakend {

namespace {

enum ExitCode { Done = 0, Failed = 1, Usage = 2 };

const char *const subcommands[] = {"new", "report", "check"};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QCommandLineOption demoOption()
{
    return QCommandLineOption(QStringLiteral("demo"),
                              CommandLine::tr("Use a bundled demo project: meisu or b2b."),
                              CommandLine::tr("name"));
}

// Parses; on --help prints it and returns Done, on an error prints it and returns Usage,
// otherwise returns -1 to carry on.
int parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Done;
    }
    return -1;
}

std::optional<DemoProject::Kind> demoKind(const QCommandLineParser &parser, bool *valid)
{
    *valid = true;
    if (!parser.isSet(QStringLiteral("demo")))
        return std::nullopt;
    const auto kind = DemoProject::fromName(parser.value(QStringLiteral("demo")));
    if (!kind) {
        err() << CommandLine::tr("Unknown demo “%1”: use meisu or b2b.")
                     .arg(parser.value(QStringLiteral("demo")))
              << Qt::endl;
        *valid = false;
    }
    return kind;
}

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Create a new project file, empty or filled with a demo."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CommandLine::tr("The .peakend file to create."));
    parser.addOption(demoOption());
    parser.addOption(
        {QStringLiteral("name"), CommandLine::tr("The project's name."), CommandLine::tr("name")});
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    bool valid = false;
    const auto demo = demoKind(parser, &valid);
    if (!valid)
        return Usage;
    if (parser.positionalArguments().size() != 1) {
        err() << CommandLine::tr("Name one file to create.") << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().at(0);

    StoreError error;
    if (demo) {
        error = DemoProject::create(*demo, path);
    } else {
        const QString name = parser.isSet(QStringLiteral("name"))
                                 ? parser.value(QStringLiteral("name"))
                                 : QFileInfo(path).completeBaseName();
        ProjectDocument::create(path, name, &error);
    }
    if (!error.isOk()) {
        err() << error.message << Qt::endl;
        return Failed;
    }
    out() << CommandLine::tr("Created %1").arg(path) << Qt::endl;
    return Done;
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Write a project's report as PDF."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CommandLine::tr("The .peakend file (or --demo)."));
    parser.addOption(demoOption());
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      CommandLine::tr("The PDF file to write."),
                      CommandLine::tr("file")});
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    bool valid = false;
    const auto demo = demoKind(parser, &valid);
    if (!valid)
        return Usage;
    const QString output = parser.value(QStringLiteral("output"));
    const int files = int(parser.positionalArguments().size());
    if (output.isEmpty() || files != (demo ? 0 : 1)) {
        err() << CommandLine::tr("Usage: peakend report FILE -o OUT.pdf, or peakend report "
                                 "--demo meisu|b2b -o OUT.pdf")
              << Qt::endl;
        return Usage;
    }

    QTemporaryDir scratch;
    const QString path = demo ? scratch.filePath(DemoProject::fileName(*demo))
                              : parser.positionalArguments().at(0);
    if (demo) {
        const StoreError error = DemoProject::create(*demo, path);
        if (!error.isOk()) {
            err() << error.message << Qt::endl;
            return Failed;
        }
    }
    StoreError error;
    const auto document = ProjectDocument::open(path, &error, ProjectStore::Access::ReadOnly);
    if (!document) {
        err() << error.message << Qt::endl;
        return Failed;
    }
    QString writeError;
    if (!SummaryReport::write(ProjectSummary::load(document->repository()), output, &writeError)) {
        err() << writeError << Qt::endl;
        return Failed;
    }
    out() << CommandLine::tr("Wrote the report to %1").arg(QFileInfo(output).absoluteFilePath())
          << Qt::endl;
    return Done;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Check that a project file is a healthy Peakend project (header, identity, schema, "
        "integrity) without changing it."));
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("The .peakend file."));
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << CommandLine::tr("Name one file to check.") << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().at(0);
    StoreError error;
    const auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
    if (!store) {
        err() << error.message << Qt::endl;
        return Failed;
    }
    out() << CommandLine::tr("%1: OK (file format %2)").arg(path).arg(store->schemaVersion())
          << Qt::endl;
    return Done;
}

} // namespace

bool CommandLine::isSubcommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *name : subcommands) {
        if (std::strcmp(argv[1], name) == 0)
            return true;
    }
    return false;
}

int CommandLine::runSubcommand(const QStringList &arguments)
{
    // QCommandLineParser sees "peakend new …" as program "peakend" and positional "new".
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = arguments.at(0) + QLatin1Char(' ') + command;
    if (command == QLatin1String("new"))
        return runNew(rest);
    if (command == QLatin1String("report"))
        return runReport(rest);
    return runCheck(rest);
}

std::optional<CommandLine::WindowRequest>
CommandLine::parseWindowArguments(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Peakend: customer-experience analytics.\n\nSubcommands (each has --help): new, "
           "report, check."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("A .peakend project to open."),
                                 QStringLiteral("[file]"));
    parser.addOption(demoOption());
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        tr("Open the import wizard on <export>, a survey export (CSV or XLSX), once the "
           "project is open."),
        QStringLiteral("export"));
    parser.addOption(importOption);
    parser.addVersionOption();
    *exitCode = parse(parser, arguments);
    if (*exitCode >= 0)
        return std::nullopt;
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion(); // exits
    }
    bool valid = false;
    WindowRequest request;
    request.demo = demoKind(parser, &valid);
    if (!valid || parser.positionalArguments().size() > 1) {
        if (valid)
            err() << tr("Name at most one file to open.") << Qt::endl;
        *exitCode = Usage;
        return std::nullopt;
    }
    request.file = parser.positionalArguments().value(0);
    request.import = parser.value(importOption);
    *exitCode = Done;
    return request;
}

} // namespace Peakend
