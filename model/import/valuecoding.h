#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>
#include <QtNumeric>

#include <cmath>
#include <vector>

namespace Peakend {

// How the answers of one column are coded in the export: the column's own scale when it is
// not the one the wave keeps (a 1–7 grid in a 1–10 wave, likelihood to recommend coded 1–11),
// whether it runs from best to worst (a rank, "1 = best"), the numbers its text answers stand
// for ("Very satisfied" → 5, "Unfamiliar (N/A)" → no answer) and its own codes for "no
// answer" (−99). An answer on the column's scale is mapped linearly onto the target's.
struct ValueCoding
{
    double min = qQNaN(); // the column's own scale; NaN: the target's
    double max = qQNaN();
    bool reversed = false;        // the column's best answer is its min
    QMap<QString, double> labels; // text answer (any case) → number on the column's scale;
                                  // NaN: no answer
    QList<double> missing;        // numbers that mean "no answer"

    bool hasOwnScale() const { return !std::isnan(min) && !std::isnan(max) && min < max; }
    bool isPlain() const
    {
        return !hasOwnScale() && !reversed && labels.isEmpty() && missing.isEmpty();
    }
    bool operator==(const ValueCoding &other) const;
};

// One column's coding compiled for the import's hot loop, together with the mapping's shared
// labels and missing codes and the range the answers end up on (the wave's scale, 0–10 for
// likelihood to recommend).
class AnswerDecoder
{
public:
    enum Outcome { NoAnswer, Answer, NotANumber, OutOfScale };

    AnswerDecoder() = default;
    AnswerDecoder(const ValueCoding &column, const ValueCoding &shared, double targetMin,
                  double targetMax);

    // The answer as a number on the target range.
    Outcome decode(QStringView text, double *value) const;
    // A multi-select choice: anything but an empty cell, 0, "no", "false", or a code or
    // label for no answer.
    bool isChosen(QStringView text) const;
    // An attribute or id with no value: empty, a missing code, or a label for no answer.
    bool isMissing(QStringView text) const;
    // The scale the column's numbers are on (its own, else the target's).
    double sourceMin() const { return m_min; }
    double sourceMax() const { return m_max; }

    // Whole numbers without the locale machinery (ratings nearly always are), else
    // QString::toDouble, else a decimal comma ("7,5").
    static bool parseNumber(QStringView text, double *value);

private:
    const double *label(QStringView text) const;

    std::vector<QPair<QString, double>> m_labels; // case-folded
    QList<double> m_missing;
    double m_min = qQNaN();
    double m_max = qQNaN();
    double m_targetMin = qQNaN();
    double m_targetMax = qQNaN();
    bool m_reversed = false;
};

} // namespace Peakend
