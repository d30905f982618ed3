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
    // least one item a dissatisfied answer (Wilson interval on Kish's effective n). Needs each
    // evaluation's answers together: only a Tally fed by addEvaluation() gives it.
    Proportion anyDissatisfied;

    // The answer at or below which a respondent counts as dissatisfied.
    static double threshold(const Scale &scale, const WeakestLinkOptions &options);

    // Answers taken one evaluation at a time, for data too large to hold twice: per item a
    // running mean and the weight dissatisfied, and the evaluations dissatisfied with any.
    class Tally
    {
    public:
        Tally(int items, double atOrBelow);
        // One evaluation's answers, item i at answers[i · stride] (NaN: not answered); one
        // with no answer at all does not count towards anyDissatisfied.
        void addEvaluation(const double *answers, size_t stride, double weight);
        // One answer alone (it does not count towards anyDissatisfied).
        void addAnswer(int item, double value, double weight);
        Proportion anyDissatisfied() const;

    private:
        friend struct WeakestLink;
        double m_atOrBelow;
        std::vector<Descriptive::Accumulator> m_ratings;
        std::vector<double> m_dissatisfied;
        int m_evaluations = 0; // with at least one answer
        double m_total = 0.0;
        double m_squares = 0.0;
        double m_hits = 0.0;
    };
    // The items in names' order from a tally made with threshold(scale, options); its
    // anyDissatisfied too.
    static WeakestLink fromTally(const QStringList &names, const Tally &tally, const Scale &scale,
                                 const WeakestLinkOptions &options = {});

    // values: one list of answers per item; weights: per answer (empty: all 1).
    static WeakestLink compute(const QStringList &names, const QList<std::vector<double>> &values,
                               const QList<std::vector<double>> &weights, const Scale &scale,
                               const WeakestLinkOptions &options = {});
};

} // namespace Peakend
