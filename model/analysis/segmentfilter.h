#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Peakend {

// Respondents whose attribute has one of these values ("value tier" in {A, B}).
struct SegmentCondition
{
    QString attribute;
    QStringList values;
};

// A segment: every condition must hold (AND across attributes, OR within one).
struct SegmentFilter
{
    QString name; // shown in tables and legends; empty: built from the conditions
    QList<SegmentCondition> conditions;

    bool isEmpty() const { return conditions.isEmpty(); }

    QString label() const
    {
        if (!name.isEmpty() || conditions.isEmpty())
            return name;
        QStringList parts;
        for (const SegmentCondition &condition : conditions)
            parts.append(condition.attribute + QLatin1String(" = ")
                         + condition.values.join(QLatin1String(" | ")));
        return parts.join(QLatin1String(", "));
    }
};

} // namespace Peakend
