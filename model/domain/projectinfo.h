#pragma once

#include <QDateTime>
#include <QString>

namespace Peakend {

// The rating scale every subprocess and factor rating is on (DESIGN.md §2.1).
struct Scale
{
    double min = 1.0;
    double max = 10.0;
    double neutral = 5.5;

    bool isValid() const { return min < max && neutral >= min && neutral <= max; }
    bool contains(double value) const { return value >= min && value <= max; }
};

struct ProjectInfo
{
    QString name;
    QString brandValue;
    QString description;
    Scale scale;
    bool isSynthetic = false; // generated demo data: the app labels it as such
    QDateTime createdAt;
};

} // namespace Peakend
