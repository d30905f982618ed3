#pragma once

#include "assembly/waveassembly.h"
#include "demo/demoproject.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Peakend {

class LanguageManager;
class ProjectDocument;

// What the subcommands share: their streams and exit codes, --help, and the project they work
// on — a FILE argument or --demo (made in a scratch folder), opened read-only, in the language
// --lang asks for, analysed for the --survey and --segment given.
class CliProject
{
    Q_DECLARE_TR_FUNCTIONS(CliProject)

public:
    enum ExitCode { Done = 0, Failed = 1, Usage = 2 };

    static QTextStream &out();
    static QTextStream &err();
    // Adds --help and --lang and parses; returns Done after printing help, Usage after
    // printing an error, or -1 to carry on.
    static int parse(QCommandLineParser &parser, const QStringList &given);
    // The language a subcommand speaks: --lang when given (looked for before any parser is
    // built, so that --help and every message follow it), else the environment's locale —
    // never the window's saved choice. Returns Usage after printing an error, or -1.
    static int applyLanguage(const QStringList &arguments, LanguageManager *languages);
    static QCommandLineOption demoOption();
    static std::optional<DemoProject::Kind> demoKind(const QCommandLineParser &parser, bool *valid);

    // Adds FILE, --demo, and with analysis also --survey, --segment, --outcome and --compare.
    enum Options { ProjectOnly, WithAnalysis };
    explicit CliProject(QCommandLineParser &parser, Options options = ProjectOnly);
    ~CliProject();

    // After parse(): opens the project; on failure prints why and returns the exit code,
    // otherwise -1.
    int open(const QCommandLineParser &parser);
    ProjectDocument *document() const { return m_document.get(); }
    // The chosen wave, segment and outcome assembled (only the parts of the analysis asked
    // for), with --resamples bootstrap resamples (1,000 unless given); what could not be read
    // of the wave is printed as a warning. nullopt, with the reason printed, when the segment
    // or the outcome names what the wave does not have.
    std::optional<WaveAssembly> assemble(AnalysisParts parts = allAnalysisParts) const;
    bool comparing() const { return m_comparison.has_value(); }

private:
    QCommandLineOption m_survey;
    QCommandLineOption m_segment;
    QCommandLineOption m_outcomeOption;
    QCommandLineOption m_compareOption;
    QCommandLineOption m_resamplesOption;
    static constexpr int maxResamples = 100000;
    int m_resamples = ImportanceOptions().bootstrapResamples;
    Options m_options;
    QTemporaryDir m_scratch;
    std::unique_ptr<ProjectDocument> m_document;
    qint64 m_surveyId = 0;
    SegmentFilter m_filter;
    Outcome m_outcome;
    std::optional<std::pair<SegmentFilter, SegmentFilter>> m_comparison;
};

} // namespace Peakend
