#pragma once

#include "analysis/incidentsummary.h"
#include "chart.h"

namespace Peakend {

// Seed 003: critical incidents must be answered fast. Per touchpoint, then per channel, the
// share of its incidents answered within the response window (48 hours) as a bar, with the
// count and the median response time of the answered ones beside it.
class IncidentResponseChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(IncidentResponseChart)

public:
    void setSummary(const IncidentSummary &summary);

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    struct Row
    {
        QString name;
        IncidentTally tally;
        bool heading = false;
    };
    QList<Row> rows() const;

    IncidentSummary m_summary;
};

} // namespace Peakend
