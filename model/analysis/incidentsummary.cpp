#include "incidentsummary.h"

#include <cmath>

namespace Peakend {

IncidentSummary IncidentSummary::compute(const QList<CriticalIncident> &incidents,
                                         const QList<Touchpoint> &touchpoints, double windowHours)
{
    IncidentSummary result;
    result.windowHours = windowHours;
    QList<IncidentCount> counts;
    for (const Touchpoint &touchpoint : touchpoints)
        counts.append(IncidentCount{touchpoint});
    counts.append(IncidentCount()); // no touchpoint
    int inTime = 0;
    int negativeInTime = 0;
    std::vector<double> responses;
    for (const CriticalIncident &incident : incidents) {
        int row = int(counts.size()) - 1;
        for (int i = 0; i < int(touchpoints.size()); ++i) {
            if (touchpoints.at(i).id == incident.touchpointId)
                row = i;
        }
        IncidentCount &count = counts[row];
        const bool negative = incident.polarity == Polarity::Negative;
        const bool answeredInTime = incident.responseHours <= windowHours; // NaN: false
        ++result.total;
        (negative ? result.negative : result.positive) += 1;
        (negative ? count.negative : count.positive) += 1;
        count.answeredInTime += answeredInTime;
        inTime += answeredInTime;
        negativeInTime += answeredInTime && negative;
        if (!std::isnan(incident.responseHours))
            responses.push_back(incident.responseHours);
    }
    for (const IncidentCount &count : std::as_const(counts)) {
        if (count.positive + count.negative > 0)
            result.touchpoints.append(count);
    }
    result.answeredInTime = Descriptive::wilson(inTime, result.total, result.total);
    result.answeredInTime.n = result.total;
    result.negativeAnsweredInTime
        = Descriptive::wilson(negativeInTime, result.negative, result.negative);
    result.negativeAnsweredInTime.n = result.negative;
    result.medianResponseHours = Descriptive::quantile(responses, 0.5);
    return result;
}

} // namespace Peakend
