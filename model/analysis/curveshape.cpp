#include "curveshape.h"

#include "descriptive.h"

#include <cmath>

namespace Peakend {

CurveShape CurveShape::of(const QList<double> &e)
{
    CurveShape shape;
    double sum = 0.0;
    for (int s = 0; s < int(e.size()); ++s) {
        const double value = e.at(s);
        if (std::isnan(value))
            continue;
        ++shape.points;
        sum += value;
        // On ties (by tolerance) the earlier subprocess stays.
        if (shape.pleasurePeak < 0 || Descriptive::above(value, e.at(shape.pleasurePeak)))
            shape.pleasurePeak = s;
        if (shape.painPeak < 0 || Descriptive::above(e.at(shape.painPeak), value))
            shape.painPeak = s;
        if (shape.mostIntense < 0
            || Descriptive::above(std::abs(value), std::abs(e.at(shape.mostIntense))))
            shape.mostIntense = s;
        shape.end = s;
    }
    if (shape.points == 0)
        return shape;
    shape.mean = sum / shape.points;
    shape.pleasure = e.at(shape.pleasurePeak);
    shape.pain = e.at(shape.painPeak);
    shape.endValue = e.at(shape.end);
    shape.peakEnd = (e.at(shape.mostIntense) + shape.endValue) / 2.0;
    shape.peakPainEnd = (shape.pleasure + shape.pain + shape.endValue) / 3.0;
    shape.spread = shape.pleasure - shape.pain;
    return shape;
}

} // namespace Peakend
