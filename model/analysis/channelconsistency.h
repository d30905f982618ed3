#pragma once

#include <QList>
#include <QStringList>
#include <QtNumeric>

namespace Peakend {

struct ChannelConsistencyItem
{
    QString name;
    QList<double> means;          // per channel; NaN: not offered there
    int channels = 0;             // channels with a mean
    double consistency = qQNaN(); // NaN below two channels
};

// Seed 003: the same touchpoint should feel the same in every channel.
// consistency = 1 − mean over channel pairs |mean A − mean B| / (scale max − scale min).
struct ChannelConsistency
{
    QStringList channels;
    QList<ChannelConsistencyItem> items;
    double overall = qQNaN(); // mean over the items present in two or more channels

    // means: items × channels, row-major.
    static ChannelConsistency compute(const QStringList &items, const QStringList &channels,
                                      const QList<double> &means, double scaleMin, double scaleMax);
};

} // namespace Peakend
