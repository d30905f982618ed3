#pragma once

#include <QString>

namespace Peakend {

// A segment saved by name: which respondents it takes, as the user wrote it (see
// SegmentDefinition).
struct Segment
{
    qint64 id = 0;
    QString name;
    QString definition; // "value tier = A | B; region = North"
    int position = 0;
};

} // namespace Peakend
