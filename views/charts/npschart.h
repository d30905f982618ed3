#pragma once

#include "analysis/netpromoterscore.h"
#include "chart.h"

#include <memory>

namespace Peakend {

class ChartCanvas;

// Net Promoter Score (DESIGN.md §2.5): the score with its confidence interval, and the 0–10
// answers as bars coloured detractor (0–6), passive (7–8) and promoter (9–10).
class NpsChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(NpsChart)

public:
    NpsChart();
    ~NpsChart() override;

    // about: whose score it is ("all vendors", a vendor's name).
    void setResult(const NpsResult &result, const QString &about);
    const NpsResult &result() const { return m_result; }

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    NpsResult m_result;
    QString m_about;
    std::unique_ptr<ChartCanvas> m_canvas;
};

} // namespace Peakend
