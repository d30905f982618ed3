#include "importanceperformance.h"

#include <algorithm>
#include <cmath>

namespace Peakend {

IpaResult ImportancePerformance::compute(const QStringList &names, const QList<double> &performance,
                                         const QList<double> &importance, const IpaOptions &options)
{
    IpaResult result;
    result.crosshair = options.crosshair;
    double sumPerformance = 0.0;
    double sumImportance = 0.0;
    int placed = 0;
    for (int i = 0; i < int(names.size()); ++i) {
        const IpaPoint point{names.at(i), performance.value(i, qQNaN()),
                             importance.value(i, qQNaN()), IpaQuadrant::Unplaced};
        if (!std::isnan(point.performance) && !std::isnan(point.importance)) {
            sumPerformance += point.performance;
            sumImportance += point.importance;
            ++placed;
        }
        result.points.append(point);
    }
    if (options.crosshair == Crosshair::ScaleCentred) {
        result.performanceSplit = options.scalePerformanceCentre;
        result.importanceSplit = options.scaleImportanceCentre;
    } else if (placed > 0) {
        result.performanceSplit = sumPerformance / placed;
        result.importanceSplit = sumImportance / placed;
    }
    if (std::isnan(result.performanceSplit) || std::isnan(result.importanceSplit))
        return result;
    // A point on a line counts as high: the split itself is "as good as average".
    for (IpaPoint &point : result.points) {
        if (std::isnan(point.performance) || std::isnan(point.importance))
            continue;
        const bool important = point.importance >= result.importanceSplit;
        const bool performing = point.performance >= result.performanceSplit;
        point.quadrant
            = important
                  ? (performing ? IpaQuadrant::KeepUpTheGoodWork : IpaQuadrant::ConcentrateHere)
                  : (performing ? IpaQuadrant::PossibleOverkill : IpaQuadrant::LowPriority);
        if (point.quadrant == IpaQuadrant::ConcentrateHere)
            result.keyMoments.append(int(&point - result.points.data()));
    }
    const auto urgency = [&result](int i) {
        const IpaPoint &point = result.points.at(i);
        return point.importance * (result.performanceSplit - point.performance);
    };
    std::stable_sort(result.keyMoments.begin(), result.keyMoments.end(),
                     [&urgency](int a, int b) { return urgency(a) > urgency(b); });
    return result;
}

QString ImportancePerformance::quadrantName(IpaQuadrant quadrant)
{
    switch (quadrant) {
    case IpaQuadrant::ConcentrateHere:
        return tr("Concentrate here");
    case IpaQuadrant::KeepUpTheGoodWork:
        return tr("Keep up the good work");
    case IpaQuadrant::LowPriority:
        return tr("Low priority");
    case IpaQuadrant::PossibleOverkill:
        return tr("Possible overkill");
    case IpaQuadrant::Unplaced:
        break;
    }
    return tr("Not placed");
}

} // namespace Peakend
