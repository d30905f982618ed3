#include "importcommand.h"

#include "cliproject.h"
#include "document/projectdocument.h"
#include "import/importsession.h"
#include "import/surveyimporter.h"
#include "storage/projectrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace Peakend {

namespace {

using Cli = CliProject;

// The problems of a validation: counted by kind, then the first few with file, row and column.
void printIssues(const ImportReport &report)
{
    for (auto kind = report.counts.cbegin(); kind != report.counts.cend(); ++kind) {
        Cli::err() << ImportCommand::tr("%1: %2").arg(SurveyImporter::kindName(kind.key()),
                                                      QLocale().toString(kind.value()))
                   << Qt::endl;
    }
    const int shown = std::min<int>(20, int(report.issues.size()));
    for (int i = 0; i < shown; ++i)
        Cli::err() << QStringLiteral("  ") << report.issues.at(i).message << Qt::endl;
    if (report.issueCount() > shown)
        Cli::err() << ImportCommand::tr("  … and %Ln more.", nullptr,
                                        int(report.issueCount() - shown))
                   << Qt::endl;
    Cli::err() << ImportCommand::tr("%Ln problem(s)", nullptr, int(report.issueCount()))
               << ImportCommand::tr(" in %1 of %Ln data row(s).", nullptr, int(report.dataRows))
                      .arg(QLocale().toString(report.rowsWithIssues.size()))
               << Qt::endl;
}

void printWarnings(const ImportReport &report)
{
    for (const ImportWarning &warning : report.warnings) {
        if (warning.kind != ImportWarning::IgnoredColumns)
            Cli::err() << ImportCommand::tr("Warning: %1").arg(warning.message) << Qt::endl;
    }
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

// One column of the mapping as a line of the dry run.
QString describe(const ColumnMapping &column, const Scale &wave)
{
    QString text = ImportMapping::roleName(column.role);
    if (!column.target.isEmpty())
        text += ImportCommand::tr(" “%1”").arg(column.target);
    if (!column.vendor.isEmpty())
        text += ImportCommand::tr(", vendor “%1”").arg(column.vendor);
    const ValueCoding &coding = column.coding;
    if (coding.hasOwnScale()) {
        const bool recommend = column.role == ColumnRole::Recommend;
        text += ImportCommand::tr(", answers %1–%2 mapped onto %3–%4")
                    .arg(number(coding.min), number(coding.max), number(recommend ? 0.0 : wave.min),
                         number(recommend ? 10.0 : wave.max));
    }
    if (coding.reversed)
        text += ImportCommand::tr(", reversed (the lowest answer is the best)");
    if (!coding.labels.isEmpty()) {
        QList<QPair<double, QString>> byNumber; // lowest first, no answer last
        for (auto it = coding.labels.cbegin(); it != coding.labels.cend(); ++it)
            byNumber.append(
                {std::isnan(*it) ? std::numeric_limits<double>::infinity() : *it, it.key()});
        std::stable_sort(byNumber.begin(), byNumber.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList labels;
        for (const auto &[value, label] : std::as_const(byNumber))
            labels.append(QStringLiteral("“%1” = %2")
                              .arg(label, std::isinf(value) ? ImportCommand::tr("no answer")
                                                            : number(value)));
        text += ImportCommand::tr(", labels %1").arg(labels.join(ImportCommand::tr(", ")));
    }
    if (!coding.missing.isEmpty()) {
        QStringList codes;
        for (const double code : coding.missing)
            codes.append(number(code));
        text += ImportCommand::tr(", no answer: %1").arg(codes.join(ImportCommand::tr(", ")));
    }
    return text;
}

void printMapping(ImportSession &session, const ImportMapping &mapping, const Scale &wave)
{
    Cli::out() << ImportCommand::tr("Scale of the wave: %1.").arg(wave.toText()) << Qt::endl;
    if (mapping.idFromRow)
        Cli::out() << ImportCommand::tr("Respondent id: the row's number (each row is one "
                                        "respondent).")
                   << Qt::endl;
    if (!mapping.vendor.isEmpty())
        Cli::out() << ImportCommand::tr("Vendor of every answer: “%1”.").arg(mapping.vendor)
                   << Qt::endl;
    if (!mapping.missingCodes.isEmpty()) {
        QStringList codes;
        for (const double code : mapping.missingCodes)
            codes.append(number(code));
        Cli::out() << ImportCommand::tr("Codes for no answer: %1.")
                          .arg(codes.join(ImportCommand::tr(", ")))
                   << Qt::endl;
    }
    const QStringList &headers = session.layout().headers;
    Cli::out() << ImportCommand::tr("Columns imported:") << Qt::endl;
    for (int c = 0; c < int(mapping.columns.size()); ++c) {
        const ColumnMapping &column = mapping.columns.at(c);
        if (column.role != ColumnRole::Ignore)
            Cli::out() << ImportCommand::tr("  column %1 (“%2”): %3")
                              .arg(c + 1)
                              .arg(headers.value(c), describe(column, wave))
                       << Qt::endl;
    }
    const QStringList ignored = session.ignoredColumns(mapping);
    if (!ignored.isEmpty()) {
        Cli::out() << ImportCommand::tr("Columns not imported:") << Qt::endl;
        for (const QString &line : ignored)
            Cli::out() << QStringLiteral("  ") << line << Qt::endl;
    }
}

std::optional<QList<double>> parseCodes(const QString &text)
{
    QList<double> codes;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double value = QLocale::c().toDouble(part, &ok);
        if (!ok)
            return std::nullopt;
        codes.append(value);
    }
    return codes;
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a survey export (CSV or XLSX) into a project as a new wave. Every row is "
           "checked first; any problem is listed with its row and column and nothing is "
           "imported unless --skip-invalid leaves those rows out. The mapping (what each "
           "column holds) comes from --mapping-file, a mapping saved in the project, or is "
           "suggested from the headers and answers; --dry-run --write-mapping FILE writes it "
           "for editing."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .peakend project."));
    parser.addPositionalArgument(QStringLiteral("survey"), tr("The export to import."));
    const QCommandLineOption mappingFileOption(
        QStringLiteral("mapping-file"),
        tr("Read the mapping from this JSON file (the shape README.md shows)."), tr("file"));
    const QCommandLineOption writeMappingOption(
        QStringLiteral("write-mapping"),
        tr("Write the mapping used to this JSON file (with --dry-run: the suggested one)."),
        tr("file"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        tr("Use the mapping saved in the project under this name (default: the one saved for "
           "files with the same columns, else one suggested from the headers)."),
        tr("name"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("The layout of the export: %1 (default: detected).")
                                              .arg(SurveyLayout::kindKeys().join(tr(", "))),
                                          tr("layout"));
    const QCommandLineOption headerRowsOption(
        QStringLiteral("header-rows"),
        tr("Rows of headers above the answers, 1 to 10 (default: detected)."), tr("n"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        tr("The rating scale of the wave, e.g. 1-5, 0-10, 1-7:4 (neutral after the colon; "
           "default: from the answers, else the project's)."),
        tr("min-max[:neutral]"));
    const QCommandLineOption missingOption(
        QStringLiteral("missing"),
        tr("Answers that mean no answer in every column, e.g. -99,99 (added to the mapping's)."),
        tr("codes"));
    const QCommandLineOption idOption(
        QStringLiteral("id"),
        tr("“row”: the file has no respondent id column; each row is one respondent, named by "
           "its row number."),
        tr("row"));
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
    const QCommandLineOption allowEmptyOption(
        QStringLiteral("allow-empty"),
        tr("Import even when answers would be missing from the wave: no rating read, a column "
           "with no answer, overall or recommend answers with no vendor."));
    const QCommandLineOption againOption(
        QStringLiteral("again"), tr("Import a file whose answers are already in the project."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("Only check the file and print the mapping and every column left out; write "
           "nothing to the project."));
    const QCommandLineOption saveOption(QStringLiteral("save-mapping"),
                                        tr("Save the mapping under this name for the next wave."),
                                        tr("name"));
    parser.addOptions({mappingFileOption, writeMappingOption, mappingOption, formatOption,
                       headerRowsOption, scaleOption, missingOption, idOption, nameOption,
                       encodingOption, sheetOption, vendorOption, createOption, skipOption,
                       allowEmptyOption, againOption, dryRunOption, saveOption});
    if (const int code = Cli::parse(parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2) {
        Cli::err() << tr("Usage: peakend import FILE.peakend SURVEY.(csv|xlsx)") << Qt::endl;
        return Cli::Usage;
    }
    const QString projectPath = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    const auto usage = [](const QString &message) {
        Cli::err() << message << Qt::endl;
        return int(Cli::Usage);
    };
    std::optional<SurveyLayout::Kind> format;
    if (parser.isSet(formatOption)) {
        const qsizetype index
            = SurveyLayout::kindKeys().indexOf(parser.value(formatOption).toLower());
        if (index < 0)
            return usage(
                tr("Unknown --format “%1”: use %2.")
                    .arg(parser.value(formatOption), SurveyLayout::kindKeys().join(tr(", "))));
        format = SurveyLayout::Kind(index);
    }
    int headerRows = 0;
    if (parser.isSet(headerRowsOption)) {
        bool ok = false;
        headerRows = parser.value(headerRowsOption).toInt(&ok);
        if (!ok || headerRows < 1 || headerRows > 10)
            return usage(tr("--header-rows takes a whole number from 1 to 10."));
    }
    std::optional<Scale> scale;
    if (parser.isSet(scaleOption)) {
        scale = Scale::parse(parser.value(scaleOption));
        if (!scale)
            return usage(tr("--scale takes the lowest and highest answer and optionally the "
                            "neutral point, e.g. 1-5, 0-10 or 1-7:4; “%1” is not one.")
                             .arg(parser.value(scaleOption)));
    }
    QList<double> missing;
    if (parser.isSet(missingOption)) {
        const auto codes = parseCodes(parser.value(missingOption));
        if (!codes)
            return usage(tr("--missing takes numbers separated by commas, e.g. -99,99."));
        missing = *codes;
    }
    if (parser.isSet(idOption) && parser.value(idOption) != QLatin1String("row"))
        return usage(tr("--id takes “row”: each row is one respondent."));
    std::optional<ImportMapping> mappingFromFile;
    if (parser.isSet(mappingFileOption)) {
        QFile json(parser.value(mappingFileOption));
        if (!json.open(QIODevice::ReadOnly)) {
            Cli::err() << tr("Cannot read the mapping file %1: %2")
                              .arg(json.fileName(), json.errorString())
                       << Qt::endl;
            return Cli::Failed;
        }
        QString error;
        mappingFromFile = ImportMapping::fromJson(json.readAll(), &error);
        if (!mappingFromFile) {
            Cli::err() << tr("%1: %2").arg(json.fileName(), error) << Qt::endl;
            return Cli::Failed;
        }
    }
    if (mappingFromFile && parser.isSet(mappingOption))
        return usage(tr("Give the mapping either with --mapping-file or with --mapping."));

    const bool dryRun = parser.isSet(dryRunOption);
    StoreError openError;
    // A dry run reads the project: it is never upgraded, recovered or checkpointed by it.
    const auto document = ProjectDocument::open(projectPath, &openError,
                                                dryRun ? ProjectStore::Access::ReadOnly
                                                       : ProjectStore::Access::ReadWrite);
    if (!document) {
        Cli::err() << openError.message << Qt::endl;
        return Cli::Failed;
    }
    if (document->isReadOnly() && !dryRun) {
        Cli::err() << tr("%1 is open read-only (a newer file format, or a read-only file): "
                         "nothing can be imported into it.")
                          .arg(projectPath)
                   << Qt::endl;
        return Cli::Failed;
    }
    ImportOptions options;
    options.csv.encoding = parser.value(encodingOption);
    options.sheet = parser.value(sheetOption);
    options.saveMappingAs = parser.value(saveOption);
    options.keepDespiteWarnings = parser.isSet(allowEmptyOption);

    ImportSession session(*document, file, options);
    if (!session.error().isEmpty()) {
        Cli::err() << session.error() << Qt::endl;
        return Cli::Failed;
    }
    const SurveyLayout::Kind detected = session.layout().kind;
    if (format && *format != detected) {
        const auto plain = [](SurveyLayout::Kind kind) {
            return kind == SurveyLayout::PlainWide || kind == SurveyLayout::PlainLong;
        };
        if (!plain(detected) || !plain(*format)) {
            return usage(tr("%1 does not look like “%2”: its header rows are those of “%3”.")
                             .arg(QFileInfo(file).fileName(), SurveyLayout::kindName(*format),
                                  SurveyLayout::kindName(detected)));
        }
    }
    if (mappingFromFile && !headerRows)
        headerRows = mappingFromFile->headerRows;
    if (headerRows)
        session.setHeaderRows(headerRows);

    ImportMapping mapping;
    QString origin;
    if (mappingFromFile) {
        mapping = *mappingFromFile;
        origin = tr("from %1").arg(QFileInfo(parser.value(mappingFileOption)).fileName());
    } else if (parser.isSet(mappingOption)) {
        QStringList saved;
        for (const SavedMapping &candidate : session.savedMappings()) {
            saved.append(candidate.name);
            if (candidate.name == parser.value(mappingOption)) {
                mapping = candidate.mapping;
                origin = tr("“%1”").arg(candidate.name);
            }
        }
        if (origin.isEmpty())
            return usage(saved.isEmpty()
                             ? tr("The project has no saved mapping “%1”; it has none.")
                                   .arg(parser.value(mappingOption))
                             : tr("The project has no saved mapping “%1”; it has: %2.")
                                   .arg(parser.value(mappingOption), saved.join(tr(", "))));
    } else if (const auto saved = session.savedMapping()) {
        mapping = saved->mapping;
        origin = tr("“%1”").arg(saved->name);
    } else {
        mapping = session.suggestion();
        origin = tr("suggested from the headers and %Ln answer row(s)", nullptr,
                    int(session.sample().size()));
    }
    if (format == SurveyLayout::PlainLong || format == SurveyLayout::PlainWide) {
        // A plain layout the detection read the other way: suggest for the one named.
        if (!mappingFromFile && !parser.isSet(mappingOption) && *format != detected) {
            SurveyLayout layout = session.layout();
            layout.kind = *format;
            mapping = MappingSuggester::suggest(layout, ImportCatalogue::of(document->repository()),
                                                session.sample(), session.preview().valueLabels);
        }
    }
    mapping.headerRows = session.layout().headerRows;
    mapping.surveyName = parser.isSet(nameOption) ? parser.value(nameOption).trimmed()
                                                  : QFileInfo(file).completeBaseName();
    if (parser.isSet(vendorOption))
        mapping.vendor = parser.value(vendorOption);
    if (scale)
        mapping.scale = scale;
    for (const double code : missing) {
        if (!mapping.missingCodes.contains(code))
            mapping.missingCodes.append(code);
    }
    if (parser.isSet(idOption)) {
        mapping.idFromRow = true;
        for (ColumnMapping &column : mapping.columns) {
            if (column.role == ColumnRole::RespondentId)
                column.role = ColumnRole::Ignore;
        }
    }
    mapping.createMissing = mapping.createMissing || parser.isSet(createOption);
    const Scale wave = mapping.scale.value_or(document->repository().projectInfo().scale);
    Cli::out() << tr("%1: %2, %Ln header row(s), mapping %3.", nullptr, mapping.headerRows)
                      .arg(QFileInfo(file).fileName(),
                           SurveyLayout::kindName(session.layout().kind), origin)
               << Qt::endl;
    if (dryRun)
        printMapping(session, mapping, wave);
    if (parser.isSet(writeMappingOption)) {
        QSaveFile out(parser.value(writeMappingOption));
        if (!out.open(QIODevice::WriteOnly)
            || out.write(mapping.toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
            Cli::err()
                << tr("Cannot write the mapping to %1: %2").arg(out.fileName(), out.errorString())
                << Qt::endl;
            return Cli::Failed;
        }
        Cli::out() << tr("Wrote the mapping to %1.").arg(out.fileName()) << Qt::endl;
    }
    if (const QString problem = mapping.problem(session.layout().headers); !problem.isEmpty()) {
        Cli::err() << problem << Qt::endl
                   << tr("Write the mapping with --dry-run --write-mapping map.json, edit it, "
                         "and pass it with --mapping-file map.json (or map the columns in the "
                         "import wizard and save the mapping).")
                   << Qt::endl;
        return Cli::Failed;
    }
    if (const qint64 twin = session.alreadyImported(); twin != 0 && !parser.isSet(againOption)) {
        QString name;
        for (const Survey &survey : document->repository().surveys()) {
            if (survey.id == twin)
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
    qint64 surveyId = 0;
    ImportReport report
        = dryRun ? session.validate(mapping, options) : session.run(mapping, options, &surveyId);
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
        if (report.rowsWithIssues.size() >= report.dataRows) {
            Cli::err() << tr("Every row has a problem: nothing was imported.") << Qt::endl;
            return Cli::Failed;
        }
        options.skipRows = report.rowsWithIssues;
        report = dryRun ? session.validate(mapping, options)
                        : session.run(mapping, options, &surveyId);
    }
    printWarnings(report);
    const bool blocked = report.hasBlockingWarning() && !parser.isSet(allowEmptyOption);
    if (dryRun && report.fatal.isEmpty()) {
        Cli::out() << tr("Checked %Ln data row(s): ", nullptr, int(report.dataRows))
                   << tr("%Ln respondent(s), ", nullptr, int(report.respondents))
                   << tr("%Ln rating(s); nothing written (--dry-run).", nullptr,
                         int(report.ratings))
                   << Qt::endl;
        if (blocked)
            Cli::err() << tr("An import would stop at the warnings; --allow-empty imports "
                             "anyway.")
                       << Qt::endl;
        return blocked ? Cli::Failed : Cli::Done;
    }
    if (!report.fatal.isEmpty() || surveyId == 0) {
        Cli::err() << (report.fatal.isEmpty() ? tr("The import failed; nothing was written.")
                                              : report.fatal)
                   << Qt::endl;
        if (blocked)
            Cli::err() << tr("Correct the mapping, or pass --allow-empty to import anyway.")
                       << Qt::endl;
        if (!report.isClean())
            printIssues(report);
        return Cli::Failed;
    }
    Cli::out() << tr("Imported the wave “%1”: %Ln respondent(s), ", nullptr,
                     int(report.respondents))
                      .arg(mapping.surveyName)
               << tr("%Ln rating(s)", nullptr, int(report.ratings));
    if (!options.skipRows.isEmpty())
        Cli::out() << tr("; %Ln row(s) with problems left out", nullptr,
                         int(options.skipRows.size()));
    Cli::out() << QLatin1Char('.') << Qt::endl;
    const CreatedNames &created = report.created;
    if (!created.isEmpty()) {
        Cli::out() << tr("Added to the project: %Ln vendor(s), ", nullptr,
                         int(created.vendors.size()))
                   << tr("%Ln subprocess(es), ", nullptr, int(created.subprocesses.size()))
                   << tr("%Ln factor(s), ", nullptr, int(created.factors.size()))
                   << tr("%Ln respondent attribute(s).", nullptr, int(created.attributes.size()))
                   << Qt::endl;
    }
    return Cli::Done;
}

} // namespace Peakend
