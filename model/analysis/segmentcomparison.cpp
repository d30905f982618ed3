#include "segmentcomparison.h"

#include "distributions.h"
#include "emotioncurves.h"
#include "netpromoterscore.h"

#include <cmath>

namespace Peakend {

Difference SegmentComparison::meanDifference(const Summary &a, const Summary &b, double level)
{
    Difference result;
    result.a = a.mean;
    result.b = b.mean;
    result.difference = a.mean - b.mean;
    if (std::isnan(a.se) || std::isnan(b.se))
        return result;
    const double va = a.se * a.se;
    const double vb = b.se * b.se;
    const double se = std::sqrt(va + vb);
    // Welch–Satterthwaite degrees of freedom.
    const double df
        = (va + vb) * (va + vb) / (va * va / (a.effectiveN - 1.0) + vb * vb / (b.effectiveN - 1.0));
    const double t = Distributions::criticalValue(level, se > 0.0 ? df : qQNaN());
    result.ci = {result.difference - t * se, result.difference + t * se};
    return result;
}

SegmentComparison SegmentComparison::compute(const SurveyData &data, const SegmentFilter &a,
                                             const SegmentFilter &b, double level)
{
    SegmentComparison result;
    result.a = a;
    result.b = b;
    for (const SurveyRespondent &respondent : data.respondents) {
        const bool inA = data.matches(respondent, a);
        const bool inB = data.matches(respondent, b);
        result.respondentsA += inA;
        result.respondentsB += inB;
        result.overlap += inA && inB;
    }
    const SurveyData dataA = data.filtered(a);
    const SurveyData dataB = data.filtered(b);
    CurveOptions options;
    options.level = level;
    const EmotionCurves curvesA = EmotionCurves::compute(dataA, options);
    const EmotionCurves curvesB = EmotionCurves::compute(dataB, options);
    const double z = Distributions::criticalValue(level, qQNaN());
    for (int v = 0; v < int(data.vendors.size()); ++v) {
        SegmentVendorComparison row;
        row.vendor = data.vendors.at(v);
        const VendorCurve &curveA = curvesA.vendors.at(v);
        const VendorCurve &curveB = curvesB.vendors.at(v);
        row.overall = meanDifference(curveA.overall, curveB.overall, level);
        for (int s = 0; s < data.subprocessCount(); ++s) {
            row.subprocesses.append(
                meanDifference(curveA.cells.at(s).rating, curveB.cells.at(s).rating, level));
        }
        const NpsResult npsA = NetPromoterScore::compute(dataA, v, level);
        const NpsResult npsB = NetPromoterScore::compute(dataB, v, level);
        row.nps.a = npsA.nps;
        row.nps.b = npsB.nps;
        row.nps.difference = npsA.nps - npsB.nps;
        if (npsA.isValid() && npsB.isValid()) {
            const double se = std::sqrt(npsA.se * npsA.se + npsB.se * npsB.se);
            row.nps.ci = {row.nps.difference - z * se, row.nps.difference + z * se};
        }
        result.vendors.append(row);
    }
    return result;
}

} // namespace Peakend
