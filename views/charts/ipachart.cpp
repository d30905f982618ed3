#include "ipachart.h"

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

IpaChart::IpaChart() : m_canvas(new ChartCanvas) {}

IpaChart::~IpaChart() = default;

void IpaChart::setResult(const IpaResult &result, const QString &subject,
                         const QString &importanceLabel)
{
    m_result = result;
    m_subject = subject;
    m_importanceLabel = importanceLabel;
}

QString IpaChart::title() const
{
    return tr("Importance and performance of the %1").arg(m_subject);
}

QString IpaChart::emptyReason() const
{
    for (const IpaPoint &point : m_result.points) {
        if (point.quadrant != IpaQuadrant::Unplaced)
            return QString();
    }
    return tr("No %1 with both a mean rating and an importance yet.").arg(m_subject);
}

QString IpaChart::caption() const
{
    QString text = tr("Performance: weighted mean rating. Importance: %1. Crosshairs at the %2.")
                       .arg(m_importanceLabel, m_result.crosshair == Crosshair::DataCentred
                                                   ? tr("means of the points")
                                                   : tr("middle of the scales"));
    if (!m_result.keyMoments.isEmpty()) {
        QStringList names;
        for (const int index : m_result.keyMoments)
            names.append(m_result.points.at(index).name);
        text += QLatin1Char(' ') + tr("Concentrate here: %1.").arg(names.join(tr(", ")));
    }
    return text;
}

void IpaChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    m_canvas->clear();
    QChart *chart = m_canvas->chart();
    auto *concentrate = new QScatterSeries;
    auto *others = new QScatterSeries;
    double xLow = m_result.performanceSplit, xHigh = xLow;
    double yLow = m_result.importanceSplit, yHigh = yLow;
    for (const IpaPoint &point : m_result.points) {
        if (point.quadrant == IpaQuadrant::Unplaced)
            continue;
        (point.quadrant == IpaQuadrant::ConcentrateHere ? concentrate : others)
            ->append(point.performance, point.importance);
        xLow = std::isnan(xLow) ? point.performance : std::min(xLow, point.performance);
        xHigh = std::isnan(xHigh) ? point.performance : std::max(xHigh, point.performance);
        yLow = std::isnan(yLow) ? point.importance : std::min(yLow, point.importance);
        yHigh = std::isnan(yHigh) ? point.importance : std::max(yHigh, point.importance);
    }
    const double size = textSize(area) * 0.9;
    for (QScatterSeries *series : {others, concentrate}) {
        series->setMarkerSize(size);
        series->setBorderColor(Qt::white);
        series->setColor(series == concentrate ? color(Role::Pain) : seriesColor(4));
        chart->addSeries(series);
    }
    const auto axis = [&](double low, double high, const QString &title) {
        const double pad = std::max(0.05, (high - low) * 0.15);
        // Importance and ratings below zero do not exist: no axis room for them.
        const QList<double> ticks
            = niceTicks(low >= 0 ? std::max(0.0, low - pad) : low - pad, high + pad, 6);
        return ChartCanvas::valueAxis(
            ticks,
            [](double tick) {
                return number(tick, std::fabs(tick - std::round(tick)) < 1e-9 ? 0 : 1);
            },
            title, area);
    };
    QCategoryAxis *xAxis = axis(xLow, xHigh, tr("performance (mean rating)"));
    QCategoryAxis *yAxis = axis(yLow, yHigh, tr("importance"));
    for (QScatterSeries *series : {others, concentrate})
        m_canvas->attach(series, xAxis, yAxis);
    m_canvas->layout(area.size());
    const QRectF plot = m_canvas->plotArea().translated(area.topLeft());
    const auto at = [&](double x, double y) {
        return m_canvas->map(QPointF(x, y), others) + area.topLeft();
    };
    const QPointF cross = at(m_result.performanceSplit, m_result.importanceSplit);

    // Quadrant names in the corners, the "concentrate here" quadrant tinted.
    QColor tint = color(Role::Pain);
    tint.setAlphaF(0.06);
    painter.fillRect(QRectF(plot.topLeft(), QPointF(cross.x(), cross.y())), tint);
    painter.setFont(font(area, 0.9, true));
    painter.setPen(color(Role::Muted));
    const double inset = textSize(area) * 0.4;
    painter.drawText(plot.adjusted(inset, inset, -inset, -inset), Qt::AlignLeft | Qt::AlignTop,
                     ImportancePerformance::quadrantName(IpaQuadrant::ConcentrateHere));
    painter.drawText(plot.adjusted(inset, inset, -inset, -inset), Qt::AlignRight | Qt::AlignTop,
                     ImportancePerformance::quadrantName(IpaQuadrant::KeepUpTheGoodWork));
    painter.drawText(plot.adjusted(inset, inset, -inset, -inset), Qt::AlignLeft | Qt::AlignBottom,
                     ImportancePerformance::quadrantName(IpaQuadrant::LowPriority));
    painter.drawText(plot.adjusted(inset, inset, -inset, -inset), Qt::AlignRight | Qt::AlignBottom,
                     ImportancePerformance::quadrantName(IpaQuadrant::PossibleOverkill));

    m_canvas->draw(painter, area.topLeft());
    painter.setPen(QPen(color(Role::Axis), 1.5, Qt::DashLine));
    painter.drawLine(QPointF(cross.x(), plot.top()), QPointF(cross.x(), plot.bottom()));
    painter.drawLine(QPointF(plot.left(), cross.y()), QPointF(plot.right(), cross.y()));

    const QFont labelFont = font(area, 0.8);
    const QFontMetricsF metrics(labelFont);
    painter.setFont(labelFont);
    QList<QRectF> placed;
    for (const IpaPoint &point : m_result.points) {
        if (point.quadrant == IpaQuadrant::Unplaced)
            continue;
        const QPointF p = at(point.performance, point.importance);
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
        painter.setPen(point.quadrant == IpaQuadrant::ConcentrateHere
                           ? color(Role::Pain).darker(130)
                           : color(Role::Text));
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, point.name);
    }
}

} // namespace Peakend
