#include "export/analysistables.h"

#include "export/analysisjson.h"

#include <cmath>

namespace Peakend {

namespace {

QString number(double value)
{
    return ReportTable::number(value);
}

QString integer(qint64 value)
{
    return QString::number(value);
}

ReportTable curves(const ProjectAnalysis &analysis)
{
    ReportTable table{QStringLiteral("curves"),
                      QString(),
                      {},
                      {},
                      {QStringLiteral("vendor"), QStringLiteral("subprocess"),
                       QStringLiteral("position"), QStringLiteral("n"), QStringLiteral("mean"),
                       QStringLiteral("sd"), QStringLiteral("ciLow"), QStringLiteral("ciHigh"),
                       QStringLiteral("e")},
                      {}};
    const EmotionCurves &curves = analysis.curves;
    for (const VendorCurve &curve : curves.vendors) {
        for (int s = 0; s < curve.cells.size() && s < curves.subprocesses.size(); ++s) {
            const CurveCell &cell = curve.cells.at(s);
            table.values.append({curve.vendor.name, curves.subprocesses.at(s).name, integer(s + 1),
                                 integer(cell.rating.n), number(cell.rating.mean),
                                 number(cell.rating.sd), number(cell.rating.ciLow),
                                 number(cell.rating.ciHigh), number(cell.e)});
        }
    }
    return table;
}

void appendDrivers(ReportTable &table, const QString &set, const ImportanceResult &result)
{
    for (const DriverImportanceRow &row : result.drivers) {
        table.values.append(
            {set, row.name, number(row.r), number(row.beta), number(row.relativeWeight),
             number(row.relativeWeightCi.low), number(row.relativeWeightCi.high),
             number(row.relativeWeightShare), number(row.relativeWeightShareCi.low),
             number(row.relativeWeightShareCi.high), number(row.shapley), number(row.shapleyCi.low),
             number(row.shapleyCi.high), number(row.shapleyShare), number(row.shapleyShareCi.low),
             number(row.shapleyShareCi.high), integer(result.n), number(result.rSquared)});
    }
}

ReportTable drivers(const ProjectAnalysis &analysis)
{
    ReportTable table{
        QStringLiteral("drivers"),
        QString(),
        {},
        {},
        {QStringLiteral("set"), QStringLiteral("driver"), QStringLiteral("r"),
         QStringLiteral("beta"), QStringLiteral("relativeWeight"),
         QStringLiteral("relativeWeightCiLow"), QStringLiteral("relativeWeightCiHigh"),
         QStringLiteral("relativeWeightShare"), QStringLiteral("relativeWeightShareCiLow"),
         QStringLiteral("relativeWeightShareCiHigh"), QStringLiteral("shapley"),
         QStringLiteral("shapleyCiLow"), QStringLiteral("shapleyCiHigh"),
         QStringLiteral("shapleyShare"), QStringLiteral("shapleyShareCiLow"),
         QStringLiteral("shapleyShareCiHigh"), QStringLiteral("n"), QStringLiteral("rSquared")},
        {}};
    appendDrivers(table, QStringLiteral("subprocesses"), analysis.journey.importance);
    appendDrivers(table, QStringLiteral("factors"), analysis.factorsDerived.importance);
    return table;
}

ReportTable cem(const CemSteps &steps)
{
    ReportTable table{QStringLiteral("cem"),
                      QString(),
                      {},
                      {},
                      {QStringLiteral("factor"), QStringLiteral("carriesBrand"),
                       QStringLiteral("experience"), QStringLiteral("expectation"),
                       QStringLiteral("satisfaction"), QStringLiteral("importance"),
                       QStringLiteral("weighted"), QStringLiteral("ideal"), QStringLiteral("gap"),
                       QStringLiteral("keyRank")},
                      {}};
    for (const CemFactorRow &row : steps.factors) {
        table.values.append({row.factor.name,
                             row.carriesBrand ? QStringLiteral("true") : QStringLiteral("false"),
                             number(row.experience), number(row.expectation),
                             number(row.satisfaction), number(row.importance), number(row.weighted),
                             number(row.ideal), number(row.gap), integer(row.keyRank)});
    }
    return table;
}

QStringList npsRow(const QString &vendor, const NpsResult &nps)
{
    return {vendor,
            integer(nps.n),
            number(nps.promoters),
            number(nps.passives),
            number(nps.detractors),
            number(nps.nps),
            number(nps.ci.low),
            number(nps.ci.high)};
}

ReportTable nps(const ProjectAnalysis &analysis)
{
    ReportTable table{QStringLiteral("nps"),
                      QString(),
                      {},
                      {},
                      {QStringLiteral("vendor"), QStringLiteral("n"), QStringLiteral("promoters"),
                       QStringLiteral("passives"), QStringLiteral("detractors"),
                       QStringLiteral("nps"), QStringLiteral("ciLow"), QStringLiteral("ciHigh")},
                      {}};
    table.values.append(npsRow(QString(), analysis.nps)); // all vendors: no vendor name
    for (int v = 0; v < analysis.vendors.size() && v < analysis.curves.vendors.size(); ++v)
        table.values.append(
            npsRow(analysis.curves.vendors.at(v).vendor.name, analysis.vendors.at(v).nps));
    return table;
}

ReportTable reasons(const ProjectAnalysis &analysis)
{
    ReportTable table{QStringLiteral("reasons"),
                      QString(),
                      {},
                      {},
                      {QStringLiteral("factor"), QStringLiteral("n"), QStringLiteral("like"),
                       QStringLiteral("likeLow"), QStringLiteral("likeHigh"),
                       QStringLiteral("dislike"), QStringLiteral("dislikeLow"),
                       QStringLiteral("dislikeHigh")},
                      {}};
    for (const ReasonShare &share : analysis.reasons.factors) {
        table.values.append({share.factor.name, integer(analysis.reasons.n),
                             number(share.like.share), number(share.like.ciLow),
                             number(share.like.ciHigh), number(share.dislike.share),
                             number(share.dislike.ciLow), number(share.dislike.ciHigh)});
    }
    return table;
}

ReportTable memory(const ProjectAnalysis &analysis)
{
    ReportTable table{QStringLiteral("memory"),
                      QString(),
                      {},
                      {},
                      {QStringLiteral("rule"), QStringLiteral("n"), QStringLiteral("rSquared"),
                       QStringLiteral("spearman"), QStringLiteral("best")},
                      {}};
    for (const MemoryRuleFit &fit : analysis.memory.rules) {
        table.values.append(
            {AnalysisJson::ruleKey(fit.rule), integer(analysis.memory.n), number(fit.rSquared),
             number(fit.spearman),
             fit.rule == analysis.memory.best ? QStringLiteral("true") : QStringLiteral("false")});
    }
    return table;
}

void appendIpa(ReportTable &table, const QString &set, const IpaResult &result)
{
    for (const IpaPoint &point : result.points)
        table.values.append({set, point.name, number(point.performance), number(point.importance),
                             AnalysisJson::ipaQuadrantKey(point.quadrant)});
}

ReportTable ipa(const ProjectAnalysis &analysis)
{
    ReportTable table{QStringLiteral("ipa"),
                      QString(),
                      {},
                      {},
                      {QStringLiteral("set"), QStringLiteral("name"), QStringLiteral("performance"),
                       QStringLiteral("importance"), QStringLiteral("quadrant")},
                      {}};
    appendIpa(table, QStringLiteral("subprocesses"), analysis.journey.ipa);
    appendIpa(table, QStringLiteral("factorsDerived"), analysis.factorsDerived.ipa);
    appendIpa(table, QStringLiteral("factorsStated"), analysis.factorsStated);
    for (int v = 0; v < analysis.vendors.size() && v < analysis.curves.vendors.size(); ++v)
        appendIpa(table, analysis.curves.vendors.at(v).vendor.name, analysis.vendors.at(v).ipa);
    return table;
}

void appendLinks(ReportTable &table, const QString &vendor, const QString &set,
                 const WeakestLink &link)
{
    for (int i = 0; i < link.items.size(); ++i) {
        const WeakestLinkItem &item = link.items.at(i);
        table.values.append(
            {vendor, set, item.name, integer(item.rating.n), number(item.rating.mean),
             number(item.dissatisfiedShare),
             i == link.weakest ? QStringLiteral("true") : QStringLiteral("false"),
             i == link.weakest && link.alert ? QStringLiteral("true") : QStringLiteral("false"),
             i == link.mostDissatisfied ? QStringLiteral("true") : QStringLiteral("false"),
             number(link.anyDissatisfied.share)});
    }
}

ReportTable weakestLinks(const ProjectAnalysis &analysis)
{
    ReportTable table{QStringLiteral("weakest-link"),
                      QString(),
                      {},
                      {},
                      {QStringLiteral("vendor"), QStringLiteral("set"), QStringLiteral("name"),
                       QStringLiteral("n"), QStringLiteral("mean"),
                       QStringLiteral("dissatisfiedShare"), QStringLiteral("weakest"),
                       QStringLiteral("alert"), QStringLiteral("mostDissatisfied"),
                       QStringLiteral("anyDissatisfied")},
                      {}};
    for (int v = 0; v < analysis.vendors.size() && v < analysis.curves.vendors.size(); ++v) {
        const QString vendor = analysis.curves.vendors.at(v).vendor.name;
        appendLinks(table, vendor, QStringLiteral("subprocesses"),
                    analysis.vendors.at(v).subprocesses);
        appendLinks(table, vendor, QStringLiteral("factors"), analysis.vendors.at(v).factors);
    }
    return table;
}

ReportTable channels(const ProjectAnalysis &analysis)
{
    ReportTable table{QStringLiteral("channels"),
                      QString(),
                      {},
                      {},
                      {QStringLiteral("name"), QStringLiteral("channel"), QStringLiteral("mean"),
                       QStringLiteral("consistency")},
                      {}};
    const ChannelConsistency &consistency = analysis.channels;
    for (const ChannelConsistencyItem &item : consistency.items) {
        for (int c = 0; c < item.means.size() && c < consistency.channels.size(); ++c)
            table.values.append({item.name, consistency.channels.at(c), number(item.means.at(c)),
                                 number(item.consistency)});
    }
    return table;
}

ReportTable incidents(const ProjectAnalysis &analysis)
{
    ReportTable table{QStringLiteral("incidents"),
                      QString(),
                      {},
                      {},
                      {QStringLiteral("by"), QStringLiteral("name"), QStringLiteral("positive"),
                       QStringLiteral("negative"), QStringLiteral("answered"),
                       QStringLiteral("answeredInTime"), QStringLiteral("inTimeShare"),
                       QStringLiteral("medianResponseHours")},
                      {}};
    const auto row = [&table](const QString &by, const QString &name, const IncidentTally &count) {
        table.values.append({by, name, integer(count.positive), integer(count.negative),
                             integer(count.answered), integer(count.answeredInTime),
                             number(count.inTimeShare()), number(count.medianResponseHours)});
    };
    for (const IncidentCount &count : analysis.incidents.touchpoints)
        row(QStringLiteral("touchpoint"), count.touchpoint.name, count);
    for (const IncidentChannelCount &count : analysis.incidents.channels)
        row(QStringLiteral("channel"), count.channel.name, count);
    return table;
}

ReportTable comparison(const ProjectAnalysis &analysis)
{
    ReportTable table{QStringLiteral("comparison"),
                      QString(),
                      {},
                      {},
                      {QStringLiteral("vendor"), QStringLiteral("measure"), QStringLiteral("a"),
                       QStringLiteral("b"), QStringLiteral("difference"), QStringLiteral("ciLow"),
                       QStringLiteral("ciHigh"), QStringLiteral("significant")},
                      {}};
    if (!analysis.comparison)
        return table;
    const auto row = [&table](const QString &vendor, const QString &measure, const Difference &d) {
        table.values.append({vendor, measure, number(d.a), number(d.b), number(d.difference),
                             number(d.ci.low), number(d.ci.high),
                             d.isSignificant() ? QStringLiteral("true") : QStringLiteral("false")});
    };
    for (const SegmentVendorComparison &vendor : analysis.comparison->vendors) {
        row(vendor.vendor.name, QStringLiteral("overall"), vendor.overall);
        row(vendor.vendor.name, QStringLiteral("nps"), vendor.nps);
        for (int s = 0; s < vendor.subprocesses.size(); ++s)
            row(vendor.vendor.name, analysis.curves.subprocesses.value(s).name,
                vendor.subprocesses.at(s));
    }
    return table;
}

} // namespace

ReportTable AnalysisTables::table(const QString &section, const ProjectAnalysis &analysis,
                                  const CemSteps &steps)
{
    if (section == QLatin1String("curves"))
        return curves(analysis);
    if (section == QLatin1String("drivers"))
        return drivers(analysis);
    if (section == QLatin1String("cem"))
        return cem(steps);
    if (section == QLatin1String("nps"))
        return nps(analysis);
    if (section == QLatin1String("comparison"))
        return comparison(analysis);
    if (section == QLatin1String("ipa"))
        return ipa(analysis);
    if (section == QLatin1String("weakest-link"))
        return weakestLinks(analysis);
    if (section == QLatin1String("channels"))
        return channels(analysis);
    if (section == QLatin1String("incidents"))
        return incidents(analysis);
    if (section == QLatin1String("reasons"))
        return reasons(analysis);
    return memory(analysis);
}

} // namespace Peakend
