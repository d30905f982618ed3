#pragma once

#include "analysis/emotioncurves.h"
#include "categorylabels.h"
#include "chart.h"

namespace Peakend {

// Vendor × subprocess heat map of the mean ratings (colour: above or below the subprocess's
// mean over all vendors), the winner of each column outlined, wins and overall rank at the
// right, and the efficiency paradox flagged (DESIGN.md §2.2). Rows are ordered by overall
// rank, so a vendor that wins most columns yet sits at the bottom stands out. A colour scale
// under the grid; each cell's mean is written in it where it fits, and shown on hover.
class WinMatrixChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(WinMatrixChart)

public:
    void setCurves(const EmotionCurves &curves);
    const EmotionCurves &curves() const { return m_curves; }
    // The vendor (id) whose row is marked; 0 for none. A click on a row's name chooses it.
    void setHighlightedVendor(qint64 vendor) { m_highlighted = vendor; }

    // Indices into curves.vendors, top row first.
    QList<int> rowOrder() const;
    // The vendors (indices) with the highest mean at subprocess s: ties share the win.
    QList<int> winners(int subprocess) const;

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;
    QString toolTipAt(const QPointF &pos) const override;
    int rowCount() const override { return int(rowOrder().size()); }
    int rowsFitting(const QRectF &target) const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    // Where the parts go in a plot area: the same for every window of rows, so that the pages
    // of a long matrix line up.
    struct Geometry
    {
        QFont text;
        QFont bold;
        double nameWidth = 0.0;
        double sideWidth = 0.0;
        double cellWidth = 0.0;
        CategoryLabels labels;
        double scaleHeight = 0.0; // the colour scale under the labels
        double rowRoom = 0.0;     // height left for the rows
    };
    Geometry geometry(const QRectF &area, const QList<int> &rows) const;
    // A cell's colour, t from −1 (furthest below the subprocess mean) to +1.
    static QColor heat(double t);

    EmotionCurves m_curves;
    qint64 m_highlighted = 0;
    // The last render's grid, for hovering.
    mutable QRectF m_grid;
    mutable QList<int> m_rows;
};

} // namespace Peakend
