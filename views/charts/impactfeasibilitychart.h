#pragma once

#include "analysis/cemsteps.h"
#include "chart.h"

#include <memory>

namespace Peakend {

class ChartCanvas;

// CEM step 6: each requirement placed by its feasibility (mean of strategic fit and the
// readiness of people, process and technology, 1–5) and its impact (priority Σ |G| × I), split
// at the middle score and the mean priority into quick wins, major projects, fill-ins and
// those to reconsider; coloured by the decision taken.
class ImpactFeasibilityChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(ImpactFeasibilityChart)

public:
    ImpactFeasibilityChart();
    ~ImpactFeasibilityChart() override;

    void setSteps(const CemSteps &steps);

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    CemSteps m_steps;
    std::unique_ptr<ChartCanvas> m_canvas;
};

} // namespace Peakend
