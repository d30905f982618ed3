#include "analysisjson.h"

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
                                        {QStringLiteral("phase"), int(subprocess.phase)}});
    }
    QJsonArray vendors;
    for (const VendorCurve &curve : curves.vendors) {
        QJsonArray points;
        for (const CurveCell &cell : curve.cells) {
            QJsonObject point = summary(cell.rating);
            point.insert(QStringLiteral("e"), number(cell.e));
            points.append(point);
        }
        const CurveShape &shape = curve.shape;
        vendors.append(QJsonObject{{QStringLiteral("id"), curve.vendor.id},
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
                                   {QStringLiteral("efficiencyParadox"), curve.efficiencyParadox}});
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
    return {QStringLiteral("curves"), QStringLiteral("drivers"), QStringLiteral("cem"),
            QStringLiteral("nps"),    QStringLiteral("reasons"), QStringLiteral("memory")};
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
    if (wanted.contains(QStringLiteral("memory")))
        root.insert(QStringLiteral("memory"), memory(analysis.memory));
    return root;
}

} // namespace Peakend
