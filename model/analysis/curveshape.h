#pragma once

#include <QList>
#include <QtNumeric>

namespace Peakend {

// The peak-end reading of one emotion curve e(s) (DESIGN.md §2.2): indices into the curve,
// -1 when it has no data. NaN points are subprocesses without data and are skipped.
struct CurveShape
{
    int pleasurePeak = -1; // argmax e (ties: the earlier)
    int painPeak = -1;     // argmin e (ties: the earlier)
    int end = -1;          // the last subprocess with data
    int mostIntense = -1;  // argmax |e| (ties: the earlier)
    int points = 0;
    double mean = qQNaN();
    double pleasure = qQNaN();
    double pain = qQNaN(); // also the weakest link of the curve ("100 − 1 = 0")
    double endValue = qQNaN();
    double peakEnd = qQNaN();     // (e(most intense) + e(end)) / 2
    double peakPainEnd = qQNaN(); // (e(pleasure) + e(pain) + e(end)) / 3
    double spread = qQNaN();      // pleasure − pain

    static CurveShape of(const QList<double> &e);
};

} // namespace Peakend
