#pragma once

#include <QString>

namespace Peakend {

// Own company or a competitor.
struct Vendor
{
    qint64 id = 0;
    QString name;
    bool isOwn = false;
    QString color; // "#rrggbb", empty: the chart palette decides
    int position = 0;
};

} // namespace Peakend
