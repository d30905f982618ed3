#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Peakend {

class LanguageManager;

// `peakend analyze FILE [--what …] --json`: the analysis as JSON on stdout (shape in README).
class AnalyzeCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    static int run(const QStringList &arguments, LanguageManager *languages);
};

} // namespace Peakend
