#pragma once

#include "descriptive.h"
#include "domain/projectinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <vector>

namespace Peakend {

struct WeakestLinkOptions
{
    enum Criterion { LowestMean, MostDissatisfied };
    Criterion criterion = LowestMean;
    double dissatisfiedAtOrBelow = qQNaN(); // NaN: the bottom two boxes (scale min + 1)
    double alertBelowMean = qQNaN();        // LowestMean alerts below this; NaN: neutral
    double alertShare = 0.25;               // MostDissatisfied alerts at or above this share
};

struct WeakestLinkItem
{
    QString name;
    Summary rating;
    double dissatisfiedShare = qQNaN();
};

// "100 − 1 = 0" (seed 001): one failing link zeroes the whole experience, so the weakest
// subprocess, touchpoint or factor is reported beside the average, with an alert when it
// crosses the threshold (DESIGN.md §2.5).
struct WeakestLink
{
    WeakestLinkOptions::Criterion criterion = WeakestLinkOptions::LowestMean;
    double dissatisfiedAtOrBelow = qQNaN();
    double alertThreshold = qQNaN(); // a mean (LowestMean) or a share (MostDissatisfied)
    QList<WeakestLinkItem> items;
    double average = qQNaN();  // mean of the item means
    int weakest = -1;          // by the criterion
    int mostDissatisfied = -1; // the highest bottom-two-box share, whatever the criterion
    bool alert = false;
    // "100 − 1 = 0": the share of respondents (respondent × vendor evaluations) who gave at
    // least one item a dissatisfied answer. Needs each evaluation's answers together, which
    // compute() does not see: dissatisfiedWithAny() fills it.
    Proportion anyDissatisfied;

    // values: one list of answers per item; weights: per answer (empty: all 1).
    static WeakestLink compute(const QStringList &names, const QList<std::vector<double>> &values,
                               const QList<std::vector<double>> &weights, const Scale &scale,
                               const WeakestLinkOptions &options = {});
    // answers: one row per evaluation (NaN: not answered), each with its weight; rows with no
    // answer at all are not counted. Wilson interval on Kish's effective n.
    static Proportion dissatisfiedWithAny(const std::vector<std::vector<double>> &answers,
                                          const std::vector<double> &weights, double atOrBelow);
};

} // namespace Peakend
