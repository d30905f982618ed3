#include "analyzecommand.h"

#include "cliproject.h"
#include "document/projectdocument.h"
#include "export/analysisjson.h"
#include "export/analysistables.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSaveFile>

namespace Peakend {

int AnalyzeCommand::writeCsv(const QStringList &sections, const ProjectAnalysis &analysis,
                             const CemSteps &steps, const QString &folder)
{
    if (folder.isEmpty()) {
        CliProject::out() << QString::fromUtf8(
            AnalysisTables::table(sections.first(), analysis, steps).toCsv(false));
        CliProject::out().flush();
        return CliProject::Done;
    }
    if (!QDir().mkpath(folder)) {
        CliProject::err() << tr("The folder “%1” cannot be made.").arg(folder) << Qt::endl;
        return CliProject::Failed;
    }
    for (const QString &section : sections) {
        QSaveFile file(QDir(folder).filePath(section + QStringLiteral(".csv")));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(AnalysisTables::table(section, analysis, steps).toCsv(false)) < 0
            || !file.commit()) {
            CliProject::err()
                << tr("“%1” cannot be written: %2").arg(file.fileName(), file.errorString())
                << Qt::endl;
            return CliProject::Failed;
        }
    }
    CliProject::out() << tr("Wrote %1 to %2")
                             .arg(sections.join(QStringLiteral(".csv, ")) + QStringLiteral(".csv"),
                                  QFileInfo(folder).absoluteFilePath())
                      << Qt::endl;
    return CliProject::Done;
}

int AnalyzeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Analyse a project's survey wave and print the results as JSON (shape in README.md) "
           "or as CSV, one table per section."));
    CliProject project(parser, CliProject::WithAnalysis);
    const QCommandLineOption whatOption(
        QStringLiteral("what"),
        tr("What to print, comma-separated: %1, or all (default).")
            .arg(AnalysisJson::sections().join(QStringLiteral(", "))),
        tr("sections"), QStringLiteral("all"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("JSON output (the default)."));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"),
        tr("CSV output: one section on stdout, or with -o each section as SECTION.csv."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("With --csv: the folder for the CSV files."),
                                          tr("folder"));
    parser.addOptions({whatOption, jsonOption, csvOption, outputOption});
    if (const int code = CliProject::parse(parser, arguments); code >= 0)
        return code;
    QStringList sections;
    for (const QString &part :
         parser.value(whatOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString section = part.trimmed().toLower();
        if (section == QLatin1String("all")) {
            sections = AnalysisJson::sections();
        } else if (AnalysisJson::sections().contains(section)
                   || section == QLatin1String("comparison")) {
            sections.append(section);
        } else {
            CliProject::err() << tr("Unknown --what “%1”: use %2 or all.")
                                     .arg(section,
                                          AnalysisJson::sections().join(QStringLiteral(", ")))
                              << Qt::endl;
            return CliProject::Usage;
        }
    }
    const bool csv = parser.isSet(csvOption);
    if (csv && parser.isSet(jsonOption)) {
        CliProject::err() << tr("Choose --json or --csv.") << Qt::endl;
        return CliProject::Usage;
    }
    if (csv && sections.size() != 1 && !parser.isSet(outputOption)) {
        CliProject::err() << tr("--csv prints one section: name it with --what, or write them all "
                                "with -o FOLDER.")
                          << Qt::endl;
        return CliProject::Usage;
    }
    if (const int code = project.open(parser); code >= 0)
        return code;
    if (sections.contains(QLatin1String("comparison")) && !project.comparing()) {
        CliProject::err() << tr("The comparison needs two segments: --compare A B.") << Qt::endl;
        return CliProject::Usage;
    }
    // JSON and a folder of CSV files carry the comparison beside the sections asked for.
    if (project.comparing() && !sections.contains(QLatin1String("comparison"))
        && (!csv || parser.isSet(outputOption)))
        sections.append(QStringLiteral("comparison"));

    // Only what the sections print: NPS alone needs no bootstrap of the drivers.
    AnalysisParts parts;
    if (sections.contains(QLatin1String("drivers")) || sections.contains(QLatin1String("ipa")))
        parts |= AnalysisPart::Drivers;
    if (sections.contains(QLatin1String("nps")) || sections.contains(QLatin1String("reasons"))
        || sections.contains(QLatin1String("weakest-link")))
        parts |= AnalysisPart::Measures;
    if (sections.contains(QLatin1String("memory")))
        parts |= AnalysisPart::Memory;
    if (sections.contains(QLatin1String("channels")))
        parts |= AnalysisPart::Channels;
    if (sections.contains(QLatin1String("incidents")))
        parts |= AnalysisPart::Incidents;
    const auto assembly = project.assemble(parts);
    if (!assembly)
        return CliProject::Usage;
    const CycleSteps *cycle = assembly->latestCycle();
    const CemSteps steps = cycle ? cycle->steps : CemSteps();
    if (csv)
        return writeCsv(sections, assembly->analysis, steps, parser.value(outputOption));
    QJsonObject json
        = AnalysisJson::build(assembly->analysis, steps, cycle ? &cycle->cycle : nullptr, sections);
    json.insert(QStringLiteral("project"), project.document()->repository().projectInfo().name);
    json.insert(QStringLiteral("survey"), assembly->wave.id == 0 ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(assembly->wave.name));
    CliProject::out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    CliProject::out().flush();
    return CliProject::Done;
}

} // namespace Peakend
