#pragma once

#include "analysis/importanceperformance.h"
#include "chart.h"
#include "domain/projectinfo.h"

#include <memory>

namespace Peakend {

class ChartCanvas;

// Importance–performance analysis (Martilla & James 1977): one labelled point per driver,
// crosshairs at the splits and the four quadrants named; the "concentrate here" points are
// drawn in the pain colour.
class IpaChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(IpaChart)

public:
    IpaChart();
    ~IpaChart() override;

    // importanceLabel says where importance comes from ("derived, LMG" / "stated").
    void setResult(const IpaResult &result, const QString &subject, const QString &importanceLabel);
    // The same drivers placed by another importance (stated beside derived): the caption
    // names those that land in another quadrant there.
    void setAlternative(const IpaResult &other, const QString &otherLabel);
    const IpaResult &result() const { return m_result; }
    // The rating scale the means and the rescaled importance are on: the axes end there.
    void setScale(const Scale &scale) { m_scale = scale; }

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    IpaResult m_result;
    QString m_subject;
    QString m_importanceLabel;
    IpaResult m_other;
    QString m_otherLabel;
    Scale m_scale{qQNaN(), qQNaN(), qQNaN()};
    std::unique_ptr<ChartCanvas> m_canvas;
};

} // namespace Peakend
