#include "journeyimportancechart.h"

#include "categorylabels.h"
#include "chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

void JourneyImportanceChart::setData(const EmotionCurves &curves, int vendor,
                                     const ImportanceResult &importance)
{
    m_curves = curves;
    m_vendor = vendor;
    m_importance = importance;
}

double JourneyImportanceChart::importanceAt(int subprocess) const
{
    const QString &name = m_curves.subprocesses.at(subprocess).name;
    for (const DriverImportanceRow &row : m_importance.drivers) {
        if (row.name == name)
            return m_importance.hasShapley ? row.shapleyShare : row.relativeWeightShare;
    }
    return qQNaN();
}

int JourneyImportanceChart::criticalSubprocess() const
{
    if (m_vendor < 0)
        return -1;
    int worst = -1;
    double worstScore = 0.0;
    for (int s = 0; s < m_curves.subprocesses.size(); ++s) {
        const double e = m_curves.vendors.at(m_vendor).cells.at(s).e;
        const double importance = importanceAt(s);
        if (std::isnan(e) || std::isnan(importance) || e >= 0)
            continue;
        if (e * importance < worstScore) {
            worstScore = e * importance;
            worst = s;
        }
    }
    return worst;
}

QString JourneyImportanceChart::title() const
{
    return tr("Importance along the journey");
}

QString JourneyImportanceChart::emptyReason() const
{
    if (m_vendor < 0)
        return tr("No emotion curve to draw: import a survey wave or enter workshop ratings.");
    if (!m_importance.isValid() || m_importance.drivers.isEmpty())
        return m_importance.error.isEmpty()
                   ? tr("No derived importance: the survey needs overall satisfaction.")
                   : m_importance.error;
    return QString();
}

QString JourneyImportanceChart::captionText() const
{
    QString text = tr("Curve: %1. Bars: derived importance of each subprocess (%2, % of R²).")
                       .arg(m_curves.vendors.at(m_vendor).vendor.name,
                            m_importance.hasShapley ? tr("Shapley / LMG") : tr("relative weights"));
    const int critical = criticalSubprocess();
    if (critical >= 0)
        text += QLatin1Char(' ')
                + tr("Fix first: “%1”, below the line where customers weigh it most.")
                      .arg(m_curves.subprocesses.at(critical).name);
    return text;
}

void JourneyImportanceChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    const int count = int(m_curves.subprocesses.size());
    const VendorCurve &curve = m_curves.vendors.at(m_vendor);
    const QFont text = font(area, 0.8);
    const QFontMetricsF metrics(text);
    const double axisWidth = metrics.horizontalAdvance(QStringLiteral("−00 %")) + 10;
    const double slot = (area.width() - axisWidth) / std::max(1, count);
    QStringList names;
    for (const Subprocess &subprocess : m_curves.subprocesses)
        names.append(subprocess.name);
    const CategoryLabels labels(names, text, slot);
    const double left = area.left() + std::max(axisWidth, labels.leftOverhang() - slot / 2);
    const double width = area.right() - left;
    const double column = width / std::max(1, count);
    const double usable = area.height() - labels.height();
    const QRectF top(left, area.top(), width, usable * 0.55);
    const QRectF bottom(left, top.bottom() + metrics.height(), width,
                        usable * 0.45 - metrics.height());
    const auto centre = [&](int s) {
        return left + (s + 0.5) * column;
    };

    // Curve.
    double extent = 0.5;
    for (const CurveCell &cell : curve.cells) {
        if (!std::isnan(cell.e))
            extent = std::max(extent, std::fabs(cell.e));
    }
    QList<double> ticks = niceTicks(-extent, extent, 4);
    if (ticks.isEmpty()) // no finite values to show
        ticks = {-1.0, 0.0, 1.0};
    const double span = std::max(-ticks.first(), ticks.last());
    const auto y = [&](double e) {
        return top.center().y() - e / span * top.height() / 2;
    };
    painter.setFont(text);
    for (const double tick : ticks) {
        painter.setPen(tick == 0.0 ? QPen(color(Role::Text), 1.2) : QPen(color(Role::Grid), 1));
        painter.drawLine(QPointF(left, y(tick)), QPointF(area.right(), y(tick)));
        painter.setPen(color(Role::Text));
        painter.drawText(QRectF(area.left(), y(tick) - metrics.height() / 2, left - area.left() - 6,
                                metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         signedNumber(tick, tick == std::round(tick) ? 0 : 1));
    }
    QPainterPath path;
    bool started = false;
    for (int s = 0; s < count; ++s) {
        const double e = curve.cells.at(s).e;
        if (std::isnan(e))
            continue;
        started ? path.lineTo(centre(s), y(e)) : path.moveTo(centre(s), y(e));
        started = true;
    }
    painter.setPen(QPen(vendorColor(curve.vendor, m_vendor), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    const int critical = criticalSubprocess();
    const double radius = metrics.height() * 0.3;
    for (int s = 0; s < count; ++s) {
        const double e = curve.cells.at(s).e;
        if (std::isnan(e))
            continue;
        const bool pleasure = s == curve.shape.pleasurePeak;
        const bool pain = s == curve.shape.painPeak;
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(pleasure ? color(Role::Pleasure)
                         : pain   ? color(Role::Pain)
                                  : vendorColor(curve.vendor, m_vendor));
        painter.drawEllipse(QPointF(centre(s), y(e)), pleasure || pain ? radius * 1.6 : radius,
                            pleasure || pain ? radius * 1.6 : radius);
    }

    // Importance bars.
    double highest = 1.0;
    for (int s = 0; s < count; ++s) {
        const double importance = importanceAt(s);
        if (!std::isnan(importance))
            highest = std::max(highest, importance);
    }
    QList<double> barTicks = niceTicks(0, highest, 3);
    if (barTicks.isEmpty())
        barTicks = {0.0, 1.0};
    const double barTop = barTicks.last();
    const auto barY = [&](double value) {
        return bottom.bottom() - value / barTop * bottom.height();
    };
    for (const double tick : barTicks) {
        painter.setPen(QPen(color(Role::Grid), 1));
        painter.drawLine(QPointF(left, barY(tick)), QPointF(area.right(), barY(tick)));
        painter.setPen(color(Role::Text));
        painter.drawText(QRectF(area.left(), barY(tick) - metrics.height() / 2,
                                left - area.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tr("%1 %").arg(number(tick, 0)));
    }
    for (int s = 0; s < count; ++s) {
        const double importance = importanceAt(s);
        if (std::isnan(importance))
            continue;
        const QRectF bar(centre(s) - column * 0.32, barY(importance), column * 0.64,
                         bottom.bottom() - barY(importance));
        painter.fillRect(bar, s == critical ? color(Role::Pain) : seriesColor(4));
    }
    QList<double> centres;
    for (int s = 0; s < count; ++s) {
        centres.append(centre(s));
        const CurveCell &cell = curve.cells.at(s);
        QString hover
            = m_curves.subprocesses.at(s).name + QLatin1Char('\n') + summaryText(cell.rating, 2);
        if (!std::isnan(cell.e))
            hover += QLatin1Char('\n') + tr("e %1").arg(signedNumber(cell.e, 2));
        if (!std::isnan(importanceAt(s)))
            hover
                += QLatin1Char('\n') + tr("importance %1 % of R²").arg(number(importanceAt(s), 1));
        addHoverArea(QRectF(left + s * column, top.top(), column, bottom.bottom() - top.top()),
                     hover);
    }
    painter.setPen(color(Role::Text));
    labels.draw(painter, centres, bottom.bottom());
}

} // namespace Peakend
