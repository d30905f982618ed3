#pragma once

#include "analysis/driverimportance.h"
#include "analysis/reasonshares.h"
#include "chart.h"

#include <memory>

namespace Peakend {

class ChartCanvas;

// Like and dislike reasons per factor (DESIGN.md §2.3): shares of evaluations naming the
// factor, likes to the right and dislikes to the left with Wilson 95 % whiskers, and each
// factor's derived importance written beside it, because a factor cited often (price) can
// matter little to the overall rating.
class ReasonsChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(ReasonsChart)

public:
    ReasonsChart();
    ~ReasonsChart() override;

    void setReasons(const ReasonShares &reasons, const ImportanceResult &importance,
                    const QString &about);
    const ReasonShares &reasons() const { return m_reasons; }
    // Derived importance (% of R²) of a factor by name; NaN when not derived.
    double importanceShare(const QString &factor) const;

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    ReasonShares m_reasons;
    ImportanceResult m_importance;
    QString m_about;
    std::unique_ptr<ChartCanvas> m_canvas;
};

} // namespace Peakend
