#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPen>
#include <QRectF>
#include <QString>

class QPainter;

namespace Peakend {

// A legend we lay out and draw ourselves (Qt's drops the entries that do not fit, the focus
// curve first): each entry a sample (a line in the series' pen, or a dot) and its name.
// In columns of equal width beside a plot, shrinking its font once when they would take
// more than their share; or in one row under it. Laid out before anything is painted, so
// that the plot can leave it room and hit-testing can find an entry without drawing.
class ChartLegend
{
public:
    struct Entry
    {
        QString name;
        QPen line; // the sample line; with Qt::NoPen a dot of dot's colour
        QColor dot;
        bool bold = false;  // the focus
        bool muted = false; // faded behind a highlight
        qint64 vendor = 0;  // clicking the entry highlights this vendor; 0 for none
    };

    ChartLegend() = default;
    ChartLegend(const QList<Entry> &entries, const QFont &font);

    // Columns height tall, at most maxWidth wide together if the font can shrink that far.
    void layOutColumns(double height, double maxWidth);
    // How many of these entries fit in such columns at the smallest font: a chart with more
    // lists fewer (and says so), rather than let the legend squeeze its plot.
    int capacity(double height, double maxWidth) const;
    // One row, entries side by side, those past width left out.
    void layOutRow(double width);

    QSizeF size() const { return m_size; }
    // Each entry's place relative to the legend's top-left corner, once laid out.
    const QList<QRectF> &entryRects() const { return m_rects; }
    const QList<Entry> &entries() const { return m_entries; }

    void draw(QPainter &painter, const QPointF &topLeft) const;

private:
    double lineHeight() const;
    double columnWidth(double maxWidth) const;
    QFont smallerFont() const;  // the one step the font shrinks when columns are too wide
    double sampleWidth() const; // where the name starts, from an entry's left edge
    QFont fontOf(const Entry &entry) const; // bold for the highlighted one

    QList<Entry> m_entries;
    QFont m_font;
    QList<QRectF> m_rects;
    QSizeF m_size;
};

} // namespace Peakend
