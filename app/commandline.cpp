#include "commandline.h"

#include "analyzecommand.h"
#include "cliproject.h"
#include "document/projectdocument.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "reportcommand.h"
#include "storage/projectrepository.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstring>

namespace Peakend {

namespace {

using Cli = CliProject;

const char *const subcommands[] = {"new", "import", "analyze", "export", "report", "check"};

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Create a new project file, empty or filled with a demo."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CommandLine::tr("The .peakend file to create."));
    parser.addOption(Cli::demoOption());
    parser.addOption(
        {QStringLiteral("name"), CommandLine::tr("The project's name."), CommandLine::tr("name")});
    parser.addOption({QStringLiteral("scale"),
                      CommandLine::tr("The project's rating scale, e.g. 1-10 (the default), 1-5, "
                                      "0-10 or 1-7:4 (neutral after the colon; default: the "
                                      "middle). Each imported wave may have its own."),
                      CommandLine::tr("min-max[:neutral]")});
    parser.addOption(
        {QStringLiteral("force"),
         CommandLine::tr("Replace the file if it exists (everything in it is lost).")});
    if (const int code = Cli::parse(parser, arguments); code >= 0)
        return code;
    std::optional<Scale> scale;
    if (parser.isSet(QStringLiteral("scale"))) {
        scale = Scale::parse(parser.value(QStringLiteral("scale")));
        if (!scale) {
            Cli::err() << CommandLine::tr("--scale takes the lowest and highest answer and "
                                          "optionally the neutral point, e.g. 1-5, 0-10 or "
                                          "1-7:4; “%1” is not one.")
                              .arg(parser.value(QStringLiteral("scale")))
                       << Qt::endl;
            return Cli::Usage;
        }
    }
    bool valid = false;
    const auto demo = Cli::demoKind(parser, &valid);
    if (!valid)
        return Cli::Usage;
    if (parser.positionalArguments().size() != 1) {
        Cli::err() << CommandLine::tr("Name one file to create.") << Qt::endl;
        return Cli::Usage;
    }
    const QString path = parser.positionalArguments().at(0);
    const QFileInfo existing(path);
    if (existing.exists() || existing.isSymLink()) {
        if (!existing.isFile()) {
            Cli::err() << CommandLine::tr("“%1” is not a file that can be replaced.").arg(path)
                       << Qt::endl;
            return Cli::Failed;
        }
        if (!parser.isSet(QStringLiteral("force"))) {
            Cli::err() << CommandLine::tr("“%1” already exists. Nothing was changed; pass --force "
                                          "to replace it (everything in it is lost).")
                              .arg(path)
                       << Qt::endl;
            return Cli::Failed;
        }
    }

    if (demo && scale) {
        Cli::err() << CommandLine::tr("A demo project has its own scale: --scale goes with an "
                                      "empty project.")
                   << Qt::endl;
        return Cli::Usage;
    }
    StoreError error;
    if (demo) {
        error = DemoProject::create(*demo, path);
    } else {
        const QString name = parser.isSet(QStringLiteral("name"))
                                 ? parser.value(QStringLiteral("name"))
                                 : QFileInfo(path).completeBaseName();
        const auto document
            = ProjectDocument::create(path, name, &error, ProjectDocument::Start::WithCemFactors);
        if (document && scale) {
            ProjectRepository &repository = document->writableRepository();
            ProjectInfo info = repository.projectInfo();
            info.scale = *scale;
            if (!repository.setProjectInfo(info))
                error = StoreError::make(StoreError::Kind::Sql, repository.lastError());
        }
    }
    if (!error.isOk()) {
        Cli::err() << error.message << Qt::endl;
        return Cli::Failed;
    }
    Cli::out() << CommandLine::tr("Created %1").arg(path) << Qt::endl;
    return Cli::Done;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Check that a project file is a healthy Peakend project (header, identity, schema, "
        "integrity, every rating readable) without changing it."));
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("The .peakend file."));
    parser.addOption({QStringLiteral("recover"),
                      CommandLine::tr("First roll back a change that was interrupted (a crash or "
                                      "a full disk left its journal beside the file), as opening "
                                      "it for editing does; then check.")});
    if (const int code = Cli::parse(parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        Cli::err() << CommandLine::tr("Name one file to check.") << Qt::endl;
        return Cli::Usage;
    }
    const QString path = parser.positionalArguments().at(0);
    StoreError error;
    if (parser.isSet(QStringLiteral("recover"))) {
        // Opening for editing rolls the journal back (after the file is known to be a Peakend
        // project); nothing is written besides.
        if (!ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error)) {
            Cli::err() << error.message << Qt::endl;
            return Cli::Failed;
        }
    }
    const auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
    if (store)
        error = store->verify();
    if (!error.isOk()) {
        Cli::err() << error.message << Qt::endl;
        return Cli::Failed;
    }
    const QStringList problems = ProjectRepository(*store).journeyProblems();
    for (const QString &problem : problems)
        Cli::err() << CommandLine::tr("%1: %2").arg(path, problem) << Qt::endl;
    if (!problems.isEmpty())
        return Cli::Failed;
    Cli::out() << CommandLine::tr("%1: OK (file format %2)").arg(path).arg(store->schemaVersion())
               << Qt::endl;
    return Cli::Done;
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

int CommandLine::runSubcommand(const QStringList &arguments, LanguageManager *languages)
{
    // QCommandLineParser sees "peakend new …" as program "peakend" and positional "new".
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = arguments.at(0) + QLatin1Char(' ') + command;
    if (const int code = Cli::applyLanguage(rest, languages); code >= 0)
        return code;
    if (command == QLatin1String("new"))
        return runNew(rest);
    if (command == QLatin1String("import"))
        return ImportCommand::run(rest);
    if (command == QLatin1String("analyze"))
        return AnalyzeCommand::run(rest);
    if (command == QLatin1String("export"))
        return ExportCommand::run(rest);
    if (command == QLatin1String("report"))
        return ReportCommand::run(rest);
    return runCheck(rest);
}

std::optional<CommandLine::WindowRequest>
CommandLine::parseWindowArguments(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Peakend: customer-experience analytics.\n\nSubcommands (each has --help): new, "
           "import, analyze, export, report, check."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("A .peakend project to open."),
                                 QStringLiteral("[file]"));
    parser.addOption(Cli::demoOption());
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        tr("Open the import wizard on <export>, a survey export (CSV or XLSX), once the "
           "project is open."),
        QStringLiteral("export"));
    parser.addOption(importOption);
    parser.addVersionOption();
    *exitCode = Cli::parse(parser, arguments);
    if (*exitCode >= 0)
        return std::nullopt;
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion(); // exits
    }
    bool valid = false;
    WindowRequest request;
    request.demo = Cli::demoKind(parser, &valid);
    if (!valid || parser.positionalArguments().size() > 1) {
        if (valid)
            Cli::err() << tr("Name at most one file to open.") << Qt::endl;
        *exitCode = Cli::Usage;
        return std::nullopt;
    }
    request.file = parser.positionalArguments().value(0);
    request.import = parser.value(importOption);
    *exitCode = Cli::Done;
    return request;
}

} // namespace Peakend
