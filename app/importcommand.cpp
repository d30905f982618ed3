#include "importcommand.h"

#include "cliproject.h"
#include "import/importsource.h"
#include "import/savedmappings.h"
#include "import/surveyimporter.h"
#include "import/surveylayout.h"
#include "projectdocument.h"
#include "storage/projectrepository.h"

#include <QFileInfo>

namespace Peakend {

namespace {

using Cli = CliProject;

const char *const formatKeys[] = {"wide",         "long",       "qualtrics",   "qualtrics-legacy",
                                  "surveymonkey", "limesurvey", "google-forms"};

QStringList formatNames()
{
    QStringList names;
    for (const char *key : formatKeys)
        names.append(QString::fromLatin1(key));
    return names;
}

// The problems of a validation: counted by kind, then the first few with file, row and column.
void printIssues(const ImportReport &report)
{
    for (auto kind = report.counts.cbegin(); kind != report.counts.cend(); ++kind) {
        Cli::err() << ImportCommand::tr("%1: %Ln row(s)", nullptr, int(kind.value()))
                          .arg(SurveyImporter::kindName(kind.key()))
                   << Qt::endl;
    }
    const int shown = std::min<int>(20, int(report.issues.size()));
    for (int i = 0; i < shown; ++i)
        Cli::err() << QStringLiteral("  ") << report.issues.at(i).message << Qt::endl;
    if (report.issueCount() > shown)
        Cli::err() << ImportCommand::tr("  … and %Ln more.", nullptr,
                                        int(report.issueCount() - shown))
                   << Qt::endl;
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a survey export (CSV or XLSX) into a project as a new wave. Every row is "
           "checked first; any problem is listed with its row and column and nothing is "
           "imported unless --skip-invalid leaves those rows out."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .peakend project."));
    parser.addPositionalArgument(QStringLiteral("survey"), tr("The export to import."));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        tr("Use the mapping saved in the project under this name (default: the one saved for "
           "files with the same columns, else one suggested from the headers)."),
        tr("name"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("The layout of the export: %1 (default: detected).").arg(formatNames().join(tr(", "))),
        tr("layout"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), tr("The wave's name (default: the file's name)."), tr("name"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        tr("The text encoding of a CSV file, e.g. UTF-8, GB18030, Big5, windows-1252 (default: "
           "detected)."),
        tr("encoding"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         tr("The worksheet of a workbook (default: the first)."),
                                         tr("name"));
    const QCommandLineOption vendorOption(QStringLiteral("vendor"),
                                          tr("The vendor every answer rates, when no column says."),
                                          tr("name"));
    const QCommandLineOption createOption(
        QStringLiteral("create-missing"),
        tr("Add vendors, subprocesses and factors the project does not have yet."));
    const QCommandLineOption skipOption(
        QStringLiteral("skip-invalid"),
        tr("Leave out the rows with problems and import the rest."));
    const QCommandLineOption againOption(
        QStringLiteral("again"), tr("Import a file whose answers are already in the project."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Only check the file; write nothing."));
    const QCommandLineOption saveOption(QStringLiteral("save-mapping"),
                                        tr("Save the mapping under this name for the next wave."),
                                        tr("name"));
    parser.addOptions({mappingOption, formatOption, nameOption, encodingOption, sheetOption,
                       vendorOption, createOption, skipOption, againOption, dryRunOption,
                       saveOption});
    if (const int code = Cli::parse(parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2) {
        Cli::err() << tr("Usage: peakend import FILE.peakend SURVEY.(csv|xlsx)") << Qt::endl;
        return Cli::Usage;
    }
    const QString projectPath = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    std::optional<SurveyLayout::Kind> format;
    if (parser.isSet(formatOption)) {
        const qsizetype index = formatNames().indexOf(parser.value(formatOption).toLower());
        if (index < 0) {
            Cli::err() << tr("Unknown --format “%1”: use %2.")
                              .arg(parser.value(formatOption), formatNames().join(tr(", ")))
                       << Qt::endl;
            return Cli::Usage;
        }
        format = SurveyLayout::Kind(index); // the keys follow the enum
    }

    StoreError openError;
    const auto document = ProjectDocument::open(projectPath, &openError);
    if (!document) {
        Cli::err() << openError.message << Qt::endl;
        return Cli::Failed;
    }
    if (document->isReadOnly()) {
        Cli::err() << tr("%1 is open read-only (a newer file format, or a read-only file): "
                         "nothing can be imported into it.")
                          .arg(projectPath)
                   << Qt::endl;
        return Cli::Failed;
    }
    sqlite3 *db = document->store().handle();
    ImportOptions options;
    options.csv.encoding = parser.value(encodingOption);
    options.sheet = parser.value(sheetOption);
    options.saveMappingAs = parser.value(saveOption);

    const ImportPreview preview = ImportSource::preview(file, options);
    if (!preview.error.isEmpty()) {
        Cli::err() << preview.error << Qt::endl;
        return Cli::Failed;
    }
    SurveyLayout layout = SurveyLayout::detect(preview.rows);
    if (format && *format != layout.kind) {
        const bool plain
            = layout.kind == SurveyLayout::PlainWide || layout.kind == SurveyLayout::PlainLong;
        if (!plain || (*format != SurveyLayout::PlainWide && *format != SurveyLayout::PlainLong)) {
            Cli::err() << tr("%1 does not look like “%2”: its header rows are those of “%3”.")
                              .arg(QFileInfo(file).fileName(), SurveyLayout::kindName(*format),
                                   SurveyLayout::kindName(layout.kind))
                       << Qt::endl;
            return Cli::Usage;
        }
        layout.kind = *format; // one header row either way
    }

    ImportMapping mapping;
    QString origin;
    if (parser.isSet(mappingOption)) {
        QStringList saved;
        for (const SavedMapping &candidate : SavedMappings::all(db)) {
            saved.append(candidate.name);
            if (candidate.name == parser.value(mappingOption)) {
                mapping = candidate.mapping;
                origin = candidate.name;
            }
        }
        if (origin.isEmpty()) {
            Cli::err() << (saved.isEmpty()
                               ? tr("The project has no saved mapping “%1”; it has none.")
                                     .arg(parser.value(mappingOption))
                               : tr("The project has no saved mapping “%1”; it has: %2.")
                                     .arg(parser.value(mappingOption), saved.join(tr(", "))))
                       << Qt::endl;
            return Cli::Usage;
        }
    } else if (const auto saved = SavedMappings::forHeaders(db, preview.rows.value(0));
               saved && saved->mapping.headerRows == layout.headerRows) {
        mapping = saved->mapping;
        origin = saved->name;
    } else {
        mapping = MappingSuggester::suggest(layout, ImportCatalogue::of(document->repository()));
    }
    mapping.headerRows = layout.headerRows;
    mapping.surveyName = parser.isSet(nameOption) ? parser.value(nameOption).trimmed()
                                                  : QFileInfo(file).completeBaseName();
    if (parser.isSet(vendorOption))
        mapping.vendor = parser.value(vendorOption);
    mapping.createMissing = mapping.createMissing || parser.isSet(createOption);
    Cli::out() << tr("%1: %2, mapping %3.")
                      .arg(QFileInfo(file).fileName(), SurveyLayout::kindName(layout.kind),
                           origin.isEmpty() ? tr("suggested from the headers")
                                            : tr("“%1”").arg(origin))
               << Qt::endl;
    if (const QString problem = mapping.problem(layout.headers); !problem.isEmpty()) {
        Cli::err() << problem << Qt::endl
                   << tr("Map the columns once in the import wizard, save the mapping, and "
                         "name it here with --mapping.")
                   << Qt::endl;
        return Cli::Failed;
    }
    if (const qint64 wave = SurveyImporter::alreadyImported(db, file);
        wave != 0 && !parser.isSet(againOption)) {
        QString name;
        for (const Survey &survey : document->repository().surveys()) {
            if (survey.id == wave)
                name = survey.name;
        }
        Cli::err() << tr("These answers are already in the project as the wave “%1”; pass "
                         "--again to import them twice.")
                          .arg(name)
                   << Qt::endl;
        return Cli::Failed;
    }

    // A write checks every row as it goes and keeps nothing when one has a problem, so a
    // clean file is read once; only rows to be skipped need a second pass.
    const bool dryRun = parser.isSet(dryRunOption);
    qint64 surveyId = 0;
    ImportReport report = dryRun ? SurveyImporter::validate(db, file, mapping, options)
                                 : SurveyImporter::run(db, file, mapping, options, &surveyId);
    if (report.fatal.isEmpty() && !report.isClean()) {
        printIssues(report);
        if (!parser.isSet(skipOption)) {
            if (!report.unknownNames.isEmpty() && !mapping.createMissing)
                Cli::err() << tr("The project lacks %1: pass --create-missing to add them.")
                                  .arg(report.unknownNames.mid(0, 8).join(tr(", ")))
                           << Qt::endl;
            Cli::err() << tr("Nothing was imported. Correct the file or the mapping, or pass "
                             "--skip-invalid to leave those rows out.")
                       << Qt::endl;
            return Cli::Failed;
        }
        options.skipRows = report.rowsWithIssues;
        if (!dryRun)
            report = SurveyImporter::run(db, file, mapping, options, &surveyId);
    }
    if (dryRun && report.fatal.isEmpty()) {
        Cli::out() << tr("Checked %Ln data row(s): nothing written (--dry-run).", nullptr,
                         int(report.dataRows))
                   << Qt::endl;
        return Cli::Done;
    }
    if (!report.fatal.isEmpty() || surveyId == 0) {
        Cli::err() << (report.fatal.isEmpty() ? tr("The import failed; nothing was written.")
                                              : report.fatal)
                   << Qt::endl;
        if (!report.isClean())
            printIssues(report);
        return Cli::Failed;
    }
    const ImportReport &imported = report;
    Cli::out() << tr("Imported the wave “%1”: %Ln respondent(s), ", nullptr,
                     int(imported.respondents))
                      .arg(mapping.surveyName)
               << tr("%Ln rating(s)", nullptr, int(imported.ratings));
    if (!options.skipRows.isEmpty())
        Cli::out() << tr("; %Ln row(s) with problems left out", nullptr,
                         int(options.skipRows.size()));
    Cli::out() << QLatin1Char('.') << Qt::endl;
    return Cli::Done;
}

} // namespace Peakend
