#include "likertlabels.h"

#include "valuecoding.h"

#include <QHash>
#include <QRegularExpression>

namespace Peakend {

namespace {

// Each set lists its answers from worst to best; "|" separates the ways tools word one answer.
const char *const sets[][7] = {
    // satisfaction
    {"very dissatisfied|extremely dissatisfied|completely dissatisfied",
     "dissatisfied|somewhat dissatisfied",
     "neither satisfied nor dissatisfied|neutral|neither dissatisfied nor satisfied",
     "satisfied|somewhat satisfied", "very satisfied|extremely satisfied|completely satisfied"},
    {"extremely dissatisfied", "moderately dissatisfied", "slightly dissatisfied",
     "neither satisfied nor dissatisfied|neutral", "slightly satisfied", "moderately satisfied",
     "extremely satisfied"},
    {"very dissatisfied", "dissatisfied", "somewhat dissatisfied",
     "neither satisfied nor dissatisfied|neutral", "somewhat satisfied", "satisfied",
     "very satisfied"},
    // agreement
    {"strongly disagree", "disagree|somewhat disagree",
     "neither agree nor disagree|neutral|neither disagree nor agree", "agree|somewhat agree",
     "strongly agree"},
    {"strongly disagree", "disagree", "somewhat disagree", "neither agree nor disagree|neutral",
     "somewhat agree", "agree", "strongly agree"},
    // favourability
    {"very unfavorably|very unfavorable|very unfavourably|very unfavourable",
     "somewhat unfavorably|somewhat unfavorable|somewhat unfavourably|somewhat unfavourable|"
     "unfavorably|unfavorable",
     "neutral|neither favorably nor unfavorably|neither favorable nor unfavorable",
     "somewhat favorably|somewhat favorable|somewhat favourably|somewhat favourable|favorably|"
     "favorable",
     "very favorably|very favorable|very favourably|very favourable"},
    // importance
    {"not at all important|not important at all", "slightly important|of little importance",
     "moderately important|somewhat important", "very important", "extremely important"},
    {"not important", "somewhat important", "important", "very important"},
    // quality
    {"very poor", "poor", "fair|average", "good", "very good|excellent"},
    {"poor", "fair", "good", "very good", "excellent"},
    {"terrible", "poor", "average", "good", "excellent"},
    // likelihood
    {"very unlikely|extremely unlikely|not at all likely", "unlikely|somewhat unlikely",
     "neither likely nor unlikely|neutral", "likely|somewhat likely",
     "very likely|extremely likely"},
    // expectation
    {"much worse than expected", "worse than expected", "as expected|about as expected",
     "better than expected", "much better than expected"},
    // Simplified and Traditional Chinese
    {"非常不满意|非常不滿意|很不满意|很不滿意", "不满意|不滿意|比较不满意|比較不滿意",
     "一般|中立|中等|既不满意也不不满意|既不滿意也不不滿意", "满意|滿意|比较满意|比較滿意",
     "非常满意|非常滿意|很满意|很滿意"},
    {"非常不同意|完全不同意", "不同意|比较不同意|比較不同意", "中立|一般|不确定|不確定",
     "同意|比较同意|比較同意", "非常同意|完全同意"},
    {"非常不重要|完全不重要", "不重要|比较不重要|比較不重要", "一般|中等", "重要|比较重要|比較重要",
     "非常重要"},
    {"很差|非常差", "较差|較差|差", "一般|中等", "较好|較好|好", "很好|非常好"},
    {"非常不可能|完全不可能", "不太可能|不可能", "一般|不确定|不確定", "可能|比较可能|比較可能",
     "非常可能|极有可能|極有可能"},
};

// Two answers: the second is the satisfied, promoting or yes one.
const char *const binarySets[][2] = {
    {"neutral or dissatisfied|dissatisfied|not satisfied", "satisfied"},
    {"no", "yes"},
    {"false", "true"},
    {"不满意|不滿意", "满意|滿意"},
    {"否", "是"},
};

const char *const noAnswers[] = {"n/a",
                                 "na",
                                 "not applicable",
                                 "does not apply",
                                 "don't know",
                                 "do not know",
                                 "dont know",
                                 "unsure",
                                 "not sure",
                                 "no opinion",
                                 "unfamiliar",
                                 "unfamiliar (n/a)",
                                 "not familiar",
                                 "prefer not to say",
                                 "prefer not to answer",
                                 "refused",
                                 "skipped",
                                 "weiß nicht",
                                 "keine angabe",
                                 "nicht zutreffend",
                                 "ne sais pas",
                                 "no sabe",
                                 "ns/nc",
                                 "不适用",
                                 "不適用",
                                 "不知道",
                                 "不清楚",
                                 "拒答",
                                 "无法回答",
                                 "無法回答",
                                 "未回答"};

QString normal(const QString &text)
{
    QString result = text.trimmed().toCaseFolded();
    result.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    result.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    while (result.endsWith(QLatin1Char('.')))
        result.chop(1);
    return result;
}

// The position of an answer in a set (0-based), or -1.
template<size_t N>
int positionIn(const char *const (&set)[N], const QString &answer)
{
    for (size_t p = 0; p < N && set[p]; ++p) {
        for (const QString &word : QString::fromUtf8(set[p]).split(QLatin1Char('|'))) {
            if (word == answer)
                return int(p);
        }
    }
    return -1;
}

// Every answer has a place in the set, and no two different answers share one ("Agree" and
// "Somewhat agree" are one answer of a 5-point set, two of a 7-point one).
template<size_t N>
bool fits(const char *const (&set)[N], const QStringList &texts)
{
    QHash<int, QString> taken;
    for (const QString &text : texts) {
        const QString answer = normal(text);
        const int position = positionIn(set, answer);
        if (position < 0 || taken.value(position, answer) != answer)
            return false;
        taken.insert(position, answer);
    }
    return true;
}

template<size_t N>
int lengthOf(const char *const (&set)[N])
{
    int length = 0;
    while (size_t(length) < N && set[length])
        ++length;
    return length;
}

} // namespace

bool LikertLabels::meansNoAnswer(const QString &answer)
{
    const QString text = normal(answer);
    for (const char *word : noAnswers) {
        if (text == QString::fromUtf8(word))
            return true;
    }
    // "Unfamiliar (N/A)", "Not applicable (N/A)", "N/A - never used"
    return text.contains(QLatin1String("(n/a)")) || text.startsWith(QLatin1String("n/a "));
}

std::optional<double> LikertLabels::leadingNumber(const QString &answer)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(-?\\d+(?:[.,]\\d+)?)\\s*(?:[-–—=:=）)]|\\s)\\s*\\D.*$"));
    const QRegularExpressionMatch match = pattern.match(answer);
    double value = 0.0;
    if (match.hasMatch() && AnswerDecoder::parseNumber(match.captured(1), &value))
        return value;
    return std::nullopt;
}

std::optional<LikertLabels::Suggestion> LikertLabels::suggest(const QStringList &answers)
{
    Suggestion suggestion;
    QStringList texts; // answers to place in a set
    bool numbered = false;
    for (const QString &answer : answers) {
        double number = 0.0;
        if (answer.trimmed().isEmpty() || AnswerDecoder::parseNumber(answer, &number))
            continue;
        if (meansNoAnswer(answer)) {
            suggestion.labels.insert(answer.trimmed(), qQNaN());
        } else if (const std::optional<double> leading = leadingNumber(answer)) {
            suggestion.labels.insert(answer.trimmed(), *leading);
            numbered = true;
        } else {
            texts.append(answer.trimmed());
        }
    }
    if (numbered && !texts.isEmpty())
        return std::nullopt; // numbers with words that are not: not a set we know
    if (texts.isEmpty())
        return suggestion.labels.isEmpty() ? std::nullopt : std::optional(suggestion);
    for (const auto &set : sets) {
        if (!fits(set, texts))
            continue;
        suggestion.points = lengthOf(set);
        QList<bool> seen(suggestion.points, false);
        for (const QString &text : std::as_const(texts)) {
            const int position = positionIn(set, normal(text));
            suggestion.labels.insert(text, position + 1);
            seen[position] = true;
        }
        // Answers the sample did not hold may come further down the file: the whole set.
        for (int p = 0; p < suggestion.points; ++p) {
            if (!seen.at(p))
                suggestion.labels.insert(QString::fromUtf8(set[p]).section(QLatin1Char('|'), 0, 0),
                                         p + 1);
        }
        return suggestion;
    }
    for (const auto &set : binarySets) {
        if (!fits(set, texts))
            continue;
        suggestion.points = 2;
        suggestion.binary = true;
        QList<bool> seen(2, false);
        for (const QString &text : std::as_const(texts)) {
            const int position = positionIn(set, normal(text));
            suggestion.labels.insert(text, position);
            seen[position] = true;
        }
        for (int p = 0; p < 2; ++p) {
            if (!seen.at(p))
                suggestion.labels.insert(QString::fromUtf8(set[p]).section(QLatin1Char('|'), 0, 0),
                                         p);
        }
        return suggestion;
    }
    return std::nullopt;
}

} // namespace Peakend
