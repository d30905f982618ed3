#include "cemsteps.h"

#include "descriptive.h"

#include <algorithm>
#include <cmath>

namespace Peakend {

CemSteps CemSteps::compute(const QList<Factor> &factors, const QList<CycleFactor> &entries,
                           const QList<Requirement> &requirements)
{
    CemSteps steps;
    for (const Factor &factor : factors) {
        CemFactorRow row;
        row.factor = factor;
        for (const CycleFactor &entry : entries) {
            if (entry.factorId != factor.id)
                continue;
            row.carriesBrand = entry.carriesBrand;
            row.experience = entry.experience;
            row.expectation = entry.expectation;
            row.importance = entry.importance;
            row.ideal = entry.ideal;
        }
        row.satisfaction = row.experience - row.expectation;
        row.weighted = row.importance * row.satisfaction;
        if (std::isnan(row.ideal))
            row.ideal = row.experience;
        row.gap = row.experience - row.ideal;
        steps.factors.append(row);
    }
    for (int i = 0; i < int(steps.factors.size()); ++i) {
        if (steps.factors.at(i).weighted < 0.0)
            steps.keyExperiences.append(i);
    }
    std::stable_sort(
        steps.keyExperiences.begin(), steps.keyExperiences.end(), [&steps](int a, int b) {
            const CemFactorRow &x = steps.factors.at(a);
            const CemFactorRow &y = steps.factors.at(b);
            return x.weighted != y.weighted ? x.weighted < y.weighted : x.importance > y.importance;
        });
    for (int rank = 0; rank < int(steps.keyExperiences.size()); ++rank)
        steps.factors[steps.keyExperiences.at(rank)].keyRank = rank + 1;

    double prioritySum = 0.0;
    int prioritised = 0;
    for (const Requirement &requirement : requirements) {
        CemRequirementRow row;
        row.requirement = requirement;
        for (const CemFactorRow &factor : std::as_const(steps.factors)) {
            if (!requirement.factorIds.contains(factor.factor.id))
                continue;
            const double term = std::abs(factor.gap) * factor.importance;
            if (!std::isnan(term))
                row.priority = (std::isnan(row.priority) ? 0.0 : row.priority) + term;
        }
        double scoreSum = 0.0;
        for (const int score : {requirement.strategicFit, requirement.readinessPeople,
                                requirement.readinessProcess, requirement.readinessTechnology}) {
            if (score > 0) {
                scoreSum += score;
                ++row.scoresRated;
            }
        }
        if (row.scoresRated > 0)
            row.feasibility = scoreSum / row.scoresRated;
        if (!std::isnan(row.priority)) {
            prioritySum += row.priority;
            ++prioritised;
        }
        steps.requirements.append(row);
    }
    if (prioritised > 0)
        steps.prioritySplit = prioritySum / prioritised;
    for (CemRequirementRow &row : steps.requirements) {
        if (std::isnan(row.priority) || std::isnan(row.feasibility))
            continue;
        const bool impact = row.priority >= steps.prioritySplit;
        const bool feasible = row.feasibility >= feasibilitySplit;
        row.quadrant
            = impact ? (feasible ? ImpactFeasibility::QuickWin : ImpactFeasibility::MajorProject)
                     : (feasible ? ImpactFeasibility::FillIn : ImpactFeasibility::Reconsider);
    }
    std::stable_sort(steps.requirements.begin(), steps.requirements.end(),
                     [](const CemRequirementRow &a, const CemRequirementRow &b) {
                         const double x = std::isnan(a.priority) ? -1.0 : a.priority;
                         const double y = std::isnan(b.priority) ? -1.0 : b.priority;
                         return x > y;
                     });
    return steps;
}

CemFromSurvey::Result CemFromSurvey::compute(const SurveyData &data, int vendor,
                                             const ImportanceOptions &importanceOptions)
{
    Result result;
    const int factorCount = data.factorCount();
    std::vector<Descriptive::Accumulator> means(static_cast<size_t>(factorCount * 3));
    for (int c = 0; c < data.caseCount(); ++c) {
        if (data.cases.at(c).vendor != vendor)
            continue;
        for (int f = 0; f < factorCount; ++f) {
            for (int kind = 0; kind < 3; ++kind) {
                means[size_t(f * 3 + kind)].add(data.factorRating(c, f, FactorRatingKind(kind)),
                                                data.weight(c));
            }
        }
    }
    bool stated = false;
    for (int f = 0; f < factorCount; ++f) {
        CycleFactor entry;
        entry.factorId = data.factors.at(f).id;
        entry.carriesBrand = data.factors.at(f).carriesBrand;
        entry.experience = means[size_t(f * 3)].summary().mean;
        entry.expectation = means[size_t(f * 3 + 1)].summary().mean;
        entry.importance = means[size_t(f * 3 + 2)].summary().mean;
        stated = stated || !std::isnan(entry.importance);
        result.statedImportance.append(entry.importance);
        result.derivedImportance.append(qQNaN());
        result.entries.append(entry);
    }
    if (factorCount == 0)
        return result;

    DriverData drivers;
    drivers.outcomeName = tr("Overall satisfaction");
    for (const Factor &factor : data.factors)
        drivers.driverNames.append(factor.name);
    std::vector<double> row(static_cast<size_t>(factorCount));
    for (int c = 0; c < data.caseCount(); ++c) {
        for (int f = 0; f < factorCount; ++f)
            row[size_t(f)] = data.factorRating(c, f, FactorRatingKind::Experience);
        drivers.appendRow(row, data.cases.at(c).overall, data.weight(c), data.respondentId(c));
    }
    result.derived = DriverImportance::compute(drivers, importanceOptions);
    if (result.derived.isValid()) {
        QList<double> shares;
        for (const DriverImportanceRow &driver : std::as_const(result.derived.drivers))
            shares.append(result.derived.hasShapley ? driver.shapleyShare
                                                    : driver.relativeWeightShare);
        result.derivedImportance
            = DriverImportance::rescaled(shares, data.scale.min, data.scale.max);
    }
    if (stated)
        return result;
    result.importanceDerived = result.derived.isValid();
    for (int f = 0; f < factorCount; ++f)
        result.entries[f].importance = result.derivedImportance.at(f);
    return result;
}

bool CemFromSurvey::Result::hasStatedImportance() const
{
    return std::any_of(statedImportance.cbegin(), statedImportance.cend(),
                       [](double value) { return !std::isnan(value); });
}

} // namespace Peakend
