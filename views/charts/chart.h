#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace Peakend {

// One chart: plain analysis results in, a drawing out. render() is the only drawing code; the
// screen, PNG, SVG, PDF and the report all call it with their own painter and target, so
// what is exported is what was seen. A chart with nothing to show draws why.
class Chart
{
    Q_DECLARE_TR_FUNCTIONS(Chart)

public:
    virtual ~Chart();

    virtual QString title() const = 0;
    // One line under the chart: n, method, the numbers a reader needs to trust it.
    virtual QString caption() const { return QString(); }
    // Why there is nothing to draw; empty when there is something.
    virtual QString emptyReason() const = 0;

    // Draws title, plot and caption into target (logical units: the caller scales the painter
    // for high-DPI images and print).
    void render(QPainter &painter, const QRectF &target) const;

    // What is under pos in the last render()'s coordinates, for hovering: the value, its n
    // and interval of a point, bar or cell; empty where there is nothing to say.
    virtual QString toolTipAt(const QPointF &pos) const;
    // The vendor whose legend entry is at pos in the last render(); 0 for none.
    virtual qint64 legendVendorAt(const QPointF &pos) const;

protected:
    virtual void renderPlot(QPainter &painter, const QRectF &area) const = 0;
};

} // namespace Peakend
