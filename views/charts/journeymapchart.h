#pragma once

#include "analysis/emotioncurves.h"
#include "chart.h"
#include "domain/criticalincident.h"
#include "domain/touchpoint.h"

namespace Peakend {

// The journey map: the phases and their subprocesses top to bottom, the focus vendor's
// emotion lane beside them (with its peaks), the touchpoints of each subprocess as chips in
// their channel's colour, and the critical incidents counted at their touchpoint's stage.
// Drawn upright so that every name stays readable however long the journey.
class JourneyMapChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(JourneyMapChart)

public:
    void setJourney(const QList<Subprocess> &subprocesses, const QList<Touchpoint> &touchpoints,
                    const QList<Channel> &channels, const QList<CriticalIncident> &incidents);
    // The emotion lane: one vendor's curve (index into curves.vendors), -1 for none.
    void setEmotion(const EmotionCurves &curves, int vendor);

    // Touchpoints drawn in subprocess s's row.
    QList<Touchpoint> touchpointsAt(int subprocess) const;
    // Critical incidents at subprocess s: {positive, negative}.
    QPair<int, int> incidentsAt(int subprocess) const;

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    QList<Subprocess> m_subprocesses;
    QList<Touchpoint> m_touchpoints;
    QList<Channel> m_channels;
    QList<CriticalIncident> m_incidents;
    EmotionCurves m_curves;
    int m_vendor = -1;
};

} // namespace Peakend
