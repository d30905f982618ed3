#include "impactfeasibilitychart.h"

#include "chartcanvas.h"
#include "chartstyle.h"
#include "itemmodels/draftrequirementsmodel.h"
#include "quadrantplot.h"

#include <cmath>

namespace Peakend {

using namespace ChartStyle;

ImpactFeasibilityChart::ImpactFeasibilityChart() : m_canvas(new ChartCanvas) {}

ImpactFeasibilityChart::~ImpactFeasibilityChart() = default;

void ImpactFeasibilityChart::setSteps(const CemSteps &steps)
{
    m_steps = steps;
}

QString ImpactFeasibilityChart::title() const
{
    return tr("Impact and feasibility of the requirements");
}

QString ImpactFeasibilityChart::emptyReason() const
{
    for (const CemRequirementRow &row : m_steps.requirements) {
        if (row.quadrant != ImpactFeasibility::Unplaced)
            return QString();
    }
    return tr("No requirement with both a priority (its factors' gaps and importance) and at "
              "least one alignment score yet.");
}

QString ImpactFeasibilityChart::captionText() const
{
    return tr("Impact: priority Σ |G| × I over the factors a requirement closes, split at the "
              "mean (%1). Feasibility: mean of strategic fit and the readiness of people, "
              "process and technology (1–5), split at %2. Colour: the decision.")
        .arg(number(m_steps.prioritySplit, 1), number(CemSteps::feasibilitySplit, 0));
}

void ImpactFeasibilityChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    QuadrantPlot plot;
    QStringList hovers;
    for (const CemRequirementRow &row : m_steps.requirements) {
        if (row.quadrant == ImpactFeasibility::Unplaced)
            continue;
        hovers.append(row.requirement.title + QLatin1Char('\n')
                      + tr("impact %1 · feasibility %2")
                            .arg(number(row.priority, 1), number(row.feasibility, 2))
                      + QLatin1Char('\n') + DraftRequirementsModel::quadrantName(row.quadrant)
                      + QLatin1Char('\n')
                      + DraftRequirementsModel::decisionName(row.requirement.decision));
        QColor dot;
        switch (row.requirement.decision) {
        case Decision::Do:
            dot = color(Role::Pleasure);
            break;
        case Decision::Later:
            dot = seriesColor(1);
            break;
        case Decision::Drop:
            dot = color(Role::Faded);
            break;
        case Decision::Undecided:
            dot = seriesColor(4);
            break;
        }
        plot.points.append({QStringLiteral("%1 (%2)").arg(
                                row.requirement.title,
                                DraftRequirementsModel::decisionName(row.requirement.decision)),
                            row.feasibility, row.priority, dot});
    }
    plot.xSplit = CemSteps::feasibilitySplit;
    plot.ySplit = m_steps.prioritySplit;
    plot.xMin = 1.0;
    plot.xMax = 5.0;
    plot.yMin = 0.0;
    plot.xTitle = tr("feasibility (1–5)");
    plot.yTitle = tr("impact (priority)");
    plot.corners[QuadrantPlot::TopLeft]
        = DraftRequirementsModel::quadrantName(ImpactFeasibility::MajorProject);
    plot.corners[QuadrantPlot::TopRight]
        = DraftRequirementsModel::quadrantName(ImpactFeasibility::QuickWin);
    plot.corners[QuadrantPlot::BottomLeft]
        = DraftRequirementsModel::quadrantName(ImpactFeasibility::Reconsider);
    plot.corners[QuadrantPlot::BottomRight]
        = DraftRequirementsModel::quadrantName(ImpactFeasibility::FillIn);
    plot.tinted = QuadrantPlot::TopRight;
    plot.tint = color(Role::Pleasure);
    plot.tint.setAlphaF(0.08);
    const QList<QRectF> dots = plot.render(painter, area, *m_canvas);
    for (int i = 0; i < dots.size() && i < hovers.size(); ++i)
        addHoverArea(dots.at(i).adjusted(-4, -4, 4, 4), hovers.at(i));
}

} // namespace Peakend
