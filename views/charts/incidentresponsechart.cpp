#include "incidentresponsechart.h"

#include "chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

void IncidentResponseChart::setSummary(const IncidentSummary &summary)
{
    m_summary = summary;
}

QString IncidentResponseChart::title() const
{
    return tr("Critical incidents answered within %Ln hour(s)", nullptr,
              int(m_summary.windowHours));
}

QString IncidentResponseChart::emptyReason() const
{
    return m_summary.total == 0
               ? tr("No critical incidents recorded: add them in the Incidents table, with the "
                    "hours each took to answer.")
               : QString();
}

QString IncidentResponseChart::captionText() const
{
    const auto share = [](const Proportion &p) {
        return std::isnan(p.share) ? QStringLiteral("–") : number(p.share * 100.0, 0) + tr(" %");
    };
    return tr("%1 of %Ln incident(s) answered within the window, %2 of the complaints; median "
              "response of the answered ones %3 hours. Bars: the share answered in time at each "
              "touchpoint and channel; beside them how many and the median response.",
              nullptr, m_summary.total)
        .arg(share(m_summary.answeredInTime), share(m_summary.negativeAnsweredInTime),
             number(m_summary.medianResponseHours, 1));
}

QList<IncidentResponseChart::Row> IncidentResponseChart::rows() const
{
    QList<Row> rows{{tr("By touchpoint"), {}, true}};
    for (const IncidentCount &count : m_summary.touchpoints)
        rows.append({count.touchpoint.id != 0 ? count.touchpoint.name : tr("(no touchpoint)"),
                     count, false});
    if (!m_summary.channels.isEmpty()) {
        rows.append({tr("By channel"), {}, true});
        for (const IncidentChannelCount &count : m_summary.channels)
            rows.append(
                {count.channel.id != 0 ? count.channel.name : tr("(no channel)"), count, false});
    }
    return rows;
}

void IncidentResponseChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    const QList<Row> shown = rows();
    const QFont text = font(area, 0.85);
    const QFont bold = font(area, 0.85, true);
    const QFontMetricsF metrics(text);
    double nameWidth = 0.0;
    for (const Row &row : shown)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.name));
    nameWidth = std::min(nameWidth + 16, area.width() * 0.3);
    const double labelRoom = area.width() * 0.3;
    const QRectF plot(area.left() + nameWidth, area.top(), area.width() - nameWidth - labelRoom,
                      area.height() - metrics.height() * 2);
    const double rowHeight
        = std::min(plot.height() / std::max<qsizetype>(1, shown.size()), metrics.height() * 3.0);
    const auto x = [&](double share) {
        return plot.left() + share * plot.width();
    };

    // Axis 0–100 %, with the grid behind the bars.
    const double axisY = plot.top() + rowHeight * shown.size() + 4;
    painter.setFont(text);
    for (int tick = 0; tick <= 100; tick += 25) {
        const double at = x(tick / 100.0);
        painter.setPen(QPen(color(Role::Grid), 1));
        painter.drawLine(QPointF(at, plot.top()), QPointF(at, axisY));
        painter.setPen(color(Role::Muted));
        painter.drawText(QRectF(at - 40, axisY + 2, 80, metrics.height()), Qt::AlignHCenter,
                         number(tick, 0) + tr(" %"));
    }

    for (int r = 0; r < shown.size(); ++r) {
        const Row &row = shown.at(r);
        const double top = plot.top() + r * rowHeight;
        if (row.heading) {
            painter.setFont(bold);
            painter.setPen(color(Role::Text));
            painter.drawText(QRectF(area.left(), top, area.width(), rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, row.name);
            painter.setFont(text);
            continue;
        }
        painter.setPen(color(Role::Text));
        painter.drawText(QRectF(area.left(), top, nameWidth - 12, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(row.name, Qt::ElideRight, nameWidth - 12));
        const double share = row.tally.inTimeShare();
        const QRectF bar(plot.left(), top + rowHeight * 0.2, x(share) - plot.left(),
                         rowHeight * 0.6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(share < 0.5 ? color(Role::Pain) : seriesColor(0));
        painter.drawRect(bar);
        const QString label = std::isnan(row.tally.medianResponseHours)
                                  ? tr("%1 of %2 in time · none answered")
                                        .arg(row.tally.answeredInTime)
                                        .arg(row.tally.total())
                                  : tr("%1 of %2 in time · median %3 h")
                                        .arg(row.tally.answeredInTime)
                                        .arg(row.tally.total())
                                        .arg(number(row.tally.medianResponseHours, 1));
        addHoverArea(
            QRectF(area.left(), top, area.width(), rowHeight),
            row.name + QLatin1Char('\n') + label + QLatin1Char('\n')
                + tr("%1 % answered within %Ln hour(s)", nullptr, int(m_summary.windowHours))
                      .arg(std::isnan(share) ? QStringLiteral("–") : number(share * 100.0, 0)));
        painter.setPen(color(Role::Text));
        painter.drawText(
            QRectF(plot.right() + 8, top, area.right() - plot.right() - 8, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(label, Qt::ElideRight, area.right() - plot.right() - 8));
    }
}

} // namespace Peakend
