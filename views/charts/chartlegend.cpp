#include "chartlegend.h"

#include "chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

ChartLegend::ChartLegend(const QList<Entry> &entries, const QFont &font)
    : m_entries(entries), m_font(font)
{}

double ChartLegend::lineHeight() const
{
    return QFontMetricsF(m_font).height() * 1.25;
}

double ChartLegend::sampleWidth() const
{
    const bool lines = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) {
        return entry.line.style() != Qt::NoPen;
    });
    return QFontMetricsF(m_font).height() * (lines ? 2.0 : 0.9);
}

QFont ChartLegend::fontOf(const Entry &entry) const
{
    QFont font = m_font;
    font.setBold(entry.bold);
    return font;
}

double ChartLegend::columnWidth(double maxWidth) const
{
    const QFontMetricsF metrics(m_font);
    double widest = 0.0;
    for (const Entry &entry : std::as_const(m_entries))
        widest = std::max(widest, QFontMetricsF(fontOf(entry)).horizontalAdvance(entry.name));
    // A very long name is cut short (draw() elides it) rather than squeezing the plot.
    const double pad = metrics.height() * 0.6;
    widest = std::min(widest, std::max(metrics.height() * 8, maxWidth - sampleWidth() - pad));
    return sampleWidth() + widest + pad;
}

QFont ChartLegend::smallerFont() const
{
    QFont font = m_font;
    font.setPixelSize(
        int(std::max({9.0, minimumTextSize(), std::floor(m_font.pixelSize() * 0.8)})));
    return font;
}

int ChartLegend::capacity(double height, double maxWidth) const
{
    ChartLegend smallest(m_entries, smallerFont());
    const int perColumn = std::max(1, int(height / smallest.lineHeight()));
    return perColumn * std::max(1, int(maxWidth / smallest.columnWidth(maxWidth)));
}

void ChartLegend::layOutColumns(double height, double maxWidth)
{
    const auto fit = [&] {
        const double line = lineHeight();
        const int perColumn = std::max(1, int(height / line));
        const double column = columnWidth(maxWidth);
        m_rects.clear();
        for (int i = 0; i < m_entries.size(); ++i)
            m_rects.append(QRectF((i / perColumn) * column, (i % perColumn) * line, column, line));
        const int columns = (int(m_entries.size()) + perColumn - 1) / perColumn;
        m_size = m_entries.isEmpty()
                     ? QSizeF()
                     : QSizeF(columns * column,
                              std::min<qsizetype>(m_entries.size(), perColumn) * line);
    };
    fit();
    if (m_size.width() > maxWidth) {
        m_font = smallerFont();
        fit();
    }
}

void ChartLegend::layOutRow(double width)
{
    const QFontMetricsF metrics(m_font);
    const double line = metrics.height() * 1.8;
    m_rects.clear();
    double x = 0.0;
    for (const Entry &entry : std::as_const(m_entries)) {
        const double advance
            = sampleWidth()
              + std::min(QFontMetricsF(fontOf(entry)).horizontalAdvance(entry.name), width * 0.4)
              + 4;
        if (x + advance > width && !m_rects.isEmpty())
            break;
        m_rects.append(QRectF(x, 0, advance, line));
        x += advance + metrics.height() * 0.6;
    }
    m_size = QSizeF(std::max(0.0, x - metrics.height() * 0.6), m_rects.isEmpty() ? 0.0 : line);
}

void ChartLegend::draw(QPainter &painter, const QPointF &topLeft) const
{
    const QFontMetricsF metrics(m_font);
    const double h = metrics.height();
    for (int i = 0; i < m_rects.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const QRectF rect = m_rects.at(i).translated(topLeft);
        const double y = rect.center().y();
        if (entry.line.style() != Qt::NoPen) {
            painter.setPen(entry.line);
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.left() + h * 1.6, y));
        } else {
            const double radius = h * 0.3;
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.dot);
            painter.drawEllipse(QPointF(rect.left() + radius, y), radius, radius);
        }
        const QFont font = fontOf(entry);
        painter.setFont(font);
        painter.setPen(entry.muted ? color(Role::Muted) : color(Role::Text));
        const double textWidth = rect.width() - sampleWidth() - h * 0.2;
        painter.drawText(QRectF(rect.left() + sampleWidth(), rect.top(), textWidth, rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(font).elidedText(entry.name, Qt::ElideRight, textWidth));
    }
}

} // namespace Peakend
