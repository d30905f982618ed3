#include "incidentsummary.h"

#include <cmath>

namespace Peakend {

namespace {

// Adds one incident to a tally; the answered ones' response times are kept for the median.
void add(IncidentTally &tally, std::vector<double> &responses, const CriticalIncident &incident,
         double windowHours)
{
    (incident.polarity == Polarity::Negative ? tally.negative : tally.positive) += 1;
    tally.answeredInTime += incident.responseHours <= windowHours; // NaN: false
    if (!std::isnan(incident.responseHours)) {
        ++tally.answered;
        responses.push_back(incident.responseHours);
    }
}

} // namespace

IncidentSummary IncidentSummary::compute(const QList<CriticalIncident> &incidents,
                                         const QList<Touchpoint> &touchpoints,
                                         const QList<Channel> &channels, double windowHours)
{
    IncidentSummary result;
    result.windowHours = windowHours;
    QList<IncidentCount> counts;
    for (const Touchpoint &touchpoint : touchpoints) {
        counts.append(IncidentCount());
        counts.last().touchpoint = touchpoint;
    }
    counts.append(IncidentCount()); // no touchpoint
    QList<IncidentChannelCount> channelCounts;
    for (const Channel &channel : channels) {
        channelCounts.append(IncidentChannelCount());
        channelCounts.last().channel = channel;
    }
    channelCounts.append(IncidentChannelCount()); // no channel
    std::vector<std::vector<double>> touchpointResponses(size_t(counts.size()));
    std::vector<std::vector<double>> channelResponses(size_t(channelCounts.size()));
    int inTime = 0;
    int negativeInTime = 0;
    std::vector<double> responses;
    for (const CriticalIncident &incident : incidents) {
        int row = int(counts.size()) - 1;
        for (int i = 0; i < int(touchpoints.size()); ++i) {
            if (touchpoints.at(i).id == incident.touchpointId)
                row = i;
        }
        int channelRow = int(channelCounts.size()) - 1;
        for (int c = 0; c < int(channels.size()) && row < int(touchpoints.size()); ++c) {
            if (channels.at(c).id == touchpoints.at(row).channelId)
                channelRow = c;
        }
        add(counts[row], touchpointResponses[size_t(row)], incident, windowHours);
        add(channelCounts[channelRow], channelResponses[size_t(channelRow)], incident, windowHours);
        const bool negative = incident.polarity == Polarity::Negative;
        const bool answeredInTime = incident.responseHours <= windowHours; // NaN: false
        ++result.total;
        (negative ? result.negative : result.positive) += 1;
        inTime += answeredInTime;
        negativeInTime += answeredInTime && negative;
        if (!std::isnan(incident.responseHours))
            responses.push_back(incident.responseHours);
    }
    for (int i = 0; i < counts.size(); ++i) {
        counts[i].medianResponseHours = Descriptive::quantile(touchpointResponses[size_t(i)], 0.5);
        if (counts.at(i).total() > 0)
            result.touchpoints.append(counts.at(i));
    }
    for (int c = 0; c < channelCounts.size(); ++c) {
        channelCounts[c].medianResponseHours
            = Descriptive::quantile(channelResponses[size_t(c)], 0.5);
        if (channelCounts.at(c).total() > 0 && !channels.isEmpty())
            result.channels.append(channelCounts.at(c));
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
