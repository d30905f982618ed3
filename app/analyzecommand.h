#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Peakend {

struct CemSteps;
struct ProjectAnalysis;

// `peakend analyze FILE [--what …] [--json | --csv [-o FOLDER]]`: the analysis as JSON on
// stdout (shape in README), or as CSV tables (AnalysisTables).
class AnalyzeCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int writeCsv(const QStringList &sections, const ProjectAnalysis &analysis,
                        const CemSteps &steps, const QString &folder);
};

} // namespace Peakend
