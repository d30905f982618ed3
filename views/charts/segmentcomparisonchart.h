#pragma once

#include "analysis/segmentcomparison.h"
#include "chart.h"
#include "domain/subprocess.h"

#include <optional>

namespace Peakend {

// Segment A against segment B for one vendor: overall satisfaction and every subprocess of the
// curve as A − B with its 95 % Welch interval (a dot and a whisker about zero, coloured where
// the interval leaves out zero), NPS of both in the caption.
class SegmentComparisonChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(SegmentComparisonChart)

public:
    // vendor: index into the comparison's vendors (-1: none).
    void setComparison(const std::optional<SegmentComparison> &comparison,
                       const QList<Subprocess> &subprocesses, int vendor);

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    const SegmentVendorComparison *shown() const;

    std::optional<SegmentComparison> m_comparison;
    QList<Subprocess> m_subprocesses;
    int m_vendor = -1;
};

} // namespace Peakend
