#pragma once

#include "domain/cemcycle.h"
#include "domain/criticalincident.h"
#include "domain/kpi.h"
#include "domain/requirement.h"
#include "repositorycore.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Peakend {

// CEM cycles and what each holds: factor entries, requirements with their factor links, KPIs
// with their values per period; and the critical incidents.
class CycleRepository : public virtual RepositoryCore
{
    Q_DECLARE_TR_FUNCTIONS(CycleRepository)

public:
    explicit CycleRepository(const ProjectStore &store);

    QList<CemCycle> cycles() const;
    qint64 addCycle(const CemCycle &cycle);
    bool removeCycle(qint64 id); // with its entries, requirements and KPIs
    QList<CycleFactor> cycleFactors(qint64 cycleId) const;
    qint64 addCycleFactor(const CycleFactor &entry);
    QList<Requirement> requirements(qint64 cycleId) const;
    qint64 addRequirement(const Requirement &requirement); // with its factor links
    bool setRequirementFactors(qint64 requirementId, const QList<qint64> &factorIds);
    QList<Kpi> kpis(qint64 cycleId) const;
    qint64 addKpi(const Kpi &kpi); // with its values, at positions 0, 1, …
    std::optional<KpiValue> kpiValue(qint64 kpiId, int position) const;
    // Sets one period's value; nullopt removes it.
    bool setKpiValue(qint64 kpiId, int position, const std::optional<KpiValue> &value);
    QList<CriticalIncident> incidents() const;
    qint64 addIncident(const CriticalIncident &incident);
};

} // namespace Peakend
