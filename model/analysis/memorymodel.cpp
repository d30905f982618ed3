#include "memorymodel.h"

#include "curveshape.h"
#include "descriptive.h"

#include <cmath>

namespace Peakend {

MemoryModelResult MemoryModel::compute(const SurveyData &data, const EmotionCurves &curves)
{
    constexpr MemoryRule rules[] = {MemoryRule::Mean, MemoryRule::PeakEnd, MemoryRule::PeakPainEnd,
                                    MemoryRule::EndOnly, MemoryRule::WeakestLink};
    constexpr int ruleCount = int(std::size(rules));
    MemoryModelResult result;
    result.mode = curves.mode;
    std::vector<double> summaries[ruleCount];
    std::vector<double> overall;
    std::vector<double> weights;
    QList<double> e(data.subprocessCount());
    for (int c = 0; c < data.caseCount(); ++c) {
        const SurveyCase &surveyCase = data.cases.at(c);
        if (std::isnan(surveyCase.overall))
            continue;
        const VendorCurve &curve = curves.vendors.at(surveyCase.vendor);
        for (int s = 0; s < data.subprocessCount(); ++s)
            e[s] = data.rating(c, s) - curve.cells.at(s).reference;
        const CurveShape shape = CurveShape::of(e);
        if (shape.points == 0)
            continue;
        summaries[0].push_back(shape.mean);
        summaries[1].push_back(shape.peakEnd);
        summaries[2].push_back(shape.peakPainEnd);
        summaries[3].push_back(shape.endValue);
        summaries[4].push_back(shape.pain);
        overall.push_back(surveyCase.overall);
        weights.push_back(data.weight(c));
    }
    result.n = int(overall.size());
    double bestR2 = -1.0;
    for (int i = 0; i < ruleCount; ++i) {
        MemoryRuleFit fit;
        fit.rule = rules[i];
        const double r = Descriptive::pearson(summaries[i], overall, weights);
        fit.rSquared = r * r;
        fit.spearman = Descriptive::spearman(summaries[i], overall, weights);
        if (fit.rSquared > bestR2) {
            bestR2 = fit.rSquared;
            result.best = fit.rule;
        }
        result.rules.append(fit);
    }
    return result;
}

QString MemoryModel::ruleName(MemoryRule rule)
{
    switch (rule) {
    case MemoryRule::Mean:
        return tr("Average of all moments");
    case MemoryRule::PeakEnd:
        return tr("Peak and end");
    case MemoryRule::PeakPainEnd:
        return tr("Pleasure peak, pain peak and end");
    case MemoryRule::EndOnly:
        return tr("End only");
    case MemoryRule::WeakestLink:
        return tr("Weakest link");
    }
    return QString();
}

} // namespace Peakend
