#include "reportcommand.h"

#include "cliproject.h"
#include "document/projectdocument.h"
#include "report/projectreport.h"

#include <QFileInfo>

namespace Peakend {

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a project's report as PDF: findings, the seven CEM steps of every cycle (or "
           "one), emotion curves, driver importance, further measures and an appendix."));
    CliProject project(parser, CliProject::WithAnalysis);
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The PDF file to write."), tr("file"));
    const QCommandLineOption cycleOption(
        QStringLiteral("cycle"), tr("Report only the CEM cycle with this number (default: all)."),
        tr("number"));
    const QCommandLineOption tablesOption(
        QStringLiteral("tables"),
        tr("Also write each table of the report as a CSV file into this folder."), tr("folder"));
    parser.addOptions({outputOption, cycleOption, tablesOption});
    if (const int code = CliProject::parse(parser, arguments); code >= 0)
        return code;
    const QString output = parser.value(outputOption);
    if (output.isEmpty() || !output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        CliProject::err() << tr("Name the output with -o FILE.pdf.") << Qt::endl;
        return CliProject::Usage;
    }
    int cycleNumber = 0;
    if (parser.isSet(cycleOption)) {
        bool ok = false;
        cycleNumber = parser.value(cycleOption).toInt(&ok);
        if (!ok || cycleNumber < 1) {
            CliProject::err() << tr("--cycle takes a cycle number: 1, 2, …") << Qt::endl;
            return CliProject::Usage;
        }
    }
    if (const int code = project.open(parser); code >= 0)
        return code;
    const ProjectRepository &repository = project.document()->repository();
    QList<CemCycle> cycles = repository.cycles();
    if (cycleNumber > 0) {
        QStringList numbers;
        QList<CemCycle> chosen;
        for (const CemCycle &cycle : std::as_const(cycles)) {
            numbers.append(QString::number(cycle.number));
            if (cycle.number == cycleNumber)
                chosen.append(cycle);
        }
        if (chosen.isEmpty()) {
            CliProject::err() << (numbers.isEmpty() ? tr("The project has no CEM cycle yet.")
                                                    : tr("The project has no cycle %1; it has: %2.")
                                                          .arg(cycleNumber)
                                                          .arg(numbers.join(QStringLiteral(", "))))
                              << Qt::endl;
            return CliProject::Usage;
        }
        cycles = chosen;
    }
    const auto assembly = project.assemble();
    if (!assembly)
        return CliProject::Usage;
    ProjectReport report(repository, *assembly, cycles);
    QString error;
    if (!report.write(output, &error)) {
        CliProject::err() << error << Qt::endl;
        return CliProject::Failed;
    }
    CliProject::out() << tr("Wrote the report to %1").arg(QFileInfo(output).absoluteFilePath())
                      << Qt::endl;
    if (parser.isSet(tablesOption)) {
        const QString folder = parser.value(tablesOption);
        if (!report.writeTables(folder, &error)) {
            CliProject::err() << error << Qt::endl;
            return CliProject::Failed;
        }
        CliProject::out() << tr("Wrote %n table(s) as CSV to %1", nullptr,
                                int(report.document().tables().size()))
                                 .arg(QFileInfo(folder).absoluteFilePath())
                          << Qt::endl;
    }
    return CliProject::Done;
}

} // namespace Peakend
