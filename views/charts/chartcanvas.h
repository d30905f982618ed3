#pragma once

#include <QList>
#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QGraphicsScene;
class QPainter;

namespace Peakend {

// Hosts one Qt Charts QChart off screen so that a Chart can draw it with any painter (widget,
// image, SVG, PDF) and draw its own marks over it at the chart's coordinates. Qt Charts stays
// behind our chart classes (it is deprecated upstream after 6.10). OpenGL series are never
// used: they are blank in exports and crash without a display.
class ChartCanvas
{
public:
    ChartCanvas();
    ~ChartCanvas();
    ChartCanvas(const ChartCanvas &) = delete;
    ChartCanvas &operator=(const ChartCanvas &) = delete;

    QChart *chart() const { return m_chart; }
    // Puts the axes on the chart (bottom and left) once, and series on them.
    void attach(QAbstractSeries *series, QAbstractAxis *horizontal, QAbstractAxis *vertical) const;
    // Starts an empty chart, for a chart rebuilt on each render.
    void clear() const;

    // Lays the chart out at size, keeping extra room on its sides (for labels we draw
    // ourselves); plotArea() and map() then refer to that layout.
    void layout(const QSizeF &size, const QMarginsF &extra = QMarginsF()) const;
    QRectF plotArea() const; // relative to the chart's top-left corner
    // The position of a data value of series (in its axes) relative to the chart's top-left.
    QPointF map(const QPointF &value, const QAbstractSeries *series) const;
    // Draws the laid-out chart 1:1 with its top-left corner at origin.
    void draw(QPainter &painter, const QPointF &origin) const;

    // Our fonts and colours on one of the chart's axes, for a drawing of target's size.
    static void styleAxis(QAbstractAxis *axis, const QRectF &target);
    // A category axis listing names in full (Qt elides long ones by default), no grid.
    static QBarCategoryAxis *categoryAxis(const QStringList &names, const QRectF &target);
    // A value axis labelled at ticks with our own text (Qt's printf formats can print "-0.0").
    static QCategoryAxis *valueAxis(const QList<double> &ticks,
                                    const std::function<QString(double)> &label,
                                    const QString &title, const QRectF &target);

private:
    std::unique_ptr<QGraphicsScene> m_scene;
    mutable QChart *m_chart; // owned by m_scene, replaced by clear()
};

} // namespace Peakend
