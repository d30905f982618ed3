#pragma once

#include "analysis/channelconsistency.h"
#include "chart.h"
#include "domain/projectinfo.h"

namespace Peakend {

// Channel consistency (seed 003): per subprocess, the mean rating in each channel as a dot on
// the scale, and 1 − mean |difference| / range at the right; the least consistent first.
class ChannelConsistencyChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(ChannelConsistencyChart)

public:
    void setResult(const ChannelConsistency &result, const Scale &scale);
    // Items drawn (indices into the result), least consistent first.
    QList<int> rowOrder() const;

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    ChannelConsistency m_result;
    Scale m_scale;
};

} // namespace Peakend
