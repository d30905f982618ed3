#include "export/analysisjson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Peakend {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue index(int value) // -1: none
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray interval(const Interval &ci)
{
    return {number(ci.low), number(ci.high)};
}

QJsonObject summary(const Summary &s)
{
    return {{QStringLiteral("mean"), number(s.mean)},
            {QStringLiteral("n"), s.n},
            {QStringLiteral("sd"), number(s.sd)},
            {QStringLiteral("ci"), QJsonArray{number(s.ciLow), number(s.ciHigh)}}};
}

QJsonObject proportion(const Proportion &p)
{
    return {{QStringLiteral("share"), number(p.share)},
            {QStringLiteral("n"), p.n},
            {QStringLiteral("ci"), QJsonArray{number(p.ciLow), number(p.ciHigh)}}};
}

QJsonObject curves(const EmotionCurves &curves)
{
    QJsonArray subprocesses;
    for (const Subprocess &subprocess : curves.subprocesses) {
        subprocesses.append(QJsonObject{{QStringLiteral("id"), subprocess.id},
                                        {QStringLiteral("name"), subprocess.name},
                                        {QStringLiteral("phase"), int(subprocess.phase)},
                                        {QStringLiteral("carriesBrand"), subprocess.carriesBrand}});
    }
    // Null when no subprocess carries the brand: there is nothing to be off.
    const auto offBrand = [&curves](bool off) {
        return curves.brandTagged ? QJsonValue(off) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray vendors;
    for (const VendorCurve &curve : curves.vendors) {
        QJsonArray points;
        for (const CurveCell &cell : curve.cells) {
            QJsonObject point = summary(cell.rating);
            point.insert(QStringLiteral("e"), number(cell.e));
            points.append(point);
        }
        const CurveShape &shape = curve.shape;
        vendors.append(
            QJsonObject{{QStringLiteral("id"), curve.vendor.id},
                        {QStringLiteral("name"), curve.vendor.name},
                        {QStringLiteral("points"), points},
                        {QStringLiteral("pleasurePeak"), index(shape.pleasurePeak)},
                        {QStringLiteral("painPeak"), index(shape.painPeak)},
                        {QStringLiteral("end"), index(shape.end)},
                        {QStringLiteral("peakEnd"), number(shape.peakEnd)},
                        {QStringLiteral("peakPainEnd"), number(shape.peakPainEnd)},
                        {QStringLiteral("spread"), number(shape.spread)},
                        {QStringLiteral("overall"), summary(curve.overall)},
                        {QStringLiteral("overallRank"), curve.overallRank},
                        {QStringLiteral("wins"), curve.wins},
                        {QStringLiteral("winsRank"), curve.winsRank},
                        {QStringLiteral("efficiencyParadox"), curve.efficiencyParadox},
                        {QStringLiteral("pleasureOffBrand"), offBrand(curve.pleasureOffBrand)},
                        {QStringLiteral("endOffBrand"), offBrand(curve.endOffBrand)}});
    }
    return {{QStringLiteral("mode"), curves.mode == CurveMode::Benchmark
                                         ? QStringLiteral("benchmark")
                                         : QStringLiteral("absolute")},
            {QStringLiteral("neutral"), curves.neutral},
            {QStringLiteral("subprocesses"), subprocesses},
            {QStringLiteral("vendors"), vendors}};
}

QJsonObject importance(const ImportanceResult &result)
{
    QJsonArray drivers;
    for (const DriverImportanceRow &row : result.drivers) {
        drivers.append(QJsonObject{
            {QStringLiteral("name"), row.name},
            {QStringLiteral("r"), number(row.r)},
            {QStringLiteral("rCi"), interval(row.rCi)},
            {QStringLiteral("beta"), number(row.beta)},
            {QStringLiteral("betaCi"), interval(row.betaCi)},
            {QStringLiteral("relativeWeight"), number(row.relativeWeight)},
            {QStringLiteral("relativeWeightShare"), number(row.relativeWeightShare)},
            {QStringLiteral("relativeWeightCi"), interval(row.relativeWeightCi)},
            {QStringLiteral("relativeWeightShareCi"), interval(row.relativeWeightShareCi)},
            {QStringLiteral("shapley"), number(row.shapley)},
            {QStringLiteral("shapleyShare"), number(row.shapleyShare)},
            {QStringLiteral("shapleyCi"), interval(row.shapleyCi)},
            {QStringLiteral("shapleyShareCi"), interval(row.shapleyShareCi)},
            {QStringLiteral("sign"), row.sign}});
    }
    return {{QStringLiteral("error"),
             result.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.error)},
            {QStringLiteral("outcome"), result.outcomeName},
            {QStringLiteral("model"), result.model == ImportanceResult::Model::Logistic
                                          ? QStringLiteral("logistic")
                                          : QStringLiteral("linear")},
            {QStringLiteral("n"), result.n},
            {QStringLiteral("excluded"), result.excluded},
            {QStringLiteral("rSquared"), number(result.rSquared)},
            {QStringLiteral("rSquaredCi"), interval(result.rSquaredCi)},
            {QStringLiteral("shapley"), result.hasShapley},
            {QStringLiteral("resamples"), result.resamples},
            // Respondents resampled and drawn by each resample (fewer: m-out-of-n, √(m/n)).
            {QStringLiteral("bootstrapRespondents"), result.bootstrapUnits},
            {QStringLiteral("bootstrapDraws"), result.bootstrapDraws},
            {QStringLiteral("level"), result.level},
            {QStringLiteral("drivers"), drivers}};
}

QJsonObject nps(const NpsResult &result)
{
    return {{QStringLiteral("error"),
             result.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.error)},
            {QStringLiteral("n"), result.n},
            {QStringLiteral("nps"), number(result.nps)},
            {QStringLiteral("ci"), interval(result.ci)},
            {QStringLiteral("promoters"), number(result.promoters)},
            {QStringLiteral("passives"), number(result.passives)},
            {QStringLiteral("detractors"), number(result.detractors)}};
}

QJsonObject reasons(const ReasonShares &shares)
{
    QJsonArray factors;
    for (const ReasonShare &share : shares.factors) {
        factors.append(QJsonObject{{QStringLiteral("name"), share.factor.name},
                                   {QStringLiteral("like"), proportion(share.like)},
                                   {QStringLiteral("dislike"), proportion(share.dislike)}});
    }
    return {{QStringLiteral("n"), shares.n}, {QStringLiteral("factors"), factors}};
}

QJsonObject memory(const MemoryModelResult &result)
{
    QJsonArray rules;
    for (const MemoryRuleFit &fit : result.rules) {
        rules.append(QJsonObject{{QStringLiteral("rule"), AnalysisJson::ruleKey(fit.rule)},
                                 {QStringLiteral("rSquared"), number(fit.rSquared)},
                                 {QStringLiteral("spearman"), number(fit.spearman)}});
    }
    return {{QStringLiteral("n"), result.n},
            {QStringLiteral("best"), result.rules.isEmpty()
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(AnalysisJson::ruleKey(result.best))},
            {QStringLiteral("rules"), rules}};
}

QJsonObject ipa(const IpaResult &result)
{
    QJsonArray points;
    for (const IpaPoint &point : result.points) {
        const QString quadrant = AnalysisJson::ipaQuadrantKey(point.quadrant);
        points.append(QJsonObject{{QStringLiteral("name"), point.name},
                                  {QStringLiteral("performance"), number(point.performance)},
                                  {QStringLiteral("importance"), number(point.importance)},
                                  {QStringLiteral("quadrant"), quadrant.isEmpty()
                                                                   ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(quadrant)}});
    }
    QJsonArray keys;
    for (const int key : result.keyMoments)
        keys.append(result.points.at(key).name);
    return {{QStringLiteral("crosshair"), result.crosshair == Crosshair::DataCentred
                                              ? QStringLiteral("data")
                                              : QStringLiteral("scale")},
            {QStringLiteral("performanceSplit"), number(result.performanceSplit)},
            {QStringLiteral("importanceSplit"), number(result.importanceSplit)},
            {QStringLiteral("points"), points},
            {QStringLiteral("keyMoments"), keys}};
}

// Each vendor's own subprocess means against the market's derived importance.
QJsonArray vendorIpa(const ProjectAnalysis &analysis)
{
    QJsonArray vendors;
    for (int v = 0; v < analysis.vendors.size() && v < analysis.curves.vendors.size(); ++v) {
        QJsonObject object = ipa(analysis.vendors.at(v).ipa);
        object.insert(QStringLiteral("vendor"), analysis.curves.vendors.at(v).vendor.name);
        vendors.append(object);
    }
    return vendors;
}

QJsonObject weakestLink(const WeakestLink &link)
{
    QJsonArray items;
    for (const WeakestLinkItem &item : link.items) {
        QJsonObject object = summary(item.rating);
        object.insert(QStringLiteral("name"), item.name);
        object.insert(QStringLiteral("dissatisfiedShare"), number(item.dissatisfiedShare));
        items.append(object);
    }
    return {{QStringLiteral("criterion"), link.criterion == WeakestLinkOptions::LowestMean
                                              ? QStringLiteral("lowest-mean")
                                              : QStringLiteral("most-dissatisfied")},
            {QStringLiteral("dissatisfiedAtOrBelow"), number(link.dissatisfiedAtOrBelow)},
            {QStringLiteral("alertThreshold"), number(link.alertThreshold)},
            {QStringLiteral("average"), number(link.average)},
            {QStringLiteral("weakest"), link.weakest >= 0
                                            ? QJsonValue(link.items.at(link.weakest).name)
                                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("alert"), link.alert},
            {QStringLiteral("mostDissatisfied"),
             link.mostDissatisfied >= 0 ? QJsonValue(link.items.at(link.mostDissatisfied).name)
                                        : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("anyDissatisfied"), proportion(link.anyDissatisfied)},
            {QStringLiteral("items"), items}};
}

QJsonObject channels(const ChannelConsistency &consistency)
{
    QJsonArray items;
    for (const ChannelConsistencyItem &item : consistency.items) {
        QJsonArray means;
        for (const double mean : item.means)
            means.append(number(mean));
        items.append(QJsonObject{{QStringLiteral("name"), item.name},
                                 {QStringLiteral("means"), means},
                                 {QStringLiteral("consistency"), number(item.consistency)}});
    }
    return {{QStringLiteral("channels"), QJsonArray::fromStringList(consistency.channels)},
            {QStringLiteral("overall"), number(consistency.overall)},
            {QStringLiteral("items"), items}};
}

QJsonObject incidents(const IncidentSummary &summary)
{
    const auto tally = [](qint64 id, const QString &name, const IncidentTally &count) {
        return QJsonObject{
            {QStringLiteral("name"), id != 0 ? QJsonValue(name) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("positive"), count.positive},
            {QStringLiteral("negative"), count.negative},
            {QStringLiteral("answered"), count.answered},
            {QStringLiteral("answeredInTime"), count.answeredInTime},
            {QStringLiteral("inTimeShare"), number(count.inTimeShare())},
            {QStringLiteral("medianResponseHours"), number(count.medianResponseHours)}};
    };
    QJsonArray touchpoints;
    for (const IncidentCount &count : summary.touchpoints)
        touchpoints.append(tally(count.touchpoint.id, count.touchpoint.name, count));
    QJsonArray channelCounts;
    for (const IncidentChannelCount &count : summary.channels)
        channelCounts.append(tally(count.channel.id, count.channel.name, count));
    return {{QStringLiteral("windowHours"), summary.windowHours},
            {QStringLiteral("total"), summary.total},
            {QStringLiteral("positive"), summary.positive},
            {QStringLiteral("negative"), summary.negative},
            {QStringLiteral("answeredInTime"), proportion(summary.answeredInTime)},
            {QStringLiteral("negativeAnsweredInTime"), proportion(summary.negativeAnsweredInTime)},
            {QStringLiteral("medianResponseHours"), number(summary.medianResponseHours)},
            {QStringLiteral("touchpoints"), touchpoints},
            {QStringLiteral("channels"), channelCounts}};
}

QJsonObject difference(const Difference &d)
{
    return {{QStringLiteral("a"), number(d.a)},
            {QStringLiteral("b"), number(d.b)},
            {QStringLiteral("difference"), number(d.difference)},
            {QStringLiteral("ci"), interval(d.ci)},
            {QStringLiteral("significant"), d.isSignificant()}};
}

QJsonObject comparison(const SegmentComparison &result, const QList<Subprocess> &subprocesses)
{
    QJsonArray vendors;
    for (const SegmentVendorComparison &row : result.vendors) {
        QJsonArray cells;
        for (int s = 0; s < row.subprocesses.size(); ++s) {
            QJsonObject cell = difference(row.subprocesses.at(s));
            cell.insert(QStringLiteral("name"), subprocesses.value(s).name);
            cells.append(cell);
        }
        vendors.append(QJsonObject{{QStringLiteral("vendor"), row.vendor.name},
                                   {QStringLiteral("overall"), difference(row.overall)},
                                   {QStringLiteral("nps"), difference(row.nps)},
                                   {QStringLiteral("subprocesses"), cells}});
    }
    return {{QStringLiteral("a"), result.a.label()},
            {QStringLiteral("b"), result.b.label()},
            {QStringLiteral("respondentsA"), result.respondentsA},
            {QStringLiteral("respondentsB"), result.respondentsB},
            {QStringLiteral("overlap"), result.overlap},
            {QStringLiteral("vendors"), vendors}};
}

} // namespace

QString AnalysisJson::quadrantKey(ImpactFeasibility quadrant)
{
    switch (quadrant) {
    case ImpactFeasibility::QuickWin:
        return QStringLiteral("quick-win");
    case ImpactFeasibility::MajorProject:
        return QStringLiteral("major-project");
    case ImpactFeasibility::FillIn:
        return QStringLiteral("fill-in");
    case ImpactFeasibility::Reconsider:
        return QStringLiteral("reconsider");
    case ImpactFeasibility::Unplaced:
        break;
    }
    return QString();
}

QString AnalysisJson::ipaQuadrantKey(IpaQuadrant quadrant)
{
    switch (quadrant) {
    case IpaQuadrant::ConcentrateHere:
        return QStringLiteral("concentrate-here");
    case IpaQuadrant::KeepUpTheGoodWork:
        return QStringLiteral("keep-up-the-good-work");
    case IpaQuadrant::LowPriority:
        return QStringLiteral("low-priority");
    case IpaQuadrant::PossibleOverkill:
        return QStringLiteral("possible-overkill");
    case IpaQuadrant::Unplaced:
        break;
    }
    return QString();
}

QString AnalysisJson::decisionKey(Decision decision)
{
    static const char *const keys[] = {"undecided", "do", "later", "drop"};
    return QString::fromLatin1(keys[std::clamp(int(decision), 0, 3)]);
}

namespace {

QJsonValue cem(const CemSteps &steps, const CemCycle *cycle)
{
    if (!cycle)
        return QJsonValue(QJsonValue::Null);
    QJsonArray factors;
    for (const CemFactorRow &row : steps.factors) {
        factors.append(QJsonObject{{QStringLiteral("name"), row.factor.name},
                                   {QStringLiteral("carriesBrand"), row.carriesBrand},
                                   {QStringLiteral("experience"), number(row.experience)},
                                   {QStringLiteral("expectation"), number(row.expectation)},
                                   {QStringLiteral("satisfaction"), number(row.satisfaction)},
                                   {QStringLiteral("importance"), number(row.importance)},
                                   {QStringLiteral("weighted"), number(row.weighted)},
                                   {QStringLiteral("ideal"), number(row.ideal)},
                                   {QStringLiteral("gap"), number(row.gap)},
                                   {QStringLiteral("keyRank"), row.keyRank}});
    }
    QJsonArray keys;
    for (const int key : steps.keyExperiences)
        keys.append(steps.factors.at(key).factor.name);
    QJsonArray requirements;
    for (const CemRequirementRow &row : steps.requirements) {
        const QString quadrant = AnalysisJson::quadrantKey(row.quadrant);
        requirements.append(QJsonObject{
            {QStringLiteral("title"), row.requirement.title},
            {QStringLiteral("priority"), number(row.priority)},
            {QStringLiteral("feasibility"), number(row.feasibility)},
            {QStringLiteral("quadrant"),
             quadrant.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(quadrant)},
            {QStringLiteral("decision"), AnalysisJson::decisionKey(row.requirement.decision)}});
    }
    return QJsonObject{
        {QStringLiteral("cycle"), QJsonObject{{QStringLiteral("name"), cycle->name},
                                              {QStringLiteral("number"), cycle->number}}},
        {QStringLiteral("factors"), factors},
        {QStringLiteral("keyExperiences"), keys},
        {QStringLiteral("requirements"), requirements}};
}

} // namespace

QString AnalysisJson::ruleKey(MemoryRule rule)
{
    switch (rule) {
    case MemoryRule::Mean:
        return QStringLiteral("mean");
    case MemoryRule::PeakEnd:
        return QStringLiteral("peak-end");
    case MemoryRule::PeakPainEnd:
        return QStringLiteral("peak-pain-end");
    case MemoryRule::EndOnly:
        return QStringLiteral("end");
    case MemoryRule::WeakestLink:
        return QStringLiteral("weakest-link");
    }
    return QString();
}

QStringList AnalysisJson::sections()
{
    return {QStringLiteral("curves"),       QStringLiteral("drivers"), QStringLiteral("ipa"),
            QStringLiteral("cem"),          QStringLiteral("nps"),     QStringLiteral("reasons"),
            QStringLiteral("weakest-link"), QStringLiteral("memory"),  QStringLiteral("channels"),
            QStringLiteral("incidents")};
}

QJsonObject AnalysisJson::build(const ProjectAnalysis &analysis, const CemSteps &cemSteps,
                                const CemCycle *cycle, const QStringList &wanted)
{
    QJsonObject root{{QStringLiteral("format"), 1},
                     {QStringLiteral("respondents"), analysis.respondents},
                     {QStringLiteral("cases"), analysis.cases},
                     {QStringLiteral("segment"), analysis.segment.isEmpty()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(analysis.segment.label())}};
    if (wanted.contains(QStringLiteral("curves")))
        root.insert(QStringLiteral("curves"), curves(analysis.curves));
    if (wanted.contains(QStringLiteral("drivers"))) {
        root.insert(
            QStringLiteral("drivers"),
            QJsonObject{
                {QStringLiteral("subprocesses"), importance(analysis.journey.importance)},
                {QStringLiteral("factors"), importance(analysis.factorsDerived.importance)}});
    }
    if (wanted.contains(QStringLiteral("ipa"))) {
        root.insert(
            QStringLiteral("ipa"),
            QJsonObject{{QStringLiteral("subprocesses"), ipa(analysis.journey.ipa)},
                        {QStringLiteral("factorsDerived"), ipa(analysis.factorsDerived.ipa)},
                        {QStringLiteral("factorsStated"), ipa(analysis.factorsStated)},
                        {QStringLiteral("vendors"), vendorIpa(analysis)}});
    }
    if (wanted.contains(QStringLiteral("cem")))
        root.insert(QStringLiteral("cem"), cem(cemSteps, cycle));
    if (wanted.contains(QStringLiteral("nps"))) {
        QJsonArray vendors;
        for (int v = 0; v < analysis.vendors.size() && v < analysis.curves.vendors.size(); ++v) {
            QJsonObject vendor = nps(analysis.vendors.at(v).nps);
            vendor.insert(QStringLiteral("vendor"), analysis.curves.vendors.at(v).vendor.name);
            vendors.append(vendor);
        }
        root.insert(QStringLiteral("nps"), QJsonObject{{QStringLiteral("all"), nps(analysis.nps)},
                                                       {QStringLiteral("vendors"), vendors}});
    }
    if (wanted.contains(QStringLiteral("reasons")))
        root.insert(QStringLiteral("reasons"), reasons(analysis.reasons));
    if (wanted.contains(QStringLiteral("weakest-link"))) {
        QJsonArray vendors;
        for (int v = 0; v < analysis.vendors.size() && v < analysis.curves.vendors.size(); ++v) {
            const VendorMeasures &measures = analysis.vendors.at(v);
            vendors.append(
                QJsonObject{{QStringLiteral("vendor"), analysis.curves.vendors.at(v).vendor.name},
                            {QStringLiteral("subprocesses"), weakestLink(measures.subprocesses)},
                            {QStringLiteral("factors"), weakestLink(measures.factors)}});
        }
        root.insert(QStringLiteral("weakestLink"), vendors);
    }
    if (wanted.contains(QStringLiteral("memory")))
        root.insert(QStringLiteral("memory"), memory(analysis.memory));
    if (wanted.contains(QStringLiteral("channels")))
        root.insert(QStringLiteral("channels"), channels(analysis.channels));
    if (wanted.contains(QStringLiteral("incidents")))
        root.insert(QStringLiteral("incidents"), incidents(analysis.incidents));
    if (analysis.comparison)
        root.insert(QStringLiteral("comparison"),
                    comparison(*analysis.comparison, analysis.curves.subprocesses));
    return root;
}

} // namespace Peakend
