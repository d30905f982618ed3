#pragma once

#include "analysis/emotioncurves.h"
#include "categorylabels.h"
#include "chart.h"
#include "chartlegend.h"

#include <QSet>

#include <memory>
#include <optional>

namespace Peakend {

class ChartCanvas;

// A mark on the focus vendor's curve (DESIGN.md §2.2).
struct CurveMarker
{
    enum Kind { PleasurePeak, PainPeak, End };
    Kind kind = PleasurePeak;
    int subprocess = -1; // index into EmotionCurves::subprocesses
    double e = 0.0;
};

// The emotion curve: every shown vendor's e along the chronological subprocesses, phases
// shaded, the zero line (neutral or the benchmark), pleasure and pain zones, and the focus
// vendor's pleasure peak, pain peak and end marked, with its peak-end numbers in the caption.
// The focus is the highlighted vendor, else the own company, else the best liked; with a
// highlight the other curves fade.
class EmotionCurveChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(EmotionCurveChart)

public:
    // Where one drawing puts everything, worked out before anything is painted: renderPlot()
    // paints it, hovering and dragging find points in it, and a view drawn at another size
    // (the presenter's) gets its own with layOut() instead of drawing into a scratch image.
    struct Layout
    {
        struct Mark
        {
            CurveMarker marker;
            QPointF point;
            QRectF box; // its label
            QString text;
        };

        QRectF area;         // what Chart gave the plot, title and caption excluded
        QRectF plot;         // the axes' rectangle
        QList<double> ticks; // of the e axis, low to high
        double low = 0.0;    // the e at the plot's bottom and top
        double high = 1.0;
        int count = 0;    // subprocesses
        QList<int> shown; // vendors, in drawing order (the focus last)
        int focus = -1;
        QList<QList<double>> e; // per vendor (all, in curves' order), per subprocess; NaN: none
        ChartLegend legend;
        QPointF legendAt; // the legend's top-left corner
        std::optional<CategoryLabels> labels;
        struct PhaseBand
        {
            QRectF rect;
            int first = 0; // its first subprocess
        };
        QList<PhaseBand> phases; // one band per run of subprocesses of the same phase
        QRectF zeroLabel;
        QList<Mark> marks;

        QPointF point(double subprocess, double e) const;
        double eAt(double y) const;
        // The vendor whose point at a subprocess lies within reach of pos (the focus first),
        // or -1.
        int pointNear(const QPointF &pos, double reach, int *subprocess) const;
    };

    EmotionCurveChart();
    ~EmotionCurveChart() override;

    void setCurves(const EmotionCurves &curves);
    const EmotionCurves &curves() const { return m_curves; }
    void setHighlightedVendor(qint64 vendorId); // 0: none
    qint64 highlightedVendor() const { return m_highlighted; }
    void setHiddenVendors(const QSet<qint64> &vendorIds);
    void setConfidenceBand(bool shown) { m_band = shown; }
    // Workshop ratings: the caption tells that the points can be dragged.
    void setDraggable(bool draggable) { m_draggable = draggable; }
    // Whether the caption explains the focus vendor's paradox; off where the page says it in
    // its own words (the findings).
    void setParadoxExplained(bool explained) { m_paradoxExplained = explained; }

    // Index into curves().vendors of the vendor whose peaks are marked; -1 when none.
    int focusVendor() const;
    QList<CurveMarker> markers() const;
    // Indices into curves().vendors of the curves drawn, in drawing order.
    QList<int> shownVendors() const;

    // The layout render(painter, target) would paint, without painting; it becomes the one
    // the next calls below refer to (as render() makes its own).
    const Layout &layOut(const QRectF &target) const;
    // Where the last layout put the points, for dragging them: the vendor (index into
    // curves().vendors) whose point at a subprocess lies within reach of pos, or -1; and the e
    // that a vertical position stands for.
    int pointNear(const QPointF &pos, double reach, int *subprocess) const;
    double eAt(double y) const;
    QPointF pointPosition(int vendor, int subprocess) const;

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;
    QString toolTipAt(const QPointF &pos) const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    static QString markerLabel(CurveMarker::Kind kind);
    // Builds the Qt chart (axes, band, series) on the canvas and places everything around it.
    Layout layOutPlot(const QRectF &area) const;
    QString zeroLineName() const;
    static double markRadius(const QRectF &area);

    EmotionCurves m_curves;
    qint64 m_highlighted = 0;
    QSet<qint64> m_hidden;
    bool m_band = false;
    bool m_draggable = false;
    bool m_paradoxExplained = true;
    std::unique_ptr<ChartCanvas> m_canvas;
    // The last layout, in the painter's coordinates.
    mutable Layout m_layout;
};

} // namespace Peakend
