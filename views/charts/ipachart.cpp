#include "ipachart.h"

#include "chartcanvas.h"
#include "chartstyle.h"
#include "quadrantplot.h"

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
    m_other = IpaResult();
    m_otherLabel.clear();
}

void IpaChart::setAlternative(const IpaResult &other, const QString &otherLabel)
{
    m_other = other;
    m_otherLabel = otherLabel;
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

QString IpaChart::captionText() const
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
    QStringList moved;
    bool otherPlaced = false;
    for (const IpaPoint &point : m_other.points)
        otherPlaced = otherPlaced || point.quadrant != IpaQuadrant::Unplaced;
    for (int i = 0; i < m_result.points.size() && i < m_other.points.size(); ++i) {
        const IpaQuadrant here = m_result.points.at(i).quadrant;
        const IpaQuadrant there = m_other.points.at(i).quadrant;
        if (here != IpaQuadrant::Unplaced && there != IpaQuadrant::Unplaced && here != there)
            moved.append(tr("%1 (%2)").arg(m_result.points.at(i).name,
                                           ImportancePerformance::quadrantName(there)));
    }
    if (otherPlaced)
        text += QLatin1Char(' ')
                + (moved.isEmpty() ? tr("By %1 every one stays in its quadrant.").arg(m_otherLabel)
                                   : tr("By %1 these land elsewhere: %2.")
                                         .arg(m_otherLabel, moved.join(tr(", "))));
    return text;
}

void IpaChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    QuadrantPlot plot;
    QStringList hovers;
    for (const IpaPoint &point : m_result.points) {
        if (point.quadrant == IpaQuadrant::Unplaced)
            continue;
        hovers.append(point.name + QLatin1Char('\n')
                      + tr("performance %1 · importance %2")
                            .arg(number(point.performance, 2), number(point.importance, 2))
                      + QLatin1Char('\n') + ImportancePerformance::quadrantName(point.quadrant));
        plot.points.append(
            {point.name, point.performance, point.importance,
             point.quadrant == IpaQuadrant::ConcentrateHere ? color(Role::Pain) : seriesColor(4)});
    }
    if (m_scale.isValid()) { // means and rescaled importance live on the rating scale
        plot.xFloor = m_scale.min;
        plot.xCeiling = m_scale.max;
        plot.yCeiling = m_scale.max;
    }
    plot.xSplit = m_result.performanceSplit;
    plot.ySplit = m_result.importanceSplit;
    plot.xTitle = tr("performance (mean rating)");
    plot.yTitle = tr("importance");
    plot.corners[QuadrantPlot::TopLeft]
        = ImportancePerformance::quadrantName(IpaQuadrant::ConcentrateHere);
    plot.corners[QuadrantPlot::TopRight]
        = ImportancePerformance::quadrantName(IpaQuadrant::KeepUpTheGoodWork);
    plot.corners[QuadrantPlot::BottomLeft]
        = ImportancePerformance::quadrantName(IpaQuadrant::LowPriority);
    plot.corners[QuadrantPlot::BottomRight]
        = ImportancePerformance::quadrantName(IpaQuadrant::PossibleOverkill);
    plot.tinted = QuadrantPlot::TopLeft;
    plot.tint = color(Role::Pain);
    plot.tint.setAlphaF(0.06);
    const QList<QRectF> dots = plot.render(painter, area, *m_canvas);
    for (int i = 0; i < dots.size() && i < hovers.size(); ++i)
        addHoverArea(dots.at(i).adjusted(-4, -4, 4, 4), hovers.at(i));
}

} // namespace Peakend
