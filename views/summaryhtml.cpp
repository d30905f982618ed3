#include "summaryhtml.h"

#include "document/projectsummary.h"

#include <QLocale>

namespace Peakend {

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString scaleNumber(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QString SummaryHtml::render(const ProjectSummary &summary)
{
    const ProjectInfo &info = summary.info;
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(info.name.toHtmlEscaped());
    if (info.isSynthetic) {
        html += QStringLiteral("<p style=\"color:#b35806\"><b>%1</b></p>")
                    .arg(tr("Synthetic demonstration data: names and numbers are generated, not "
                            "measured.")
                             .toHtmlEscaped());
    }
    if (!info.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(info.description.toHtmlEscaped());
    if (!info.brandValue.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Brand value:").toHtmlEscaped(), info.brandValue.toHtmlEscaped());

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Rating scale"), tr("%1 to %2, neutral %3")
                                .arg(scaleNumber(info.scale.min), scaleNumber(info.scale.max),
                                     scaleNumber(info.scale.neutral)));
    row(tr("Vendors"), QString::number(summary.vendors.size()));
    if (!summary.ownVendors.isEmpty())
        row(tr("Own company"), summary.ownVendors.join(QStringLiteral(", ")));
    row(tr("Subprocesses"), QString::number(summary.subprocesses.size()));
    row(tr("Factors"), summary.factors.join(QStringLiteral(", ")));
    row(tr("Touchpoints"), number(summary.touchpointCount));
    row(tr("Survey waves"), number(summary.surveys.size()));
    row(tr("Respondents"), number(summary.respondentCount));
    row(tr("Evaluations (respondent × vendor)"), number(summary.evaluationCount));
    row(tr("Subprocess ratings"), number(summary.ratingCount));
    row(tr("CEM cycles"), number(summary.cycleCount));
    row(tr("Critical incidents"), number(summary.incidentCount));
    html += QStringLiteral("</table>");

    if (!summary.vendors.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(tr("Vendors").toHtmlEscaped(),
                         summary.vendors.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (!summary.subprocesses.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ol>").arg(tr("Purchase journey").toHtmlEscaped());
        for (const Subprocess &subprocess : summary.subprocesses) {
            html += QStringLiteral("<li>%1 <i>(%2)</i></li>")
                        .arg(subprocess.name.toHtmlEscaped(),
                             PhaseNames::name(subprocess.phase).toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
    }
    for (const Survey &survey : summary.surveys) {
        html += QStringLiteral("<p><b>%1</b> %2 <i>(%3)</i></p>")
                    .arg(tr("Survey:").toHtmlEscaped(), survey.name.toHtmlEscaped(),
                         tr("scale %1").arg(survey.scale.toText()).toHtmlEscaped());
    }
    return html;
}

} // namespace Peakend
