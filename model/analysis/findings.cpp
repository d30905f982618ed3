#include "findings.h"

#include "report/numberformat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Peakend {

namespace {

using NumberFormat::signedNumber;
using NumberFormat::value;

int focusOf(const EmotionCurves &curves)
{
    for (int v = 0; v < curves.vendors.size(); ++v) {
        if (curves.vendors.at(v).efficiencyParadox)
            return v;
    }
    for (int v = 0; v < curves.vendors.size(); ++v) {
        if (curves.vendors.at(v).vendor.isOwn)
            return v;
    }
    for (int v = 0; v < curves.vendors.size(); ++v) {
        if (curves.vendors.at(v).overallRank == 1)
            return v;
    }
    return curves.vendors.isEmpty() ? -1 : 0;
}

int rankedVendors(const EmotionCurves &curves)
{
    return int(std::count_if(curves.vendors.cbegin(), curves.vendors.cend(),
                             [](const VendorCurve &curve) { return curve.overallRank > 0; }));
}

// The vendor at a rank of overall satisfaction (the last rank when rank is 0); -1 if none.
int vendorRanked(const EmotionCurves &curves, bool last)
{
    int found = -1;
    for (int v = 0; v < curves.vendors.size(); ++v) {
        const int rank = curves.vendors.at(v).overallRank;
        if (rank <= 0)
            continue;
        if (found < 0
            || (last ? rank > curves.vendors.at(found).overallRank
                     : rank < curves.vendors.at(found).overallRank))
            found = v;
    }
    return found;
}

QString headlineOf(const ProjectAnalysis &analysis, int focus)
{
    const EmotionCurves &curves = analysis.curves;
    const VendorCurve &curve = curves.vendors.at(focus);
    const CurveShape &shape = curve.shape;
    const auto subprocess = [&curves](int index) {
        return curves.subprocesses.at(index).name;
    };
    if (curve.efficiencyParadox) {
        return Findings::tr("%1 is best at %2 of %3 subprocesses, yet ranks %4 of %5 by overall "
                            "satisfaction: customers remember its worst moment, “%6”, and how "
                            "its journey ends, “%7”.")
            .arg(curve.vendor.name, QLocale().toString(curve.wins, 'g', 3))
            .arg(curves.subprocesses.size())
            .arg(curve.overallRank)
            .arg(rankedVendors(curves))
            .arg(subprocess(shape.painPeak), subprocess(shape.end));
    }
    const int best = vendorRanked(curves, false);
    const int worst = vendorRanked(curves, true);
    if (best >= 0 && worst >= 0 && best != worst) {
        return Findings::tr("%1 is the best liked of %2 vendors (overall %3) and %4 the least "
                            "liked (%5); none of them wins most subprocesses yet is liked least.")
            .arg(curves.vendors.at(best).vendor.name)
            .arg(rankedVendors(curves))
            .arg(value(curves.vendors.at(best).overall.mean), curves.vendors.at(worst).vendor.name,
                 value(curves.vendors.at(worst).overall.mean));
    }
    if (shape.points == 0)
        return QString();
    return Findings::tr("Customers of %1 feel best at “%2” and worst at “%3”; their journey ends "
                        "at “%4” (%5 against the neutral point).")
        .arg(curve.vendor.name, subprocess(shape.pleasurePeak), subprocess(shape.painPeak),
             subprocess(shape.end), signedNumber(shape.endValue, 2));
}

} // namespace

Findings Findings::compute(const ProjectAnalysis &analysis, const CycleSteps *latest)
{
    const CemCycle *cycle = latest ? &latest->cycle : nullptr;
    const CemSteps steps = latest ? latest->steps : CemSteps();
    Findings findings;
    const EmotionCurves &curves = analysis.curves;
    const bool surveyed = analysis.respondents > 0 && !curves.vendors.isEmpty();
    if (surveyed) {
        findings.focusVendor = focusOf(curves);
        findings.paradox = curves.vendors.at(findings.focusVendor).efficiencyParadox;
        findings.headline = headlineOf(analysis, findings.focusVendor);

        const NpsResult &nps = analysis.nps;
        if (nps.isValid() && nps.n > 0 && !std::isnan(nps.nps)) {
            findings.tiles.append(
                {QStringLiteral("nps"), tr("Net Promoter Score"), signedNumber(nps.nps, 1),
                 tr("95 % CI %1 to %2 · n = %3")
                     .arg(signedNumber(nps.ci.low, 1), signedNumber(nps.ci.high, 1),
                          QLocale().toString(nps.n))});
        }
        const int best = vendorRanked(curves, false);
        const int worst = vendorRanked(curves, true);
        if (best >= 0 && worst >= 0 && best != worst) {
            const VendorCurve &top = curves.vendors.at(best);
            const VendorCurve &bottom = curves.vendors.at(worst);
            findings.tiles.append({QStringLiteral("wins"), tr("Best liked"), top.vendor.name,
                                   tr("overall %1 · least liked: %2 (%3)")
                                       .arg(value(top.overall.mean), bottom.vendor.name,
                                            value(bottom.overall.mean))});
        }
    }
    if (cycle && !steps.keyExperiences.isEmpty()) {
        const CemFactorRow &key = steps.factors.at(steps.keyExperiences.first());
        findings.tiles.append({QStringLiteral("gaps"), tr("Key experience · %1").arg(cycle->name),
                               key.factor.name,
                               tr("W = %1 · gap to the ideal %2")
                                   .arg(value(key.weighted), signedNumber(key.gap, 2))});
    }
    if (surveyed) {
        const MemoryModelResult &memory = analysis.memory;
        for (const MemoryRuleFit &fit : memory.rules) {
            if (fit.rule == memory.best && !std::isnan(fit.rSquared))
                findings.tiles.append(
                    {QStringLiteral("memory"), tr("What customers remember"),
                     MemoryModel::ruleName(fit.rule),
                     tr("fits overall satisfaction best: R² = %1 · n = %2")
                         .arg(value(fit.rSquared, 3), QLocale().toString(memory.n))});
        }
        if (findings.focusVendor < analysis.vendors.size()) {
            const WeakestLink &link = analysis.vendors.at(findings.focusVendor).subprocesses;
            if (link.weakest >= 0) {
                const WeakestLinkItem &item = link.items.at(link.weakest);
                findings.tiles.append(
                    {QStringLiteral("weakest-link"),
                     tr("Weakest link · %1")
                         .arg(curves.vendors.at(findings.focusVendor).vendor.name),
                     item.name,
                     (link.alert ? tr("mean %1 against an average of %2: below the alert "
                                      "threshold %3")
                                 : tr("mean %1 against an average of %2; no alert (threshold %3)"))
                         .arg(value(item.rating.mean), value(link.average),
                              value(link.alertThreshold))});
            }
        }
    }
    if (findings.headline.isEmpty() && cycle && !steps.keyExperiences.isEmpty()) {
        const CemFactorRow &key = steps.factors.at(steps.keyExperiences.first());
        findings.headline = tr("In the cycle “%1”, the key experience is “%2”: it falls "
                               "furthest short of what customers expect, weighted by its "
                               "importance.")
                                .arg(cycle->name, key.factor.name);
    }
    return findings;
}

QString Findings::nextStep(const CycleSteps &cycleSteps)
{
    const CemCycle &cycle = cycleSteps.cycle;
    const CemSteps &steps = cycleSteps.steps;
    if (cycle.brandValue.trimmed().isEmpty())
        return tr("Step 1: state the brand value, why customers come to you.");
    const bool rated
        = std::any_of(steps.factors.cbegin(), steps.factors.cend(), [](const CemFactorRow &row) {
              return !std::isnan(row.satisfaction) && !std::isnan(row.importance);
          });
    if (!rated)
        return tr("Step 2: rate each factor's experience, expectation and importance, from a "
                  "survey wave or in a workshop.");
    if (steps.keyExperiences.isEmpty())
        return tr("No factor falls short of expectations: raise the ideal where you should "
                  "exceed them (step 4).");
    const QString key = steps.factors.at(steps.keyExperiences.first()).factor.name;
    if (steps.requirements.isEmpty())
        return tr("Step 5: write the requirements that close the gap of “%1”.").arg(key);
    const auto decided = std::find_if(
        steps.requirements.cbegin(), steps.requirements.cend(),
        [](const CemRequirementRow &row) { return row.requirement.decision == Decision::Do; });
    if (decided == steps.requirements.cend())
        return tr("Step 6: decide which of the %n requirement(s) to do, by strategic fit and "
                  "readiness.",
                  nullptr, int(steps.requirements.size()));
    if (cycleSteps.kpiCount == 0)
        return tr("Step 7: set a KPI for “%1” and measure it in the next survey wave.")
            .arg(decided->requirement.title);
    return tr("Measure the KPIs in the next survey wave and start the next cycle from it.");
}

} // namespace Peakend
