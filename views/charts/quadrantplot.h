#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Peakend {

class ChartCanvas;

// A scatter of named points split into four quadrants by crosshairs, each quadrant named in its
// corner and one of them tinted: what the importance–performance chart and step 6's
// impact × feasibility matrix share.
struct QuadrantPlot
{
    struct Point
    {
        QString name;
        double x = 0.0;
        double y = 0.0;
        QColor color;
    };
    enum Corner { TopLeft, TopRight, BottomLeft, BottomRight };

    QList<Point> points; // only placed points
    double xSplit = 0.0;
    double ySplit = 0.0;
    QString xTitle;
    QString yTitle;
    QString corners[4];
    Corner tinted = TopLeft;
    QColor tint;
    double xMin = qQNaN(); // a fixed horizontal range (a 1–5 score); NaN: around the points
    double xMax = qQNaN();
    double yMin = qQNaN(); // where the vertical axis starts at the latest (0 for priorities)
    // Bounds the axes never pass (a rating scale): NaN for none.
    double xFloor = qQNaN();
    double xCeiling = qQNaN();
    double yCeiling = qQNaN();

    // Returns each point's dot, in points' order, for hovering.
    QList<QRectF> render(QPainter &painter, const QRectF &area, const ChartCanvas &canvas) const;
};

} // namespace Peakend
