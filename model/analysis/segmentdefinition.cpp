#include "segmentdefinition.h"

namespace Peakend {

SegmentFilter SegmentDefinition::parse(const QString &text, QString *error)
{
    SegmentFilter filter;
    // A Chinese input method types the full-width forms of the three marks.
    QString plain = text;
    plain.replace(QChar(0xff1b), QLatin1Char(';'))
        .replace(QChar(0xff5c), QLatin1Char('|'))
        .replace(QChar(0xff1d), QLatin1Char('='));
    const QStringList parts = plain.split(QLatin1Char(';'));
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        SegmentCondition condition;
        condition.attribute = equals < 0 ? QString() : part.left(equals).trimmed();
        const QStringList values
            = equals < 0 ? QStringList() : part.mid(equals + 1).split(QLatin1Char('|'));
        for (const QString &value : values) {
            if (!value.trimmed().isEmpty())
                condition.values.append(value.trimmed());
        }
        if (condition.attribute.isEmpty() || condition.values.isEmpty()) {
            if (error)
                *error = tr("Condition %1, “%2”, is not “attribute = value”: write it like "
                            "“region = North | South”.")
                             .arg(i + 1)
                             .arg(part);
            return {};
        }
        filter.conditions.append(condition);
    }
    if (error)
        error->clear();
    return filter;
}

QString SegmentDefinition::format(const SegmentFilter &filter)
{
    QStringList parts;
    for (const SegmentCondition &condition : filter.conditions)
        parts.append(condition.attribute + QStringLiteral(" = ")
                     + condition.values.join(QStringLiteral(" | ")));
    return parts.join(QStringLiteral("; "));
}

} // namespace Peakend
