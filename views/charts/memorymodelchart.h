#pragma once

#include "analysis/memorymodel.h"
#include "chart.h"

#include <memory>

namespace Peakend {

class ChartCanvas;

// Which memory rule predicts the overall rating best (the peak-end claim made testable): R²
// of each rule's summary of a respondent's own curve against the overall rating they gave,
// the best rule highlighted, Spearman's ρ beside each bar.
class MemoryModelChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(MemoryModelChart)

public:
    MemoryModelChart();
    ~MemoryModelChart() override;

    void setResult(const MemoryModelResult &result);
    const MemoryModelResult &result() const { return m_result; }

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    MemoryModelResult m_result;
    std::unique_ptr<ChartCanvas> m_canvas;
};

} // namespace Peakend
