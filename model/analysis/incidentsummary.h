#pragma once

#include "descriptive.h"
#include "domain/criticalincident.h"
#include "domain/touchpoint.h"

#include <QList>

namespace Peakend {

// The incidents at one place: how many, how many answered within the window, and the median
// response time of the answered ones.
struct IncidentTally
{
    int positive = 0;
    int negative = 0;
    int answeredInTime = 0;
    int answered = 0;
    double medianResponseHours = qQNaN();

    int total() const { return positive + negative; }
    double inTimeShare() const { return total() > 0 ? double(answeredInTime) / total() : qQNaN(); }
};

struct IncidentCount : IncidentTally
{
    Touchpoint touchpoint; // id 0: incidents without a touchpoint
};

struct IncidentChannelCount : IncidentTally
{
    Channel channel; // id 0: touchpoints without a channel, or incidents without a touchpoint
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
    QList<IncidentChannelCount> channels; // in channel order, those with incidents

    static IncidentSummary compute(const QList<CriticalIncident> &incidents,
                                   const QList<Touchpoint> &touchpoints,
                                   const QList<Channel> &channels = {}, double windowHours = 48.0);
};

} // namespace Peakend
