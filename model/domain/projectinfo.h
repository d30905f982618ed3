#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Peakend {

// The rating scale every subprocess and factor rating is on (DESIGN.md §2.1).
struct Scale
{
    double min = 1.0;
    double max = 10.0;
    double neutral = 5.5;

    bool isValid() const { return min < max && neutral >= min && neutral <= max; }
    bool contains(double value) const { return value >= min && value <= max; }
    bool operator==(const Scale &other) const
    {
        return min == other.min && max == other.max && neutral == other.neutral;
    }

    // "1-5", "0..10", "1–7:4" (neutral after the colon; default: the middle); nullopt when
    // the text is not a valid scale.
    static std::optional<Scale> parse(const QString &text);
    QString toText() const; // "1–5, neutral 3"
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
