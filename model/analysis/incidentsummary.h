#pragma once

#include "descriptive.h"
#include "domain/criticalincident.h"
#include "domain/touchpoint.h"

#include <QList>

namespace Peakend {

struct IncidentCount
{
    Touchpoint touchpoint; // id 0: incidents without a touchpoint
    int positive = 0;
    int negative = 0;
    int answeredInTime = 0;
};

// Critical incidents (seed 003): counts by touchpoint and polarity, and the share answered
// within the response window (48 hours by default; unanswered incidents are not in time).
struct IncidentSummary
{
    double windowHours = 48.0;
    int total = 0;
    int positive = 0;
    int negative = 0;
    Proportion answeredInTime;            // of all incidents
    Proportion negativeAnsweredInTime;    // of the negative ones: the complaints
    double medianResponseHours = qQNaN(); // of the answered ones
    QList<IncidentCount> touchpoints;     // in touchpoint order, those with incidents

    static IncidentSummary compute(const QList<CriticalIncident> &incidents,
                                   const QList<Touchpoint> &touchpoints, double windowHours = 48.0);
};

} // namespace Peakend
