#include "segmentcomparisonchart.h"

#include "chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

void SegmentComparisonChart::setComparison(const std::optional<SegmentComparison> &comparison,
                                           const QList<Subprocess> &subprocesses, int vendor)
{
    m_comparison = comparison;
    m_subprocesses = subprocesses;
    m_vendor = vendor;
}

const SegmentVendorComparison *SegmentComparisonChart::shown() const
{
    if (!m_comparison || m_vendor < 0 || m_vendor >= m_comparison->vendors.size())
        return nullptr;
    return &m_comparison->vendors.at(m_vendor);
}

QString SegmentComparisonChart::title() const
{
    const SegmentVendorComparison *row = shown();
    if (!row)
        return tr("Segment comparison");
    return tr("%1: “%2” against “%3”")
        .arg(row->vendor.name,
             m_comparison->a.label().isEmpty() ? tr("everyone") : m_comparison->a.label(),
             m_comparison->b.label().isEmpty() ? tr("everyone") : m_comparison->b.label());
}

QString SegmentComparisonChart::emptyReason() const
{
    if (!m_comparison)
        return tr("Choose a segment to compare with in “Compare with” above: the chart shows "
                  "the segment chosen minus that one.");
    if (!shown())
        return tr("No vendor to compare.");
    if (m_comparison->respondentsA == 0 || m_comparison->respondentsB == 0)
        return tr("One of the two segments has no respondents in this wave.");
    return QString();
}

QString SegmentComparisonChart::captionText() const
{
    const SegmentVendorComparison *row = shown();
    if (!row)
        return QString();
    QString text = tr("A − B with 95 % Welch intervals; filled dots: the interval leaves out "
                      "zero. n = %1 (A) and %2 (B) respondents.")
                       .arg(QLocale().toString(m_comparison->respondentsA),
                            QLocale().toString(m_comparison->respondentsB));
    if (!std::isnan(row->nps.difference))
        text += QLatin1Char(' ')
                + tr("NPS %1 (A) against %2 (B): %3 points [%4, %5].")
                      .arg(signedNumber(row->nps.a, 1), signedNumber(row->nps.b, 1),
                           signedNumber(row->nps.difference, 1), signedNumber(row->nps.ci.low, 1),
                           signedNumber(row->nps.ci.high, 1));
    if (m_comparison->overlap > 0)
        text += QLatin1Char(' ')
                + tr("%Ln respondent(s) are in both segments: the intervals assume two "
                     "independent groups.",
                     nullptr, m_comparison->overlap);
    return text;
}

void SegmentComparisonChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    const SegmentVendorComparison *row = shown();
    if (!row)
        return;
    struct Line
    {
        QString name;
        Difference difference;
    };
    QList<Line> lines{{tr("Overall satisfaction"), row->overall}};
    for (int s = 0; s < row->subprocesses.size(); ++s)
        lines.append({m_subprocesses.value(s).name, row->subprocesses.at(s)});

    double reach = 0.5;
    for (const Line &line : lines) {
        for (const double value :
             {line.difference.difference, line.difference.ci.low, line.difference.ci.high}) {
            if (std::isfinite(value))
                reach = std::max(reach, std::abs(value));
        }
    }
    reach = std::ceil(reach * 2.0) / 2.0;

    const QFont text = font(area, 0.85);
    const QFont bold = font(area, 0.85, true);
    const QFontMetricsF metrics(text);
    double nameWidth = 0.0;
    for (const Line &line : lines)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(line.name));
    nameWidth = std::min(nameWidth + 16, area.width() * 0.3);
    const double labelRoom = area.width() * 0.16;
    const QRectF plot(area.left() + nameWidth, area.top(), area.width() - nameWidth - labelRoom,
                      area.height() - metrics.height() * 2);
    const double rowHeight
        = std::min(plot.height() / std::max<qsizetype>(1, lines.size()), metrics.height() * 3.0);
    const auto x = [&](double value) {
        return plot.left() + (value + reach) / (2.0 * reach) * plot.width();
    };
    const double axisY = plot.top() + rowHeight * lines.size() + 4;

    painter.setFont(text);
    const double step = reach <= 1.0 ? 0.25 : reach <= 2.0 ? 0.5 : 1.0;
    const int ticks = int(std::lround(2.0 * reach / step));
    for (int i = 0; i <= ticks; ++i) {
        const double tick = i * 2 == ticks ? 0.0 : -reach + i * step;
        const double at = x(tick);
        painter.setPen(QPen(std::abs(tick) < 1e-9 ? color(Role::Axis) : color(Role::Grid),
                            std::abs(tick) < 1e-9 ? 1.5 : 1.0));
        painter.drawLine(QPointF(at, plot.top()), QPointF(at, axisY));
        painter.setPen(color(Role::Muted));
        painter.drawText(QRectF(at - 40, axisY + 2, 80, metrics.height()), Qt::AlignHCenter,
                         signedNumber(tick, step < 0.5 ? 2 : 1));
    }

    const double radius = metrics.height() * 0.3;
    for (int r = 0; r < lines.size(); ++r) {
        const Line &line = lines.at(r);
        const Difference &d = line.difference;
        const double y = plot.top() + (r + 0.5) * rowHeight;
        painter.setFont(r == 0 ? bold : text);
        painter.setPen(color(Role::Text));
        painter.drawText(QRectF(area.left(), y - rowHeight / 2, nameWidth - 12, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(line.name, Qt::ElideRight, nameWidth - 12));
        if (!std::isfinite(d.difference))
            continue;
        QString hover = line.name + QLatin1Char('\n')
                        + tr("A %1 · B %2 · A − B %3")
                              .arg(number(d.a, 2), number(d.b, 2), signedNumber(d.difference, 2));
        if (d.ci.isValid())
            hover += QLatin1Char('\n')
                     + tr("95 % Welch interval %1 to %2")
                           .arg(signedNumber(d.ci.low, 2), signedNumber(d.ci.high, 2))
                     + QLatin1Char('\n')
                     + (d.isSignificant() ? tr("the interval leaves out zero")
                                          : tr("the interval holds zero: no clear difference"));
        addHoverArea(QRectF(area.left(), y - rowHeight / 2, area.width(), rowHeight), hover);
        const QColor colour = !d.isSignificant()   ? color(Role::Muted)
                              : d.difference > 0.0 ? color(Role::Pleasure)
                                                   : color(Role::Pain);
        if (d.ci.isValid()) {
            painter.setPen(QPen(colour, 1.5));
            painter.drawLine(QPointF(x(d.ci.low), y), QPointF(x(d.ci.high), y));
        }
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(d.isSignificant() ? QBrush(colour) : QBrush(Qt::white));
        painter.drawEllipse(QPointF(x(d.difference), y), radius, radius);
        painter.setFont(text);
        painter.setPen(color(Role::Text));
        painter.drawText(QRectF(plot.right() + 8, y - rowHeight / 2, labelRoom - 8, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 vs %2").arg(number(d.a, 2), number(d.b, 2)));
    }
}

} // namespace Peakend
