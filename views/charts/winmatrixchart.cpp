#include "winmatrixchart.h"

#include "chartstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

void WinMatrixChart::setCurves(const EmotionCurves &curves)
{
    m_curves = curves;
}

QList<int> WinMatrixChart::rowOrder() const
{
    QList<int> order;
    for (int v = 0; v < m_curves.vendors.size(); ++v) {
        if (m_curves.vendors.at(v).shape.points > 0)
            order.append(v);
    }
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const int ra = m_curves.vendors.at(a).overallRank;
        const int rb = m_curves.vendors.at(b).overallRank;
        return (ra == 0 ? INT_MAX : ra) < (rb == 0 ? INT_MAX : rb);
    });
    return order;
}

QList<int> WinMatrixChart::winners(int subprocess) const
{
    double best = -qInf();
    for (const VendorCurve &curve : m_curves.vendors) {
        const double mean = curve.cells.at(subprocess).rating.mean;
        if (!std::isnan(mean))
            best = std::max(best, mean);
    }
    QList<int> result;
    for (int v = 0; v < m_curves.vendors.size(); ++v) {
        if (m_curves.vendors.at(v).cells.at(subprocess).rating.mean == best)
            result.append(v);
    }
    return result;
}

QString WinMatrixChart::title() const
{
    return tr("Who wins each subprocess");
}

QString WinMatrixChart::emptyReason() const
{
    return rowOrder().size() < 2 ? tr("Wins need ratings of at least two vendors.") : QString();
}

QString WinMatrixChart::captionText() const
{
    for (int v = 0; v < m_curves.vendors.size(); ++v) {
        if (m_curves.vendors.at(v).efficiencyParadox)
            return m_curves.paradoxExplanation(v);
    }
    return tr("Cells: mean rating, green above and red below the subprocess's mean over all "
              "vendors; outlined: the winner. Rows by overall satisfaction, best first.");
}

QString WinMatrixChart::toolTipAt(const QPointF &pos) const
{
    const int columns = int(m_curves.subprocesses.size());
    if (!m_grid.contains(pos) || m_rows.isEmpty() || columns == 0)
        return QString();
    const int s = std::min(columns - 1, int((pos.x() - m_grid.left()) / m_grid.width() * columns));
    const int r = std::min(int(m_rows.size()) - 1,
                           int((pos.y() - m_grid.top()) / m_grid.height() * m_rows.size()));
    const VendorCurve &curve = m_curves.vendors.at(m_rows.at(r));
    const Summary &rating = curve.cells.at(s).rating;
    QString text = tr("%1 · %2").arg(curve.vendor.name, m_curves.subprocesses.at(s).name)
                   + QLatin1Char('\n');
    text += summaryText(rating, 2);
    if (winners(s).contains(m_rows.at(r)))
        text += QLatin1Char('\n') + tr("best at this subprocess");
    return text;
}

WinMatrixChart::Geometry WinMatrixChart::geometry(const QRectF &area, const QList<int> &rows) const
{
    const QFont text = font(area, 0.85);
    const QFont bold = font(area, 0.85, true);
    const QFontMetricsF metrics(text);
    double nameWidth = 0.0;
    for (const int v : rows)
        nameWidth = std::max(
            nameWidth, QFontMetricsF(bold).horizontalAdvance(m_curves.vendors.at(v).vendor.name));
    nameWidth = std::min(nameWidth + 8, area.width() * 0.2);
    const double sideWidth = metrics.horizontalAdvance(QStringLiteral("00.0")) * 2 + 24;
    const double cellWidth = (area.width() - nameWidth - sideWidth)
                             / std::max<qsizetype>(1, m_curves.subprocesses.size());
    QStringList names;
    for (const Subprocess &subprocess : m_curves.subprocesses)
        names.append(subprocess.name);
    const CategoryLabels labels(names, text, cellWidth);
    const double scaleHeight = metrics.height() * 2.6;
    return {text,      bold,   nameWidth,   sideWidth,
            cellWidth, labels, scaleHeight, area.height() - labels.height() - scaleHeight};
}

int WinMatrixChart::rowsFitting(const QRectF &target) const
{
    const Geometry parts = geometry(frame(target).plot, rowOrder());
    return int(std::floor(parts.rowRoom / QFontMetricsF(parts.text).height()));
}

void WinMatrixChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    const QList<int> all = rowOrder();
    const QList<int> rows = windowed(all);
    const int columns = int(m_curves.subprocesses.size());
    const Geometry parts = geometry(area, all);
    const QFont &text = parts.text;
    const QFont &bold = parts.bold;
    const QFontMetricsF metrics(text);
    const double nameWidth = parts.nameWidth;
    const double sideWidth = parts.sideWidth;
    const double cellWidth = parts.cellWidth;
    const CategoryLabels &labels = parts.labels;
    const QString winsHeader = tr("wins");
    const QString rankHeader = tr("rank");
    const double cellHeight
        = std::min(parts.rowRoom / std::max<qsizetype>(1, rows.size()), metrics.height() * 4.0);
    const double gridLeft = area.left() + nameWidth;
    const double gridTop = area.top();

    // Per column, the mean over vendors and the largest distance from it, for the colours.
    QList<double> columnMean(columns, 0.0);
    double spread = 0.1;
    for (int s = 0; s < columns; ++s) {
        int n = 0;
        for (const int v : all) {
            const double mean = m_curves.vendors.at(v).cells.at(s).rating.mean;
            if (!std::isnan(mean)) {
                columnMean[s] += mean;
                ++n;
            }
        }
        columnMean[s] = n ? columnMean[s] / n : qQNaN();
        for (const int v : all) {
            const double mean = m_curves.vendors.at(v).cells.at(s).rating.mean;
            if (!std::isnan(mean))
                spread = std::max(spread, std::fabs(mean - columnMean[s]));
        }
    }

    // Each cell's mean, where the cells are wide enough for it.
    const QFont valueFont = font(area, 0.7);
    const bool valueFits
        = QFontMetricsF(valueFont).horizontalAdvance(number(10.0, 1)) + 4 <= cellWidth
          && QFontMetricsF(valueFont).height() + 2 <= cellHeight;
    m_grid = QRectF(gridLeft, gridTop, columns * cellWidth, rows.size() * cellHeight);
    m_rows = rows;

    painter.setFont(bold);
    painter.setPen(color(Role::Muted));
    const double sideLeft = gridLeft + columns * cellWidth + 8;
    const double sideColumn = (sideWidth - 8) / 2;
    for (int r = 0; r < rows.size(); ++r) {
        const VendorCurve &curve = m_curves.vendors.at(rows.at(r));
        const double y = gridTop + r * cellHeight;
        const QRectF nameRect(area.left(), y, nameWidth - 8, cellHeight);
        addVendorArea(nameRect, curve.vendor.id);
        if (curve.vendor.id == m_highlighted)
            painter.fillRect(QRectF(area.left(), y, area.width(), cellHeight), highlightBand());
        painter.setFont(curve.efficiencyParadox || curve.vendor.id == m_highlighted ? bold : text);
        painter.setPen(curve.efficiencyParadox ? color(Role::Pain).darker(130) : color(Role::Text));
        painter.drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter,
                         QFontMetricsF(painter.font())
                             .elidedText(curve.vendor.name, Qt::ElideRight, nameWidth - 8));
        for (int s = 0; s < columns; ++s) {
            const double mean = curve.cells.at(s).rating.mean;
            const QRectF cell(gridLeft + s * cellWidth, y, cellWidth, cellHeight);
            if (std::isnan(mean)) {
                painter.fillRect(cell.adjusted(1, 1, -1, -1), QColor(0xf2, 0xf2, 0xf2));
                continue;
            }
            const double t = std::clamp((mean - columnMean[s]) / spread, -1.0, 1.0);
            painter.fillRect(cell.adjusted(1, 1, -1, -1), heat(t));
            if (valueFits) {
                painter.setFont(valueFont);
                painter.setPen(std::fabs(t) > 0.6 ? color(Role::Background) : color(Role::Text));
                painter.drawText(cell, Qt::AlignCenter, number(mean, 1));
            }
        }
        painter.setFont(text);
        painter.setPen(color(Role::Text));
        painter.drawText(QRectF(sideLeft, y, sideColumn, cellHeight), Qt::AlignCenter,
                         QLocale().toString(curve.wins, 'g', 3));
        painter.drawText(QRectF(sideLeft + sideColumn, y, sideColumn, cellHeight), Qt::AlignCenter,
                         curve.overallRank > 0 ? QLocale().toString(curve.overallRank)
                                               : QStringLiteral("–"));
    }
    // Winners outlined.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color(Role::Text), std::max(1.5, textSize(area) / 7.0)));
    for (int s = 0; s < columns; ++s) {
        for (const int v : winners(s)) {
            const int r = int(rows.indexOf(v));
            if (r >= 0)
                painter.drawRect(QRectF(gridLeft + s * cellWidth, gridTop + r * cellHeight,
                                        cellWidth, cellHeight)
                                     .adjusted(1.5, 1.5, -1.5, -1.5));
        }
    }
    const double bottom = gridTop + rows.size() * cellHeight;
    painter.setFont(bold);
    painter.setPen(color(Role::Muted));
    painter.drawText(QRectF(sideLeft, bottom, sideColumn, metrics.height() * 1.4), Qt::AlignCenter,
                     winsHeader);
    painter.drawText(QRectF(sideLeft + sideColumn, bottom, sideColumn, metrics.height() * 1.4),
                     Qt::AlignCenter, rankHeader);
    QList<double> centres;
    for (int s = 0; s < columns; ++s)
        centres.append(gridLeft + (s + 0.5) * cellWidth);
    painter.setPen(color(Role::Text));
    labels.draw(painter, centres, bottom);

    // The colour scale under the labels: how far a mean lies below or above the mean of all
    // vendors at its subprocess.
    const double barWidth = std::min(area.width() * 0.25, metrics.height() * 14);
    const QRectF bar(gridLeft, bottom + labels.height() + metrics.height() * 0.6, barWidth,
                     metrics.height() * 0.7);
    const int steps = 40;
    for (int i = 0; i < steps; ++i)
        painter.fillRect(QRectF(bar.left() + bar.width() * i / steps, bar.top(),
                                bar.width() / steps + 0.5, bar.height()),
                         heat(2.0 * (i + 0.5) / steps - 1.0));
    painter.setFont(text);
    painter.setPen(color(Role::Muted));
    const QRectF under(bar.left(), bar.bottom(), barWidth, metrics.height() * 1.2);
    painter.drawText(under, Qt::AlignLeft | Qt::AlignTop, signedNumber(-spread, 1));
    painter.drawText(under, Qt::AlignHCenter | Qt::AlignTop, number(0.0, 0));
    painter.drawText(under, Qt::AlignRight | Qt::AlignTop, signedNumber(spread, 1));
    painter.drawText(QRectF(bar.right() + metrics.height(), bar.top() - metrics.height() * 0.3,
                            area.right() - bar.right() - metrics.height(), metrics.height() * 2.4),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Colour: a mean below (red) or above (green) the mean of all vendors at "
                        "that subprocess."));
}

QColor WinMatrixChart::heat(double t)
{
    QColor fill = t >= 0 ? color(Role::Pleasure) : color(Role::Pain);
    fill.setAlphaF(0.12 + 0.78 * std::fabs(t));
    return fill;
}

} // namespace Peakend
