#include "quadrantplot.h"

#include "chartcanvas.h"
#include "chartstyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

void QuadrantPlot::render(QPainter &painter, const QRectF &area, const ChartCanvas &canvas) const
{
    canvas.clear();
    QChart *chart = canvas.chart();
    double xLow = xSplit, xHigh = xSplit, yLow = ySplit, yHigh = ySplit;
    const double size = textSize(area) * 0.9;
    QList<QScatterSeries *> series;
    for (const Point &point : points) {
        xLow = std::min(xLow, point.x);
        xHigh = std::max(xHigh, point.x);
        yLow = std::min(yLow, point.y);
        yHigh = std::max(yHigh, point.y);
        auto *dot = new QScatterSeries;
        dot->append(point.x, point.y);
        dot->setMarkerSize(size);
        dot->setBorderColor(Qt::white);
        dot->setColor(point.color);
        chart->addSeries(dot);
        series.append(dot);
    }
    const auto axis = [&](double low, double high, const QString &title) {
        const double pad = std::max(0.05, (high - low) * 0.15);
        // Scores, ratings and importance below zero do not exist: no axis room for them.
        const QList<double> ticks
            = niceTicks(low >= 0 ? std::max(0.0, low - pad) : low - pad, high + pad, 6);
        return ChartCanvas::valueAxis(
            ticks,
            [](double tick) {
                return number(tick, std::fabs(tick - std::round(tick)) < 1e-9 ? 0 : 1);
            },
            title, area);
    };
    const bool fixedX = !std::isnan(xMin) && !std::isnan(xMax);
    QCategoryAxis *xAxis = fixedX ? ChartCanvas::valueAxis(
                               niceTicks(xMin, xMax, int(std::round(xMax - xMin))),
                               [](double tick) { return number(tick, 0); }, xTitle, area)
                                  : axis(xLow, xHigh, xTitle);
    QCategoryAxis *yAxis = axis(std::isnan(yMin) ? yLow : std::min(yLow, yMin), yHigh, yTitle);
    auto *anchor = new QScatterSeries; // the axes need a series even with no points
    chart->addSeries(anchor);
    canvas.attach(anchor, xAxis, yAxis);
    for (QScatterSeries *dot : std::as_const(series))
        canvas.attach(dot, xAxis, yAxis);
    canvas.layout(area.size());
    const QRectF plot = canvas.plotArea().translated(area.topLeft());
    const auto at = [&](double x, double y) {
        return canvas.map(QPointF(x, y), anchor) + area.topLeft();
    };
    const QPointF cross = at(xSplit, ySplit);

    const QRectF quadrants[4]
        = {QRectF(plot.topLeft(), cross), QRectF(cross, plot.topRight()),
           QRectF(plot.bottomLeft(), cross), QRectF(cross, plot.bottomRight())};
    painter.fillRect(quadrants[tinted].normalized(), tint);
    painter.setFont(font(area, 0.9, true));
    painter.setPen(color(Role::Muted));
    const double inset = textSize(area) * 0.4;
    const QRectF inner = plot.adjusted(inset, inset, -inset, -inset);
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, corners[TopLeft]);
    painter.drawText(inner, Qt::AlignRight | Qt::AlignTop, corners[TopRight]);
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, corners[BottomLeft]);
    painter.drawText(inner, Qt::AlignRight | Qt::AlignBottom, corners[BottomRight]);

    canvas.draw(painter, area.topLeft());
    painter.setPen(QPen(color(Role::Axis), 1.5, Qt::DashLine));
    painter.drawLine(QPointF(cross.x(), plot.top()), QPointF(cross.x(), plot.bottom()));
    painter.drawLine(QPointF(plot.left(), cross.y()), QPointF(plot.right(), cross.y()));

    const QFont labelFont = font(area, 0.8);
    const QFontMetricsF metrics(labelFont);
    painter.setFont(labelFont);
    QList<QRectF> placed;
    for (const Point &point : points) {
        const QPointF p = at(point.x, point.y);
        QRectF box(QPointF(p.x() + size * 0.6, p.y() - metrics.height() / 2),
                   QSizeF(metrics.horizontalAdvance(point.name) + 2, metrics.height()));
        if (box.right() > plot.right())
            box.moveRight(p.x() - size * 0.6);
        for (int tries = 0; tries < 4; ++tries) {
            const auto clash
                = std::find_if(placed.cbegin(), placed.cend(),
                               [&](const QRectF &other) { return other.intersects(box); });
            if (clash == placed.cend())
                break;
            box.moveTop(clash->bottom() + 1);
        }
        placed.append(box);
        QColor halo = color(Role::Background);
        halo.setAlphaF(0.8);
        painter.fillRect(box, halo); // readable where it sits on a mean line
        painter.setPen(point.color.darker(130));
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, point.name);
    }
}

} // namespace Peakend
