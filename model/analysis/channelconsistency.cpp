#include "channelconsistency.h"

#include <cmath>

namespace Peakend {

ChannelConsistency ChannelConsistency::compute(const QStringList &items,
                                               const QStringList &channels,
                                               const QList<double> &means, double scaleMin,
                                               double scaleMax)
{
    ChannelConsistency result;
    result.channels = channels;
    const int channelCount = int(channels.size());
    double sum = 0.0;
    int counted = 0;
    for (int i = 0; i < int(items.size()); ++i) {
        ChannelConsistencyItem item;
        item.name = items.at(i);
        item.means = means.mid(i * channelCount, channelCount);
        double differences = 0.0;
        int pairs = 0;
        for (int a = 0; a < channelCount; ++a) {
            if (std::isnan(item.means.at(a)))
                continue;
            ++item.channels;
            for (int b = a + 1; b < channelCount; ++b) {
                if (std::isnan(item.means.at(b)))
                    continue;
                differences += std::abs(item.means.at(a) - item.means.at(b));
                ++pairs;
            }
        }
        if (pairs > 0) {
            item.consistency = 1.0 - differences / pairs / (scaleMax - scaleMin);
            sum += item.consistency;
            ++counted;
        }
        result.items.append(item);
    }
    if (counted > 0)
        result.overall = sum / counted;
    return result;
}

} // namespace Peakend
