#include "cliproject.h"

#include "analysis/segmentdefinition.h"
#include "assembly/waveassembler.h"
#include "document/projectdocument.h"
#include "languagemanager.h"

#include <QLocale>

namespace Peakend {

QTextStream &CliProject::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliProject::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int CliProject::parse(QCommandLineParser &parser, const QStringList &given)
{
    // "--compare A B" is read as "--compare A --compare B".
    QStringList arguments = given;
    for (qsizetype i = 0; i + 2 < arguments.size(); ++i) {
        const QString &a = arguments.at(i + 1);
        const QString &b = arguments.at(i + 2);
        if (arguments.at(i) == QLatin1String("--compare") && !a.startsWith(QLatin1Char('-'))
            && !b.startsWith(QLatin1Char('-')) && !b.endsWith(QLatin1String(".peakend"))) {
            arguments.insert(i + 2, QStringLiteral("--compare"));
            i += 2;
        }
    }
    parser.addHelpOption();
    // Applied by applyLanguage() already; named here so that the parser accepts and lists it.
    parser.addOption({QStringLiteral("lang"),
                      tr("The language of messages, names and texts: en, zh_CN or zh_TW "
                         "(default: the environment's locale)."),
                      tr("language")});
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

int CliProject::applyLanguage(const QStringList &arguments, LanguageManager *languages)
{
    const QString option = QStringLiteral("--lang");
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option || argument == QLatin1String("-lang"))
            language = arguments.value(i + 1);
        else if (argument.startsWith(option + QLatin1Char('=')))
            language = argument.mid(option.size() + 1);
        else
            continue;
        if (!LanguageManager::languages().contains(language)) {
            languages->apply(QString());
            err() << tr("Unknown language “%1”: use %2.")
                         .arg(language, LanguageManager::languages().join(QStringLiteral(", ")))
                  << Qt::endl;
            return Usage;
        }
    }
    languages->apply(language);
    return -1;
}

QCommandLineOption CliProject::demoOption()
{
    return QCommandLineOption(QStringLiteral("demo"),
                              tr("Use a bundled demo project: meisu or b2b."), tr("name"));
}

std::optional<DemoProject::Kind> CliProject::demoKind(const QCommandLineParser &parser, bool *valid)
{
    *valid = true;
    if (!parser.isSet(QStringLiteral("demo")))
        return std::nullopt;
    const auto kind = DemoProject::fromName(parser.value(QStringLiteral("demo")));
    if (!kind) {
        err()
            << tr("Unknown demo “%1”: use meisu or b2b.").arg(parser.value(QStringLiteral("demo")))
            << Qt::endl;
        *valid = false;
    }
    return kind;
}

CliProject::CliProject(QCommandLineParser &parser, Options options)
    : m_survey(QStringLiteral("survey"),
               tr("The survey wave to analyse, by name or id (default: the latest)."), tr("wave"))
    , m_segment(QStringLiteral("segment"),
                tr("Only respondents in this segment, e.g. \"tier = A | B; size = large\"."),
                tr("segment"))
    , m_outcomeOption(QStringLiteral("outcome"),
                      tr("What derived importance explains: overall (the default), recommend, "
                         "satisfied (overall in the top two boxes), promoter (recommend 9–10), "
                         "a respondent attribute holding numbers, or any of them with >=T for "
                         "yes/no (a logistic model)."),
                      tr("outcome"))
    , m_compareOption(QStringLiteral("compare"),
                      tr("Compare two segments over the whole wave: --compare \"tier = A\" "
                         "--compare \"tier = B\" (or --compare A B): every curve cell, overall "
                         "satisfaction and NPS, A − B with 95 % intervals."),
                      tr("segment"))
    , m_resamplesOption(QStringLiteral("resamples"),
                        tr("Bootstrap resamples for the intervals of derived importance, 0 to "
                           "100,000 (default: 1,000; 0: point estimates only, the fastest)."),
                        tr("n"))
    , m_options(options)
{
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The .peakend project (or --demo instead)."),
                                 QStringLiteral("[file]"));
    parser.addOption(demoOption());
    if (options == WithAnalysis) {
        parser.addOption(m_survey);
        parser.addOption(m_segment);
        parser.addOption(m_outcomeOption);
        parser.addOption(m_compareOption);
        parser.addOption(m_resamplesOption);
    }
}

CliProject::~CliProject() = default;

int CliProject::open(const QCommandLineParser &parser)
{
    bool valid = false;
    const auto demo = demoKind(parser, &valid);
    if (!valid)
        return Usage;
    if (m_options == WithAnalysis && parser.isSet(m_resamplesOption)) {
        bool number = false;
        m_resamples = parser.value(m_resamplesOption).toInt(&number);
        if (!number || m_resamples < 0 || m_resamples > maxResamples) {
            err() << tr("--resamples takes a whole number from 0 to %1, not “%2”.")
                         .arg(QLocale().toString(maxResamples),
                              parser.value(m_resamplesOption).left(60))
                  << Qt::endl;
            return Usage;
        }
    }
    if (parser.positionalArguments().size() != (demo ? 0 : 1)) {
        err() << tr("Name one .peakend file, or --demo meisu|b2b.") << Qt::endl;
        return Usage;
    }
    const QString path = demo ? m_scratch.filePath(DemoProject::fileName(*demo))
                              : parser.positionalArguments().constFirst();
    StoreError error;
    if (demo)
        error = DemoProject::create(*demo, path); // names in the --lang language
    if (error.isOk())
        m_document = ProjectDocument::open(path, &error, ProjectStore::Access::ReadOnly);
    if (!m_document) {
        err() << error.message << Qt::endl;
        return Failed;
    }
    if (m_options != WithAnalysis)
        return -1;

    const QString survey = parser.value(m_survey);
    if (!survey.isEmpty()) {
        for (const Survey &candidate : m_document->repository().surveys()) {
            if (candidate.name == survey || QString::number(candidate.id) == survey)
                m_surveyId = candidate.id;
        }
        if (m_surveyId == 0) {
            err() << tr("The project has no survey wave “%1”.").arg(survey) << Qt::endl;
            return Failed;
        }
    }
    QString segmentError;
    m_filter = SegmentDefinition::parse(parser.value(m_segment), &segmentError);
    if (!segmentError.isEmpty()) {
        err() << segmentError << Qt::endl;
        return Usage;
    }
    const QStringList compared = parser.values(m_compareOption);
    if (!compared.isEmpty()) {
        if (compared.size() != 2) {
            err() << tr("--compare takes two segments, e.g. --compare \"size = small\" "
                        "\"size = large\".")
                  << Qt::endl;
            return Usage;
        }
        QString errorA;
        QString errorB;
        m_comparison = std::make_pair(SegmentDefinition::parse(compared.at(0), &errorA),
                                      SegmentDefinition::parse(compared.at(1), &errorB));
        if (!errorA.isEmpty() || !errorB.isEmpty()) {
            err() << (errorA.isEmpty() ? errorB : errorA) << Qt::endl;
            return Usage;
        }
    }
    if (parser.isSet(m_outcomeOption)) {
        QString outcomeError;
        const auto outcome = Outcome::parse(parser.value(m_outcomeOption), &outcomeError);
        if (!outcome) {
            err() << outcomeError << Qt::endl;
            return Usage;
        }
        m_outcome = *outcome;
    }
    return -1;
}

std::optional<WaveAssembly> CliProject::assemble(AnalysisParts parts) const
{
    WaveAssembler::Request request;
    request.surveyId = m_surveyId;
    request.options.segment = m_filter;
    request.options.outcome = m_outcome;
    request.options.comparison = m_comparison;
    request.options.parts = parts;
    request.options.importance.bootstrapResamples = m_resamples;
    WaveAssembly assembly = WaveAssembler::assemble(m_document->repository(), request);
    for (const QString &problem : std::as_const(assembly.problems))
        err() << tr("Warning: %1").arg(problem) << Qt::endl;
    if (!assembly.error.isEmpty()) {
        err() << assembly.error << Qt::endl;
        return std::nullopt;
    }
    return assembly;
}

} // namespace Peakend
