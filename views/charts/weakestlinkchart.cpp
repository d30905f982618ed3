#include "weakestlinkchart.h"

#include "chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

void WeakestLinkChart::setLinks(const QList<Vendor> &vendors, const QList<WeakestLink> &links,
                                const Scale &scale)
{
    m_vendors = vendors;
    m_links = links;
    m_scale = scale;
}

QStringList WeakestLinkChart::alerts() const
{
    QStringList names;
    for (int v = 0; v < m_links.size() && v < m_vendors.size(); ++v) {
        if (m_links.at(v).alert)
            names.append(m_vendors.at(v).name);
    }
    return names;
}

QString WeakestLinkChart::title() const
{
    return tr("Weakest link: 100 − 1 = 0");
}

QString WeakestLinkChart::emptyReason() const
{
    for (const WeakestLink &link : m_links) {
        if (link.weakest >= 0)
            return QString();
    }
    return tr("No subprocess ratings to find a weakest link in.");
}

QString WeakestLinkChart::captionText() const
{
    const QStringList names = alerts();
    const double threshold = m_links.isEmpty() ? qQNaN() : m_links.first().alertThreshold;
    QString rule = tr("Grey: the average of the subprocess means; coloured: the weakest "
                      "subprocess. Alert below a mean of %1.")
                       .arg(number(threshold, 1));
    if (!m_links.isEmpty() && !std::isnan(m_links.first().dissatisfiedAtOrBelow))
        rule += QLatin1Char(' ')
                + tr("100 − 1 = 0: the share of each vendor's customers who answered %1 or less "
                     "(the bottom two boxes) at one subprocess or more.")
                      .arg(number(m_links.first().dissatisfiedAtOrBelow, 0));
    if (names.isEmpty())
        return rule + QLatin1Char(' ') + tr("No vendor crosses it.");
    // A long list would crowd out the chart: the rows in the pain colour name the others.
    constexpr int named = 5;
    if (names.size() > named + 1)
        return rule + QLatin1Char(' ')
               + tr("Alert: %1 and %n more vendor(s).", "", int(names.size()) - named)
                     .arg(names.mid(0, named).join(tr(", ")));
    return rule + QLatin1Char(' ') + tr("Alert: %1.").arg(names.join(tr(", ")));
}

QList<int> WeakestLinkChart::vendorRows() const
{
    QList<int> rows;
    for (int v = 0; v < m_links.size() && v < m_vendors.size(); ++v) {
        if (m_links.at(v).weakest >= 0)
            rows.append(v);
    }
    return rows;
}

double WeakestLinkChart::nameColumnWidth(const QRectF &area) const
{
    const QFontMetricsF metrics(font(area, 0.85));
    double width = 0.0;
    for (const int v : vendorRows())
        width = std::max(width, metrics.horizontalAdvance(m_vendors.at(v).name));
    return std::min(width + 12, area.width() * 0.25);
}

double WeakestLinkChart::rowRoom(const QRectF &area)
{
    return area.height() - QFontMetricsF(font(area, 0.85)).height() * 2; // the axis under them
}

int WeakestLinkChart::rowsFitting(const QRectF &target) const
{
    const QRectF area = frame(target).plot;
    return int(std::floor(rowRoom(area) / QFontMetricsF(font(area, 0.85)).height()));
}

void WeakestLinkChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    const QList<int> rows = windowed(vendorRows());
    const QFont text = font(area, 0.85);
    const QFontMetricsF metrics(text);
    const double nameWidth = nameColumnWidth(area);
    const double labelRoom = area.width() * 0.28;
    const QRectF plot(area.left() + nameWidth, area.top(), area.width() - nameWidth - labelRoom,
                      rowRoom(area));
    const double rowHeight
        = std::min(plot.height() / std::max<qsizetype>(1, rows.size()), metrics.height() * 4.0);
    const auto x = [&](double value) {
        return plot.left() + (value - m_scale.min) / (m_scale.max - m_scale.min) * plot.width();
    };

    // Axis: the whole scale, so that a low mean looks low.
    painter.setFont(text);
    const double axisY = plot.top() + rowHeight * rows.size() + 4;
    drawScaleAxis(painter, m_scale.min, m_scale.max, x, plot.top(), axisY);
    const double threshold = m_links.value(rows.value(0)).alertThreshold;
    if (!std::isnan(threshold)
        && m_links.value(rows.value(0)).criterion == WeakestLinkOptions::LowestMean) {
        painter.setPen(QPen(color(Role::Pain), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x(threshold), plot.top()), QPointF(x(threshold), axisY));
    }

    const double radius = metrics.height() * 0.35;
    for (int r = 0; r < rows.size(); ++r) {
        const WeakestLink &link = m_links.at(rows.at(r));
        const double y = plot.top() + (r + 0.5) * rowHeight;
        const qint64 vendorId = m_vendors.at(rows.at(r)).id;
        if (vendorId == m_highlighted)
            painter.fillRect(QRectF(area.left(), y - rowHeight / 2, area.width(), rowHeight),
                             highlightBand());
        painter.setFont(font(area, 0.85, vendorId == m_highlighted));
        painter.setPen(link.alert ? color(Role::Pain).darker(130) : color(Role::Text));
        addVendorArea(QRectF(area.left(), y - rowHeight / 2, nameWidth - 12, rowHeight), vendorId);
        painter.drawText(
            QRectF(area.left(), y - rowHeight / 2, nameWidth - 12, rowHeight),
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(m_vendors.at(rows.at(r)).name, Qt::ElideRight, nameWidth - 12));
        const WeakestLinkItem &weakest = link.items.at(link.weakest);
        const QPointF average(x(link.average), y);
        const QPointF low(x(weakest.rating.mean), y);
        painter.setPen(QPen(color(Role::Faded), radius * 0.8));
        painter.drawLine(average, low);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(Role::Muted));
        painter.drawEllipse(average, radius, radius);
        painter.setBrush(link.alert ? color(Role::Pain) : seriesColor(0));
        painter.drawEllipse(low, radius, radius);
        painter.setFont(text);
        painter.setPen(link.alert ? color(Role::Pain).darker(130) : color(Role::Text));
        QString label = tr("%1 %2").arg(weakest.name, number(weakest.rating.mean, 1));
        if (!std::isnan(link.anyDissatisfied.share))
            label += tr(" · %1 % dissatisfied with at least one")
                         .arg(number(link.anyDissatisfied.share * 100.0, 0));
        QString hover = m_vendors.at(rows.at(r)).name + QLatin1Char('\n')
                        + tr("weakest: %1, %2").arg(weakest.name, summaryText(weakest.rating, 2))
                        + QLatin1Char('\n')
                        + tr("average of the subprocess means %1").arg(number(link.average, 2));
        if (!std::isnan(link.anyDissatisfied.share))
            hover
                += QLatin1Char('\n')
                   + tr("dissatisfied with at least one: %1").arg(shareText(link.anyDissatisfied));
        if (link.alert)
            hover += QLatin1Char('\n') + tr("alert");
        addHoverArea(QRectF(area.left(), y - rowHeight / 2, area.width(), rowHeight), hover);
        painter.drawText(
            QRectF(std::max(average.x(), low.x()) + radius * 2, y - rowHeight / 2,
                   area.right() - std::max(average.x(), low.x()) - radius * 2, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(label, Qt::ElideRight,
                               area.right() - std::max(average.x(), low.x()) - radius * 2));
    }
}

} // namespace Peakend
