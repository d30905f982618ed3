#pragma once

#include "curveshape.h"
#include "descriptive.h"
#include "surveydata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Peakend {

enum class CurveMode {
    Automatic, // benchmark with two or more vendors, absolute otherwise (the DESIGN default)
    Absolute,  // e = mean − neutral
    Benchmark, // e = mean − mean of the other vendors' means at that subprocess
};

struct CurveOptions
{
    CurveMode mode = CurveMode::Automatic;
    double level = 0.95;
};

struct CurveCell
{
    Summary rating;             // weighted mean, n, SD, CI of the ratings
    double reference = qQNaN(); // what e is measured from: neutral or the benchmark
    double e = qQNaN();
};

struct VendorCurve
{
    Vendor vendor;
    QList<CurveCell> cells; // one per subprocess, chronological
    CurveShape shape;
    Summary overall;     // overall satisfaction
    int overallRank = 0; // 1 = best liked; 0: no overall ratings
    double wins = 0.0;   // subprocesses with the highest mean, ties shared
    int winsRank = 0;    // 1 = most wins
    // Brand alignment (principle 3): only meaningful when some subprocess carries the brand.
    bool pleasureOffBrand = false;
    bool endOffBrand = false;
    // Wins in the top third, overall preference in the bottom third (seed 000: best at 23 of
    // 25 subprocesses, least liked of 14). The explanation is in the ranks, the pain peak and
    // the end of this curve.
    bool efficiencyParadox = false;
};

// Emotion curves of every vendor along the journey (DESIGN.md §2.2).
struct EmotionCurves
{
    CurveMode mode = CurveMode::Absolute; // as resolved
    double neutral = 5.5;
    QList<Subprocess> subprocesses;
    QList<VendorCurve> vendors;
    bool brandTagged = false; // some subprocess carries the brand value

    int vendorIndex(qint64 vendorId) const;

    // Why a vendor that wins most subprocesses can still be liked least, in one sentence
    // built from its ranks, pain peak and end; empty unless the vendor shows the paradox.
    QString paradoxExplanation(int vendor) const;
    // Principle 3 (DESIGN.md): the pleasure peak and the end should fall on subprocesses that
    // carry the brand value. One sentence naming what is off brand; empty when both are on
    // brand or no subprocess is tagged.
    QString brandExplanation(int vendor) const;

    static EmotionCurves compute(const SurveyData &data, const CurveOptions &options = {});

    Q_DECLARE_TR_FUNCTIONS(EmotionCurves)
};

} // namespace Peakend
