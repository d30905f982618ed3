#include "outcome.h"

#include <QLocale>

#include <cmath>

namespace Peakend {

namespace {

const QString overallKey = QStringLiteral("overall");
const QString recommendKey = QStringLiteral("recommend");
const QString satisfiedKey = QStringLiteral("satisfied");
const QString promoterKey = QStringLiteral("promoter");
const QString atLeastSign = QStringLiteral(">=");
constexpr double promoterFrom = 9.0;

double numberIn(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(value) ? value : qQNaN();
}

} // namespace

std::optional<Outcome> Outcome::parse(const QString &text, QString *error)
{
    Outcome outcome;
    QString name = text.trimmed();
    if (const qsizetype at = name.lastIndexOf(atLeastSign); at >= 0) {
        outcome.atLeast = numberIn(name.mid(at + atLeastSign.size()));
        if (std::isnan(outcome.atLeast)) {
            *error = tr("“%1”: after >= comes a number, e.g. recommend>=9.").arg(text);
            return std::nullopt;
        }
        name = name.left(at).trimmed();
    }
    const QString lower = name.toLower();
    if (name.isEmpty()) {
        *error = tr("Name an outcome: overall, recommend, satisfied, promoter or an attribute "
                    "holding numbers.");
        return std::nullopt;
    }
    if (lower == overallKey) {
        outcome.source = Source::Overall;
    } else if (lower == recommendKey) {
        outcome.source = Source::Recommend;
    } else if (lower == satisfiedKey || lower == promoterKey) {
        if (outcome.isCut()) {
            *error = tr("“%1” is already a yes/no outcome: leave out >=.").arg(text);
            return std::nullopt;
        }
        outcome.source = lower == satisfiedKey ? Source::Overall : Source::Recommend;
        outcome.topTwoBoxes = lower == satisfiedKey;
        if (lower == promoterKey)
            outcome.atLeast = promoterFrom;
    } else {
        outcome.source = Source::Attribute;
        outcome.attribute = name;
    }
    return outcome;
}

QString Outcome::key() const
{
    if (topTwoBoxes)
        return satisfiedKey;
    if (source == Source::Recommend && atLeast == promoterFrom)
        return promoterKey;
    const QString name = source == Source::Overall     ? overallKey
                         : source == Source::Recommend ? recommendKey
                                                       : attribute;
    return std::isnan(atLeast)
               ? name
               : name + atLeastSign + QString::number(atLeast, 'g', QLocale::FloatingPointShortest);
}

Outcome::Values Outcome::of(const SurveyData &data) const
{
    Values result;
    qsizetype column = -1;
    if (source == Source::Attribute) {
        for (qsizetype a = 0; a < data.attributeNames.size(); ++a) {
            if (data.attributeNames.at(a).compare(attribute, Qt::CaseInsensitive) == 0)
                column = a;
        }
        if (column < 0) {
            result.error = tr("The wave has no attribute “%1”; it has: %2.")
                               .arg(attribute, data.attributeNames.isEmpty()
                                                   ? tr("none")
                                                   : data.attributeNames.join(tr(", ")));
            return result;
        }
    }
    result.values.reserve(size_t(data.caseCount()));
    bool anyNumber = false;
    bool onlyZeroOne = true;
    for (const SurveyCase &surveyCase : data.cases) {
        const double value
            = source == Source::Overall ? surveyCase.overall
              : source == Source::Recommend
                  ? surveyCase.recommend
                  : numberIn(data.respondents.at(surveyCase.respondent).attributes.value(column));
        if (!std::isnan(value)) {
            anyNumber = true;
            onlyZeroOne = onlyZeroOne && (value == 0.0 || value == 1.0);
        }
        result.values.push_back(value);
    }
    const QString name = source == Source::Overall     ? tr("Overall satisfaction")
                         : source == Source::Recommend ? tr("Likelihood to recommend")
                                                       : data.attributeNames.at(column);
    if (source == Source::Attribute && !anyNumber) {
        result.error = tr("The attribute “%1” holds no numbers: choose one that does (a "
                          "spend, a rating, 0/1 for no/yes).")
                           .arg(name);
        return result;
    }
    const double cut = topTwoBoxes ? data.scale.max - 1.0 : atLeast;
    if (std::isnan(cut)) {
        result.name = name;
        result.binary = source == Source::Attribute && onlyZeroOne;
        return result;
    }
    for (double &value : result.values) {
        if (!std::isnan(value))
            value = value >= cut ? 1.0 : 0.0;
    }
    result.binary = true;
    const QString threshold = QLocale().toString(cut, 'g', 6);
    result.name = topTwoBoxes ? tr("Satisfied (overall %1 or more)").arg(threshold)
                  : source == Source::Recommend && cut == promoterFrom
                      ? tr("Promoter (recommend 9–10)")
                      : tr("%1 at least %2").arg(name, threshold);
    return result;
}

} // namespace Peakend
