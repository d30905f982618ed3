#include "analyzecommand.h"

#include "analysisjson.h"
#include "cliproject.h"
#include "projectdocument.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace Peakend {

int AnalyzeCommand::run(const QStringList &arguments, LanguageManager *languages)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Analyse a project's survey wave and print the results as JSON (shape in README.md)."));
    CliProject project(parser, CliProject::WithAnalysis);
    const QCommandLineOption whatOption(
        QStringLiteral("what"),
        tr("What to print, comma-separated: %1, or all (default).")
            .arg(AnalysisJson::sections().join(QStringLiteral(", "))),
        tr("sections"), QStringLiteral("all"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("JSON output (the default and, for now, the only "
                                           "format)."));
    parser.addOptions({whatOption, jsonOption});
    if (const int code = CliProject::parse(parser, arguments); code >= 0)
        return code;
    QStringList sections;
    for (const QString &part :
         parser.value(whatOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString section = part.trimmed().toLower();
        if (section == QLatin1String("all")) {
            sections = AnalysisJson::sections();
        } else if (AnalysisJson::sections().contains(section)) {
            sections.append(section);
        } else {
            CliProject::err() << tr("Unknown --what “%1”: use %2 or all.")
                                     .arg(section,
                                          AnalysisJson::sections().join(QStringLiteral(", ")))
                              << Qt::endl;
            return CliProject::Usage;
        }
    }
    if (const int code = project.open(parser, languages); code >= 0)
        return code;

    const ProjectRepository &repository = project.document()->repository();
    const QList<CemCycle> cycles = repository.cycles();
    const CemCycle *cycle = cycles.isEmpty() ? nullptr : &cycles.constLast();
    const CemSteps steps
        = cycle ? CemSteps::compute(repository.factors(), repository.cycleFactors(cycle->id),
                                    repository.requirements(cycle->id))
                : CemSteps();
    const auto analysis = project.analyze();
    if (!analysis)
        return CliProject::Usage;
    QJsonObject json = AnalysisJson::build(*analysis, steps, cycle, sections);
    json.insert(QStringLiteral("project"), repository.projectInfo().name);
    json.insert(QStringLiteral("survey"), project.surveyName().isEmpty()
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(project.surveyName()));
    CliProject::out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    CliProject::out().flush();
    return CliProject::Done;
}

} // namespace Peakend
