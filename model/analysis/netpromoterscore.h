#pragma once

#include "descriptive.h"
#include "surveydata.h"

#include <QCoreApplication>

#include <array>
#include <vector>

namespace Peakend {

// NPS = % promoters (9–10) − % detractors (0–6) on a 0–10 likelihood-to-recommend question
// (DESIGN.md §2.5), in points, with SE = 100·√((pP + pD − (pP − pD)²) / n) and a normal CI.
// Weighted answers use Kish's effective n.
struct NpsResult
{
    QString error; // a question that is not 0–10 is refused, not rescaled
    int n = 0;
    double effectiveN = 0.0;
    double promoters = qQNaN(); // shares, 0–1
    double passives = qQNaN();
    double detractors = qQNaN();
    double nps = qQNaN();
    double se = qQNaN();
    Interval ci;
    std::array<double, 11> distribution{}; // weighted count of each answer 0…10

    bool isValid() const { return error.isEmpty(); }
};

class NetPromoterScore
{
    Q_DECLARE_TR_FUNCTIONS(NetPromoterScore)

public:
    // scaleMin and scaleMax describe the question; NaN answers are skipped.
    static NpsResult compute(const std::vector<double> &answers, const std::vector<double> &weights,
                             double scaleMin, double scaleMax, double level = 0.95);
    // The likelihood-to-recommend answers about one vendor (-1: all vendors).
    static NpsResult compute(const SurveyData &data, int vendor = -1, double level = 0.95);
};

} // namespace Peakend
