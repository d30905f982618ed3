#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Peakend {

// The answer labels survey tools export instead of numbers ("Very satisfied", "Strongly
// agree", "Extremely important", "非常满意" …): the common ordered sets in English and
// Chinese, and the labels that mean no answer ("N/A", "Unfamiliar (N/A)", "不适用").
class LikertLabels
{
public:
    struct Suggestion
    {
        QMap<QString, double> labels; // as written in the file → 1 … points, NaN: no answer
        int points = 0;               // the set's length: the column's scale is 1 … points
        bool binary = false;          // a two-answer set ("satisfied" / "neutral or dissatisfied")
    };

    // Numbers for a column's distinct text answers, when one known set holds every answer
    // that is not a no-answer label; also "7 - Very likely" style answers that lead with
    // their number. std::nullopt when some answer is in no set.
    static std::optional<Suggestion> suggest(const QStringList &answers);
    static bool meansNoAnswer(const QString &answer);
    // The number an answer such as "10 - Extremely likely" or "1 = poor" leads with.
    static std::optional<double> leadingNumber(const QString &answer);
};

} // namespace Peakend
