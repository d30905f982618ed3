#pragma once

#include <QString>

namespace Peakend {

struct Channel
{
    qint64 id = 0;
    QString name;
};

// Where the customer meets the company, in one channel, during one subprocess.
struct Touchpoint
{
    qint64 id = 0;
    QString name;
    qint64 channelId = 0;    // 0: none
    qint64 subprocessId = 0; // 0: none
    int position = 0;
};

} // namespace Peakend
