#include "channelconsistencychart.h"

#include "chartlegend.h"
#include "chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

void ChannelConsistencyChart::setResult(const ChannelConsistency &result, const Scale &scale)
{
    m_result = result;
    m_scale = scale;
}

QList<int> ChannelConsistencyChart::rowOrder() const
{
    QList<int> rows;
    for (int i = 0; i < m_result.items.size(); ++i) {
        if (!std::isnan(m_result.items.at(i).consistency))
            rows.append(i);
    }
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_result.items.at(a).consistency < m_result.items.at(b).consistency;
    });
    return rows;
}

QString ChannelConsistencyChart::title() const
{
    return tr("Channel consistency");
}

QString ChannelConsistencyChart::emptyReason() const
{
    return rowOrder().isEmpty()
               ? tr("Needs a respondent attribute that says through which channel each "
                    "customer came: one named “channel”, or one whose answers are the names of "
                    "the project's channels (two or more), so that the same subprocess can be "
                    "compared across channels.")
               : QString();
}

QString ChannelConsistencyChart::captionText() const
{
    return tr("Consistency = 1 − mean |channel A − channel B| / (scale max − min); 1 is the "
              "same experience everywhere. Overall %1.")
        .arg(number(m_result.overall, 2));
}

void ChannelConsistencyChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    const QList<int> rows = rowOrder();
    const QFont text = font(area, 0.85);
    const QFontMetricsF metrics(text);
    painter.setFont(text);
    double nameWidth = 0.0;
    for (const int i : rows)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(m_result.items.at(i).name));
    nameWidth = std::min(nameWidth + 12, area.width() * 0.3);
    const double valueWidth = metrics.horizontalAdvance(QStringLiteral("0.000")) + 16;
    const double legendHeight = metrics.height() * 1.8;
    const QRectF plot(area.left() + nameWidth, area.top(), area.width() - nameWidth - valueWidth,
                      area.height() - legendHeight - metrics.height() * 1.5);
    const double rowHeight
        = std::min(plot.height() / std::max<qsizetype>(1, rows.size()), metrics.height() * 3.0);
    const auto x = [&](double value) {
        return plot.left() + (value - m_scale.min) / (m_scale.max - m_scale.min) * plot.width();
    };
    const double axisY = plot.top() + rowHeight * rows.size() + 2;
    drawScaleAxis(painter, m_scale.min, m_scale.max, x, plot.top(), axisY);
    const double radius = metrics.height() * 0.3;
    for (int r = 0; r < rows.size(); ++r) {
        const ChannelConsistencyItem &item = m_result.items.at(rows.at(r));
        const double y = plot.top() + (r + 0.5) * rowHeight;
        painter.setPen(color(Role::Text));
        painter.drawText(QRectF(area.left(), y - rowHeight / 2, nameWidth - 12, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(item.name, Qt::ElideRight, nameWidth - 12));
        double low = qInf();
        double high = -qInf();
        for (const double mean : item.means) {
            if (!std::isnan(mean)) {
                low = std::min(low, mean);
                high = std::max(high, mean);
            }
        }
        QString hover = item.name;
        for (int c = 0; c < item.means.size() && c < m_result.channels.size(); ++c)
            hover += QLatin1Char('\n')
                     + tr("%1: mean %2")
                           .arg(m_result.channels.at(c), std::isnan(item.means.at(c))
                                                             ? tr("not offered")
                                                             : number(item.means.at(c), 2));
        if (!std::isnan(item.consistency))
            hover += QLatin1Char('\n') + tr("consistency %1").arg(number(item.consistency, 3));
        addHoverArea(QRectF(area.left(), y - rowHeight / 2, area.width(), rowHeight), hover);
        painter.setPen(QPen(color(Role::Faded), radius * 0.6));
        painter.drawLine(QPointF(x(low), y), QPointF(x(high), y));
        painter.setPen(QPen(Qt::white, 1));
        for (int c = 0; c < item.means.size(); ++c) {
            if (std::isnan(item.means.at(c)))
                continue;
            painter.setBrush(seriesColor(c));
            painter.drawEllipse(QPointF(x(item.means.at(c)), y), radius, radius);
        }
        painter.setPen(item.consistency < 0.9 ? color(Role::Pain).darker(130) : color(Role::Text));
        painter.drawText(QRectF(plot.right() + 8, y - rowHeight / 2, valueWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, number(item.consistency, 3));
    }
    // Legend: one dot per channel, under the axis.
    QList<ChartLegend::Entry> entries;
    for (int c = 0; c < m_result.channels.size(); ++c)
        entries.append({m_result.channels.at(c), QPen(Qt::NoPen), seriesColor(c)});
    ChartLegend legend(entries, text);
    legend.layOutRow(plot.width());
    legend.draw(painter, QPointF(plot.left(), axisY + metrics.height() * 1.2));
}

} // namespace Peakend
