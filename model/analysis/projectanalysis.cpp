#include "projectanalysis.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Peakend {

namespace {

// The IPA grid's crosshair and, for the scale-centred one, its centre on the wave's scale.
IpaOptions ipaOptions(const ProjectAnalysisOptions &options, const SurveyData &data)
{
    IpaOptions ipa;
    ipa.crosshair = options.crosshair;
    ipa.scalePerformanceCentre = data.scale.neutral;
    ipa.scaleImportanceCentre = (data.scale.min + data.scale.max) / 2.0;
    return ipa;
}

ImportanceMap importanceMap(const DriverData &drivers, const SurveyData &data,
                            const QList<double> &performance, const ProjectAnalysisOptions &options)
{
    ImportanceMap map;
    map.importance = DriverImportance::compute(drivers, options.importance);
    map.performance = performance;
    if (map.importance.isValid()) {
        QList<double> shares;
        for (const DriverImportanceRow &row : std::as_const(map.importance.drivers)) {
            shares.append(map.importance.hasShapley ? row.shapleyShare : row.relativeWeightShare);
        }
        map.rescaledImportance = DriverImportance::rescaled(shares, data.scale.min, data.scale.max);
    }
    map.ipa = ImportancePerformance::compute(drivers.driverNames, performance,
                                             map.rescaledImportance, ipaOptions(options, data));
    return map;
}

QStringList namesOf(const QList<Subprocess> &items)
{
    QStringList names;
    for (const Subprocess &item : items)
        names.append(item.name);
    return names;
}

QStringList namesOf(const QList<Factor> &items)
{
    QStringList names;
    for (const Factor &item : items)
        names.append(item.name);
    return names;
}

} // namespace

DriverData ProjectAnalysis::subprocessDrivers(const SurveyData &data, const Outcome &outcome)
{
    const Outcome::Values values = outcome.of(data);
    DriverData drivers;
    drivers.outcomeName = values.name;
    drivers.binary = values.binary;
    drivers.driverNames = namesOf(data.subprocesses);
    if (!values.error.isEmpty()) {
        drivers.outcomeError = values.error;
        return drivers;
    }
    const int count = data.subprocessCount();
    drivers.reserve(data.caseCount());
    for (int c = 0; c < data.caseCount(); ++c) {
        const auto first = data.ratings.begin() + c * count;
        drivers.appendRow(std::vector<double>(first, first + count), values.values[size_t(c)],
                          data.weight(c), data.respondentId(c));
    }
    return drivers;
}

DriverData ProjectAnalysis::factorDrivers(const SurveyData &data, const Outcome &outcome)
{
    const Outcome::Values values = outcome.of(data);
    DriverData drivers;
    drivers.outcomeName = values.name;
    drivers.binary = values.binary;
    drivers.driverNames = namesOf(data.factors);
    if (!values.error.isEmpty()) {
        drivers.outcomeError = values.error;
        return drivers;
    }
    std::vector<double> row(static_cast<size_t>(data.factorCount()));
    drivers.reserve(data.caseCount());
    for (int c = 0; c < data.caseCount(); ++c) {
        for (int f = 0; f < data.factorCount(); ++f)
            row[size_t(f)] = data.factorRating(c, f, FactorRatingKind::Experience);
        drivers.appendRow(row, values.values[size_t(c)], data.weight(c), data.respondentId(c));
    }
    return drivers;
}

ProjectAnalysis ProjectAnalysis::compute(const SurveyData &everyone,
                                         const QList<CriticalIncident> &incidents,
                                         const QList<Touchpoint> &touchpoints,
                                         const ProjectAnalysisOptions &options,
                                         const QList<Channel> &channels)
{
    ProjectAnalysis analysis;
    analysis.segment = options.segment;
    if (!everyone.isConsistent())
        return analysis; // the loader never makes such data; nothing is read out of bounds
    std::optional<SurveyData> segment; // a copy only when a segment leaves cases out
    if (!options.segment.isEmpty())
        segment = everyone.filtered(options.segment);
    const SurveyData &data = segment ? *segment : everyone;
    std::vector<char> answered(size_t(data.respondents.size()), 0);
    for (const SurveyCase &surveyCase : data.cases)
        answered[size_t(surveyCase.respondent)] = 1;
    analysis.respondents = int(std::count(answered.cbegin(), answered.cend(), 1));
    analysis.cases = data.caseCount();
    analysis.scale = data.scale;

    analysis.curves = EmotionCurves::compute(data, options.curves);
    if (options.comparison)
        analysis.comparison = SegmentComparison::compute(
            everyone, options.comparison->first, options.comparison->second, options.curves.level);
    if (options.parts.testFlag(AnalysisPart::Memory))
        analysis.memory = MemoryModel::compute(data, analysis.curves);
    if (options.parts & (AnalysisPart::Drivers | AnalysisPart::Measures))
        analysis.computeDriversAndMeasures(data, options);
    if (options.parts.testFlag(AnalysisPart::Channels))
        analysis.computeChannels(data, options.channelAttribute, touchpoints, channels);
    if (options.parts.testFlag(AnalysisPart::Incidents))
        analysis.incidents = IncidentSummary::compute(incidents, touchpoints, channels);
    return analysis;
}

void ProjectAnalysis::computeDriversAndMeasures(const SurveyData &data,
                                                const ProjectAnalysisOptions &options)
{
    const int subprocessCount = data.subprocessCount();
    const int factorCount = data.factorCount();
    const int vendorCount = int(data.vendors.size());
    // Pooled performance, and per vendor the weakest-link tallies, in one pass over the cases.
    std::vector<Descriptive::Accumulator> subprocessMeans(static_cast<size_t>(subprocessCount));
    std::vector<Descriptive::Accumulator> factorMeans(static_cast<size_t>(factorCount * 3));
    const double dissatisfied = WeakestLink::threshold(data.scale, options.weakestLink);
    std::vector<WeakestLink::Tally> subprocessTallies(size_t(vendorCount),
                                                      {subprocessCount, dissatisfied});
    std::vector<WeakestLink::Tally> factorTallies(size_t(vendorCount), {factorCount, dissatisfied});
    for (int c = 0; c < data.caseCount(); ++c) {
        const size_t v = size_t(data.cases.at(c).vendor);
        const double w = data.weight(c);
        const double *ratings = data.ratings.data() + size_t(c) * size_t(subprocessCount);
        subprocessTallies[v].addEvaluation(ratings, 1, w);
        for (int s = 0; s < subprocessCount; ++s)
            subprocessMeans[size_t(s)].add(ratings[s], w);
        const double *factors = data.factorRatings.data() + size_t(c) * size_t(factorCount) * 3;
        factorTallies[v].addEvaluation(factors + int(FactorRatingKind::Experience), 3, w);
        for (int i = 0; i < factorCount * 3; ++i)
            factorMeans[size_t(i)].add(factors[i], w);
    }
    QList<double> subprocessPerformance;
    for (const Descriptive::Accumulator &mean : subprocessMeans)
        subprocessPerformance.append(mean.summary().mean);
    QList<double> factorPerformance;
    QList<double> statedImportance;
    for (int f = 0; f < factorCount; ++f) {
        factorPerformance.append(factorMeans[size_t(f * 3)].summary().mean);
        statedImportance.append(factorMeans[size_t(f * 3 + 2)].summary().mean);
    }
    if (options.parts.testFlag(AnalysisPart::Drivers)) {
        journey = importanceMap(subprocessDrivers(data, options.outcome), data,
                                subprocessPerformance, options);
        factorsDerived
            = importanceMap(factorDrivers(data, options.outcome), data, factorPerformance, options);
        factorsStated = ImportancePerformance::compute(namesOf(data.factors), factorPerformance,
                                                       statedImportance, ipaOptions(options, data));
    }
    if (!options.parts.testFlag(AnalysisPart::Measures))
        return;

    reasons = ReasonShares::compute(data, -1, options.curves.level);
    nps = NetPromoterScore::compute(data, -1, options.curves.level);
    const QStringList subprocessNames = namesOf(data.subprocesses);
    const QStringList factorNames = namesOf(data.factors);
    for (int v = 0; v < vendorCount; ++v) {
        VendorMeasures measures;
        measures.nps = NetPromoterScore::compute(data, v, options.curves.level);
        measures.subprocesses = WeakestLink::fromTally(
            subprocessNames, subprocessTallies[size_t(v)], data.scale, options.weakestLink);
        measures.factors = WeakestLink::fromTally(factorNames, factorTallies[size_t(v)], data.scale,
                                                  options.weakestLink);
        measures.reasons = ReasonShares::compute(data, v, options.curves.level);
        if (options.parts.testFlag(AnalysisPart::Drivers)) {
            QList<double> performance;
            for (const CurveCell &cell : curves.vendors.at(v).cells)
                performance.append(cell.rating.mean);
            measures.ipa = ImportancePerformance::compute(subprocessNames, performance,
                                                          journey.rescaledImportance,
                                                          ipaOptions(options, data));
        }
        vendors.append(measures);
    }
}

void ProjectAnalysis::computeChannels(const SurveyData &data, const QString &channelAttribute,
                                      const QList<Touchpoint> &touchpoints,
                                      const QList<Channel> &projectChannels)
{
    // The respondent attribute that says through which channel they bought: the one named
    // like options.channelAttribute, else one whose answers are all names of the project's
    // channels (those its touchpoints sit in), whatever the attribute is called.
    const auto channelName = [&projectChannels](const QString &value) {
        for (const Channel &channel : projectChannels) {
            if (channel.name.compare(value.trimmed(), Qt::CaseInsensitive) == 0)
                return channel.name;
        }
        return QString();
    };
    qsizetype channelColumn = -1;
    bool projectNames = false;
    for (qsizetype i = 0; i < data.attributeNames.size() && channelColumn < 0; ++i) {
        if (data.attributeNames.at(i).compare(channelAttribute, Qt::CaseInsensitive) == 0)
            channelColumn = i;
    }
    for (qsizetype i = 0; i < data.attributeNames.size() && channelColumn < 0; ++i) {
        QSet<QString> seen;
        bool all = true;
        for (const SurveyRespondent &respondent : data.respondents) {
            const QString value = respondent.attributes.value(i);
            if (value.isEmpty())
                continue;
            const QString name = channelName(value);
            all = all && !name.isEmpty();
            seen.insert(name);
        }
        if (all && seen.size() >= 2) {
            channelColumn = i;
            projectNames = true;
        }
    }
    if (channelColumn < 0)
        return;
    const auto channelOf = [&](int c) {
        const QString value
            = data.respondents.at(data.cases.at(c).respondent).attributes.value(channelColumn);
        return projectNames ? channelName(value) : value;
    };
    QStringList channels;
    for (int c = 0; c < data.caseCount(); ++c) {
        const QString channel = channelOf(c);
        if (!channel.isEmpty() && !channels.contains(channel))
            channels.append(channel);
    }
    std::sort(channels.begin(), channels.end());

    // A subprocess is compared only across the channels that offer a touchpoint for it (all
    // channels when none of its touchpoints names a channel).
    const int subprocessCount = data.subprocessCount();
    std::vector<char> offered(static_cast<size_t>(subprocessCount * channels.size()), 0);
    for (int s = 0; s < subprocessCount; ++s) {
        bool any = false;
        for (const Touchpoint &touchpoint : touchpoints) {
            if (touchpoint.subprocessId != data.subprocesses.at(s).id)
                continue;
            for (const Channel &channel : projectChannels) {
                const qsizetype at = channels.indexOf(channel.name);
                if (channel.id == touchpoint.channelId && at >= 0) {
                    offered[size_t(s * channels.size() + at)] = 1;
                    any = true;
                }
            }
        }
        if (!any)
            std::fill_n(offered.begin() + s * channels.size(), channels.size(), 1);
    }
    std::vector<Descriptive::Accumulator> cells(
        static_cast<size_t>(subprocessCount * channels.size()));
    for (int c = 0; c < data.caseCount(); ++c) {
        const qsizetype channel = channels.indexOf(channelOf(c));
        if (channel < 0)
            continue;
        for (int s = 0; s < subprocessCount; ++s)
            cells[size_t(s * channels.size() + channel)].add(data.rating(c, s), data.weight(c));
    }
    QList<double> means;
    for (size_t i = 0; i < cells.size(); ++i)
        means.append(offered[i] ? cells[i].summary().mean : qQNaN());
    this->channels = ChannelConsistency::compute(namesOf(data.subprocesses), channels, means,
                                                 data.scale.min, data.scale.max);
}

} // namespace Peakend
