#pragma once

#include "chart.h"
#include "domain/kpi.h"

#include <memory>

namespace Peakend {

class ChartCanvas;

// CEM step 7: one KPI's values along its periods ("1 store" … "4 stores"), as a line.
class KpiChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(KpiChart)

public:
    KpiChart();
    ~KpiChart() override;

    // requirement: the title of the requirement it tracks (may be empty).
    void setKpi(const Kpi &kpi, const QString &requirement);

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    Kpi m_kpi;
    QString m_requirement;
    std::unique_ptr<ChartCanvas> m_canvas;
};

} // namespace Peakend
