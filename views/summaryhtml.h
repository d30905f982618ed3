#pragma once

#include <QCoreApplication>
#include <QString>

namespace Peakend {

struct ProjectSummary;

// The project summary as simple HTML (QTextDocument's subset), shared by the overview page
// and the summary report so both say the same thing.
class SummaryHtml
{
    Q_DECLARE_TR_FUNCTIONS(SummaryHtml)

public:
    static QString render(const ProjectSummary &summary);
};

} // namespace Peakend
