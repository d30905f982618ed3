#include "valuecoding.h"

namespace Peakend {

namespace {

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

bool ValueCoding::operator==(const ValueCoding &other) const
{
    if (!sameNumber(min, other.min) || !sameNumber(max, other.max) || reversed != other.reversed
        || missing != other.missing || labels.keys() != other.labels.keys()) {
        return false;
    }
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!sameNumber(*it, other.labels.value(it.key())))
            return false;
    }
    return true;
}

AnswerDecoder::AnswerDecoder(const ValueCoding &column, const ValueCoding &shared, double targetMin,
                             double targetMax)
    : m_missing(column.missing + shared.missing)
    , m_min(column.hasOwnScale() ? column.min : targetMin)
    , m_max(column.hasOwnScale() ? column.max : targetMax)
    , m_targetMin(targetMin)
    , m_targetMax(targetMax)
    , m_reversed(column.reversed)
{
    // The column's own labels first: they win over the shared ones.
    for (const ValueCoding *coding : {&column, &shared}) {
        for (auto it = coding->labels.cbegin(); it != coding->labels.cend(); ++it) {
            const QString key = it.key().trimmed().toCaseFolded();
            if (!label(key))
                m_labels.emplace_back(key, *it);
        }
    }
}

const double *AnswerDecoder::label(QStringView text) const
{
    if (m_labels.empty())
        return nullptr;
    const QString key = text.trimmed().toString().toCaseFolded();
    for (const auto &[name, number] : m_labels) {
        if (name == key)
            return &number;
    }
    return nullptr;
}

bool AnswerDecoder::parseNumber(QStringView text, double *value)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    bool ok = trimmed.size() <= 9;
    double parsed = 0.0;
    for (qsizetype i = 0; ok && i < trimmed.size(); ++i) {
        const char16_t c = trimmed.at(i).unicode();
        ok = (c >= u'0' && c <= u'9') || (i == 0 && c == u'-' && trimmed.size() > 1);
        if (ok && c != u'-')
            parsed = parsed * 10.0 + (c - u'0');
    }
    if (ok && trimmed.at(0) == QLatin1Char('-'))
        parsed = -parsed;
    if (!ok)
        parsed = trimmed.toDouble(&ok);
    if (!ok && trimmed.contains(QLatin1Char(',')))
        parsed = trimmed.toString().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || !std::isfinite(parsed))
        return false;
    *value = parsed;
    return true;
}

AnswerDecoder::Outcome AnswerDecoder::decode(QStringView text, double *value) const
{
    if (text.trimmed().isEmpty())
        return NoAnswer;
    double number = 0.0;
    if (const double *labelled = label(text)) {
        if (std::isnan(*labelled))
            return NoAnswer;
        number = *labelled;
    } else if (!parseNumber(text, &number)) {
        return NotANumber;
    } else if (m_missing.contains(number)) {
        return NoAnswer;
    }
    const bool bounded = !std::isnan(m_min) && !std::isnan(m_max);
    if (bounded && (number < m_min || number > m_max))
        return OutOfScale;
    if (bounded && m_reversed)
        number = m_min + m_max - number;
    if (bounded && (m_min != m_targetMin || m_max != m_targetMax))
        number = m_targetMin + (number - m_min) * (m_targetMax - m_targetMin) / (m_max - m_min);
    *value = number;
    return Answer;
}

bool AnswerDecoder::isChosen(QStringView text) const
{
    const QString answer = text.trimmed().toString().toCaseFolded();
    if (answer.isEmpty() || answer == QLatin1String("0") || answer == QLatin1String("no")
        || answer == QLatin1String("false")) {
        return false;
    }
    if (const double *labelled = label(answer))
        return !std::isnan(*labelled) && *labelled != 0.0;
    double number = 0.0;
    return !(parseNumber(answer, &number) && (number == 0.0 || m_missing.contains(number)));
}

bool AnswerDecoder::isMissing(QStringView text) const
{
    if (text.trimmed().isEmpty())
        return true;
    if (const double *labelled = label(text))
        return std::isnan(*labelled);
    double number = 0.0;
    return parseNumber(text, &number) && m_missing.contains(number);
}

} // namespace Peakend
