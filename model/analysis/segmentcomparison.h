#pragma once

#include "descriptive.h"
#include "segmentfilter.h"
#include "surveydata.h"

#include <QList>

namespace Peakend {

// Segment A minus segment B, with a 95 % CI: Welch's t interval for means (effective n),
// the normal interval for NPS points.
struct Difference
{
    double a = qQNaN();
    double b = qQNaN();
    double difference = qQNaN();
    Interval ci;

    bool isSignificant() const { return ci.isValid() && (ci.low > 0.0 || ci.high < 0.0); }
};

struct SegmentVendorComparison
{
    Vendor vendor;
    Difference overall;
    Difference nps;
    QList<Difference> subprocesses; // chronological
};

// Every vendor's overall satisfaction, NPS and curve compared between two segments. The CIs
// assume independent groups: overlap counts respondents in both, which makes them too wide
// or too narrow, and the views say so.
struct SegmentComparison
{
    SegmentFilter a;
    SegmentFilter b;
    int respondentsA = 0;
    int respondentsB = 0;
    int overlap = 0;
    QList<SegmentVendorComparison> vendors;

    static Difference meanDifference(const Summary &a, const Summary &b, double level = 0.95);
    static SegmentComparison compute(const SurveyData &data, const SegmentFilter &a,
                                     const SegmentFilter &b, double level = 0.95);
};

} // namespace Peakend
