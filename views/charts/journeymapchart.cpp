#include "journeymapchart.h"

#include "chartstyle.h"
#include "domain/phase.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

void JourneyMapChart::setJourney(const QList<Subprocess> &subprocesses,
                                 const QList<Touchpoint> &touchpoints,
                                 const QList<Channel> &channels,
                                 const QList<CriticalIncident> &incidents)
{
    m_subprocesses = subprocesses;
    m_touchpoints = touchpoints;
    m_channels = channels;
    m_incidents = incidents;
}

void JourneyMapChart::setEmotion(const EmotionCurves &curves, int vendor)
{
    m_curves = curves;
    m_vendor = vendor;
}

QList<Touchpoint> JourneyMapChart::touchpointsAt(int subprocess) const
{
    QList<Touchpoint> result;
    for (const Touchpoint &touchpoint : m_touchpoints) {
        if (touchpoint.subprocessId == m_subprocesses.at(subprocess).id)
            result.append(touchpoint);
    }
    return result;
}

QPair<int, int> JourneyMapChart::incidentsAt(int subprocess) const
{
    QPair<int, int> counts{0, 0};
    const QList<Touchpoint> here = touchpointsAt(subprocess);
    for (const CriticalIncident &incident : m_incidents) {
        const bool atStage = std::any_of(here.cbegin(), here.cend(), [&](const Touchpoint &t) {
            return t.id == incident.touchpointId;
        });
        if (atStage)
            (incident.polarity == Polarity::Positive ? counts.first : counts.second) += 1;
    }
    return counts;
}

QString JourneyMapChart::title() const
{
    return tr("Journey map");
}

QString JourneyMapChart::emptyReason() const
{
    return m_subprocesses.isEmpty() ? tr("Add the subprocesses of the purchase journey to see "
                                         "the map.")
                                    : QString();
}

QString JourneyMapChart::captionText() const
{
    QString text = tr("Chips: touchpoints in their channel's colour. ▲ positive and ▼ negative "
                      "critical incidents at the stage.");
    if (m_vendor >= 0)
        text += QLatin1Char(' ')
                + tr("Emotion lane: %1 (e, the zero line dashed).")
                      .arg(m_curves.vendors.at(m_vendor).vendor.name);
    return text;
}

void JourneyMapChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    const int rows = int(m_subprocesses.size());
    const QFont text = font(area, 0.85);
    const QFont chipFont = font(area, 0.75);
    const QFont bold = font(area, 0.85, true);
    const QFontMetricsF metrics(text);
    const QFontMetricsF chipMetrics(chipFont);
    const double headerHeight = metrics.height() * 1.4;
    const double rowHeight
        = std::min((area.height() - headerHeight) / std::max(1, rows), metrics.height() * 2.2);
    // Room for a phase name on two lines, turned upright, where its band is short.
    const double phaseWidth = QFontMetricsF(bold).height() * 2.4;
    double nameWidth = 0.0;
    for (const Subprocess &subprocess : m_subprocesses)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(subprocess.name));
    nameWidth = std::min(nameWidth + 16, area.width() * 0.22);
    const double laneWidth = m_vendor >= 0 ? area.width() * 0.18 : 0.0;
    const double incidentWidth = metrics.horizontalAdvance(QStringLiteral("▲ 00  ▼ 00")) + 12;
    const double left = area.left();
    const double nameLeft = left + phaseWidth;
    const double laneLeft = nameLeft + nameWidth;
    const double chipsLeft = laneLeft + laneWidth + 12;
    const double incidentsLeft = area.right() - incidentWidth;
    const double top = area.top() + headerHeight;

    painter.setFont(bold);
    painter.setPen(color(Role::Muted));
    painter.drawText(QRectF(nameLeft, area.top(), nameWidth, headerHeight), Qt::AlignVCenter,
                     tr("Subprocess"));
    if (m_vendor >= 0)
        painter.drawText(QRectF(laneLeft, area.top(), laneWidth, headerHeight), Qt::AlignCenter,
                         tr("Emotion"));
    painter.drawText(QRectF(chipsLeft, area.top(), incidentsLeft - chipsLeft, headerHeight),
                     Qt::AlignVCenter, tr("Touchpoints"));
    painter.drawText(QRectF(incidentsLeft, area.top(), incidentWidth, headerHeight),
                     Qt::AlignCenter, tr("Incidents"));

    // Phases: a band at the left with the name turned upright.
    int start = 0;
    int band = 0;
    for (int s = 1; s <= rows; ++s) {
        if (s < rows && m_subprocesses.at(s).phase == m_subprocesses.at(start).phase)
            continue;
        const QRectF phaseRect(left, top + start * rowHeight, area.width(),
                               (s - start) * rowHeight);
        if (band % 2 == 0)
            painter.fillRect(phaseRect, QColor(0, 0, 0, 10));
        painter.save();
        painter.translate(left + phaseWidth / 2, phaseRect.center().y());
        painter.rotate(-90);
        painter.setFont(bold);
        painter.setPen(color(Role::Muted));
        // Whole, on two lines where one is too long (after the hyphen of "Post-purchase").
        QString name = PhaseNames::name(m_subprocesses.at(start).phase);
        if (QFontMetricsF(bold).horizontalAdvance(name) > phaseRect.height()
            && name.contains(QLatin1Char('-')))
            name.replace(QLatin1Char('-'), QStringLiteral("-\n"));
        painter.drawText(
            QRectF(-phaseRect.height() / 2, -phaseWidth / 2, phaseRect.height(), phaseWidth),
            Qt::AlignCenter | Qt::TextWordWrap, name);
        painter.restore();
        start = s;
        ++band;
    }

    // Emotion lane: e across rows, zero dashed, peaks coloured.
    if (m_vendor >= 0) {
        const VendorCurve &curve = m_curves.vendors.at(m_vendor);
        double extent = 0.5;
        for (const CurveCell &cell : curve.cells) {
            if (!std::isnan(cell.e))
                extent = std::max(extent, std::fabs(cell.e));
        }
        const double mid = laneLeft + laneWidth / 2;
        const auto at = [&](int s) {
            return QPointF(mid + curve.cells.at(s).e / extent * (laneWidth / 2 - 6),
                           top + (s + 0.5) * rowHeight);
        };
        painter.setPen(QPen(color(Role::Axis), 1, Qt::DashLine));
        painter.drawLine(QPointF(mid, top), QPointF(mid, top + rows * rowHeight));
        QPainterPath path;
        bool started = false;
        for (int s = 0; s < rows && s < curve.cells.size(); ++s) {
            if (std::isnan(curve.cells.at(s).e))
                continue;
            started ? path.lineTo(at(s)) : path.moveTo(at(s));
            started = true;
        }
        painter.setPen(QPen(vendorColor(curve.vendor, m_vendor), 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        const double radius = metrics.height() * 0.28;
        for (int s = 0; s < rows && s < curve.cells.size(); ++s) {
            if (std::isnan(curve.cells.at(s).e))
                continue;
            const QColor fill = s == curve.shape.pleasurePeak ? color(Role::Pleasure)
                                : s == curve.shape.painPeak   ? color(Role::Pain)
                                                              : vendorColor(curve.vendor, m_vendor);
            painter.setPen(QPen(Qt::white, 1));
            painter.setBrush(fill);
            const double size = s == curve.shape.pleasurePeak || s == curve.shape.painPeak
                                    ? radius * 1.6
                                    : radius;
            painter.drawEllipse(at(s), size, size);
        }
    }

    for (int s = 0; s < rows; ++s) {
        const double y = top + s * rowHeight;
        painter.setFont(text);
        painter.setPen(color(Role::Text));
        painter.drawText(
            QRectF(nameLeft, y, nameWidth - 8, rowHeight), Qt::AlignVCenter,
            metrics.elidedText(m_subprocesses.at(s).name, Qt::ElideRight, nameWidth - 8));
        // Touchpoint chips, left to right.
        painter.setFont(chipFont);
        double x = chipsLeft;
        for (const Touchpoint &touchpoint : touchpointsAt(s)) {
            int channel = -1;
            for (int c = 0; c < m_channels.size(); ++c) {
                if (m_channels.at(c).id == touchpoint.channelId)
                    channel = c;
            }
            const double width = std::min(chipMetrics.horizontalAdvance(touchpoint.name) + 14,
                                          incidentsLeft - x - 8);
            if (width < 24)
                break;
            const QRectF chip(x, y + rowHeight * 0.15, width, rowHeight * 0.7);
            QColor fill = channel >= 0 ? seriesColor(channel) : color(Role::Faded);
            fill.setAlphaF(0.25);
            painter.setPen(QPen(channel >= 0 ? seriesColor(channel) : color(Role::Faded), 1.2));
            painter.setBrush(fill);
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
            painter.setPen(color(Role::Text));
            painter.drawText(
                chip.adjusted(7, 0, -7, 0), Qt::AlignCenter,
                chipMetrics.elidedText(touchpoint.name, Qt::ElideRight, chip.width() - 14));
            x += width + 6;
        }
        const QPair<int, int> counts = incidentsAt(s);
        QString hover = m_subprocesses.at(s).name;
        if (m_vendor >= 0 && s < m_curves.vendors.at(m_vendor).cells.size()) {
            const CurveCell &cell = m_curves.vendors.at(m_vendor).cells.at(s);
            hover += QLatin1Char('\n') + m_curves.vendors.at(m_vendor).vendor.name
                     + QStringLiteral(": ") + summaryText(cell.rating, 2);
        }
        QStringList touchpoints;
        for (const Touchpoint &touchpoint : touchpointsAt(s)) {
            QString channel;
            for (const Channel &c : m_channels) {
                if (c.id == touchpoint.channelId)
                    channel = c.name;
            }
            touchpoints.append(channel.isEmpty() ? touchpoint.name
                                                 : tr("%1 (%2)").arg(touchpoint.name, channel));
        }
        if (!touchpoints.isEmpty())
            hover += QLatin1Char('\n') + tr("touchpoints: %1").arg(touchpoints.join(tr(", ")));
        if (counts.first + counts.second > 0)
            hover += QLatin1Char('\n')
                     + tr("critical incidents: %1 positive, %2 negative")
                           .arg(counts.first)
                           .arg(counts.second);
        addHoverArea(QRectF(area.left(), y, area.width(), rowHeight), hover);
        painter.setFont(bold);
        if (counts.first > 0) {
            painter.setPen(color(Role::Pleasure).darker(120));
            painter.drawText(QRectF(incidentsLeft, y, incidentWidth / 2, rowHeight),
                             Qt::AlignCenter, QStringLiteral("▲ %1").arg(counts.first));
        }
        if (counts.second > 0) {
            painter.setPen(color(Role::Pain).darker(120));
            painter.drawText(
                QRectF(incidentsLeft + incidentWidth / 2, y, incidentWidth / 2, rowHeight),
                Qt::AlignCenter, QStringLiteral("▼ %1").arg(counts.second));
        }
    }
    // Channel legend under the header line.
    painter.setFont(chipFont);
    double legendX = chipsLeft + metrics.horizontalAdvance(tr("Touchpoints")) + 16;
    for (int c = 0; c < m_channels.size(); ++c) {
        const double width = chipMetrics.horizontalAdvance(m_channels.at(c).name) + 14;
        if (legendX + width > incidentsLeft)
            break;
        const QRectF chip(legendX, area.top() + headerHeight * 0.2, width, headerHeight * 0.6);
        QColor fill = seriesColor(c);
        fill.setAlphaF(0.25);
        painter.setPen(QPen(seriesColor(c), 1.2));
        painter.setBrush(fill);
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter.setPen(color(Role::Text));
        painter.drawText(chip, Qt::AlignCenter, m_channels.at(c).name);
        legendX += width + 6;
    }
}

} // namespace Peakend
