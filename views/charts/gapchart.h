#pragma once

#include "analysis/cemsteps.h"
#include "chart.h"
#include "domain/projectinfo.h"

namespace Peakend {

// The seven-step figure (DESIGN.md §2.4), one row per factor: experience X, expectation E,
// satisfaction S = X − E (diverging around 0), importance I, weighted satisfaction W = I × S
// (the key experiences highlighted), ideal D and gap G = X − D. Drawn with QPainter: it is a
// table of small bars, which no Qt Charts series draws.
class GapChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(GapChart)

public:
    enum Column { Experience, Expectation, Satisfaction, Importance, Weighted, Ideal, Gap };
    static constexpr int columnCount = 7;

    void setSteps(const CemSteps &steps, const Scale &scale, const QString &cycleName);
    const CemSteps &steps() const { return m_steps; }

    static QString columnName(Column column);
    // The value drawn in a cell; NaN when the step has no value there.
    double value(int factor, Column column) const;
    // Factors drawn as key experiences, by name.
    QStringList keyExperiences() const;

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    CemSteps m_steps;
    Scale m_scale;
    QString m_cycleName;
};

} // namespace Peakend
