#include "quadrantplot.h"

#include "chartcanvas.h"
#include "chartstyle.h"
#include "labelplacer.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace Peakend {

using namespace ChartStyle;

QList<QRectF> QuadrantPlot::render(QPainter &painter, const QRectF &area,
                                   const ChartCanvas &canvas) const
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
    const auto axis
        = [&](double low, double high, const QString &title, double floor, double ceiling) {
              const double pad = std::max(0.05, (high - low) * 0.15);
              // Scores, ratings and importance below zero do not exist: no axis room for them; nor
              // past the ends of the scale.
              double from = low >= 0 ? std::max(0.0, low - pad) : low - pad;
              double to = high + pad;
              if (!std::isnan(floor))
                  from = std::max(from, floor);
              if (!std::isnan(ceiling))
                  to = std::min(to, ceiling);
              QList<double> ticks = niceTicks(from, to, 6);
              if (!std::isnan(ceiling) && !ticks.isEmpty() && ticks.constLast() > ceiling + 1e-9)
                  ticks.last() = ceiling;
              if (!std::isnan(floor) && !ticks.isEmpty() && ticks.constFirst() < floor - 1e-9)
                  ticks.first() = floor;
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
                                  : axis(xLow, xHigh, xTitle, xFloor, xCeiling);
    QCategoryAxis *yAxis
        = axis(std::isnan(yMin) ? yLow : std::min(yLow, yMin), yHigh, yTitle, qQNaN(), yCeiling);
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

    // Labels where they cover no other label, dot or quadrant name and stay in the plot:
    // beside the dot if there is room, else at the nearest free place with a leader line.
    // The key points (the tinted quadrant), then the most important, choose first.
    const QFont labelFont = font(area, 0.8);
    const QFontMetricsF metrics(labelFont);
    painter.setFont(labelFont);
    LabelPlacer placer(plot);
    QList<QRectF> dots;
    for (const Point &point : points) {
        const QPointF p = at(point.x, point.y);
        dots.append(QRectF(p.x() - size / 2, p.y() - size / 2, size, size));
        placer.take(dots.constLast());
    }
    for (int corner = 0; corner < 4; ++corner) {
        const int flags = (corner % 2 ? Qt::AlignRight : Qt::AlignLeft)
                          | (corner < 2 ? Qt::AlignTop : Qt::AlignBottom);
        placer.take(
            QFontMetricsF(font(area, 0.9, true)).boundingRect(inner, flags, corners[corner]));
    }
    QList<int> order(points.size());
    std::iota(order.begin(), order.end(), 0);
    const QRectF &key = quadrants[tinted];
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool keyA = key.normalized().contains(at(points.at(a).x, points.at(a).y));
        const bool keyB = key.normalized().contains(at(points.at(b).x, points.at(b).y));
        return keyA != keyB ? keyA : points.at(a).y > points.at(b).y;
    });
    const double gap = size * 0.6;
    using Side = LabelPlacer::Side;
    for (const int index : std::as_const(order)) {
        const Point &point = points.at(index);
        const QPointF p = at(point.x, point.y);
        const QSizeF box(metrics.horizontalAdvance(point.name) + 2, metrics.height());
        const std::optional<QRectF> found
            = placer.place(p, box, gap, {Side::Right, Side::Left, Side::Above, Side::Below},
                           metrics.height() * 1.1);
        if (!found)
            continue; // no room anywhere: the dot stays unlabelled
        const QRectF rect = *found;
        if (!rect.adjusted(-gap * 1.5, -gap * 1.5, gap * 1.5, gap * 1.5).contains(p)) {
            const QPointF end(std::clamp(p.x(), rect.left(), rect.right()),
                              std::clamp(p.y(), rect.top(), rect.bottom()));
            painter.setPen(QPen(color(Role::Muted), 1.0));
            painter.drawLine(p, end);
        }
        QColor halo = color(Role::Background);
        halo.setAlphaF(0.8);
        painter.fillRect(rect, halo); // readable where it sits on a mean line
        painter.setPen(point.color.darker(130));
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, point.name);
    }
    return dots;
}

} // namespace Peakend
