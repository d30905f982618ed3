#include "segmentdefinition.h"

#include "surveydata.h"

#include <QSet>

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

QString SegmentDefinition::unmatched(const SegmentFilter &filter, const SurveyData &data)
{
    for (const SegmentCondition &condition : filter.conditions) {
        const qsizetype a = data.attributeNames.indexOf(condition.attribute);
        if (a < 0) {
            return tr("The wave records no respondent attribute “%1”; it has: %2.")
                .arg(condition.attribute, data.attributeNames.isEmpty()
                                              ? tr("none")
                                              : data.attributeNames.join(QLatin1String(", ")));
        }
        QSet<QString> given;
        for (const SurveyRespondent &respondent : data.respondents)
            given.insert(respondent.attributes.value(a));
        given.remove(QString());
        for (const QString &value : condition.values) {
            if (!given.contains(value)) {
                QStringList values(given.cbegin(), given.cend());
                values.sort();
                return tr("No respondent has %1 = “%2”; its values are: %3.")
                    .arg(condition.attribute, value, values.join(QLatin1String(", ")));
            }
        }
    }
    return QString();
}

} // namespace Peakend
