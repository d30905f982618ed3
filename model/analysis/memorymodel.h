#pragma once

#include "emotioncurves.h"
#include "surveydata.h"

#include <QCoreApplication>
#include <QList>

namespace Peakend {

// The rules by which a customer might sum up a journey into one overall judgement.
enum class MemoryRule { Mean, PeakEnd, PeakPainEnd, EndOnly, WeakestLink };

struct MemoryRuleFit
{
    MemoryRule rule = MemoryRule::Mean;
    double rSquared = qQNaN(); // of the simple linear fit: squared weighted Pearson r
    double spearman = qQNaN();
};

// The seed's peak-end claim made testable: for every respondent × vendor, each rule's
// summary of their own subprocess ratings (as e, relative to the curve's reference: neutral
// or the benchmark) set against the overall rating they gave. The rule with the highest R²
// is the one these customers' memories follow best.
struct MemoryModelResult
{
    int n = 0; // respondent × vendor pairs with an overall rating and at least one rating
    CurveMode mode = CurveMode::Absolute;
    QList<MemoryRuleFit> rules;
    MemoryRule best = MemoryRule::Mean;
};

class MemoryModel
{
    Q_DECLARE_TR_FUNCTIONS(MemoryModel)

public:
    static MemoryModelResult compute(const SurveyData &data, const EmotionCurves &curves);
    static QString ruleName(MemoryRule rule);
};

} // namespace Peakend
