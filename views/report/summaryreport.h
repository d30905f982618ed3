#pragma once

#include <QCoreApplication>
#include <QString>

namespace Peakend {

struct ProjectSummary;

// A one-page PDF summary of a project: what the run command writes when there is no
// display. The full report is built on the chart classes later.
class SummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReport)

public:
    // Writes through QSaveFile: on failure nothing is left at path and error says why.
    static bool write(const ProjectSummary &summary, const QString &path, QString *error);
};

} // namespace Peakend
