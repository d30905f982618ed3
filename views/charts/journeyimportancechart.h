#pragma once

#include "analysis/driverimportance.h"
#include "analysis/emotioncurves.h"
#include "chart.h"

namespace Peakend {

// Importance along the journey: one vendor's emotion curve above, each subprocess's derived
// importance (% of R²) as a bar below it on the same columns, so that a pain peak at an
// important stage stands out from one at a stage nobody weighs.
class JourneyImportanceChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(JourneyImportanceChart)

public:
    void setData(const EmotionCurves &curves, int vendor, const ImportanceResult &importance);
    // % of R² of subprocess s (NaN when not derived).
    double importanceAt(int subprocess) const;
    // The subprocess where importance × pain is largest: the one to fix first; -1 if none.
    int criticalSubprocess() const;

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    EmotionCurves m_curves;
    int m_vendor = -1;
    ImportanceResult m_importance;
};

} // namespace Peakend
