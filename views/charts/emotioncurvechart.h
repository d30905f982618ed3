#pragma once

#include "analysis/emotioncurves.h"
#include "chart.h"

#include <QSet>

#include <memory>

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

    // Where the last render put the points, for dragging them: the vendor (index into
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

    EmotionCurves m_curves;
    qint64 m_highlighted = 0;
    QSet<qint64> m_hidden;
    bool m_band = false;
    bool m_draggable = false;
    bool m_paradoxExplained = true;
    std::unique_ptr<ChartCanvas> m_canvas;
    // The last render's plot rectangle and y range, in the painter's coordinates.
    mutable QRectF m_plot;
    mutable double m_low = 0.0;
    mutable double m_high = 1.0;
};

} // namespace Peakend
