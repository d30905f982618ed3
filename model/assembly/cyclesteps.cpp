#include "assembly/cyclesteps.h"

#include "storage/projectrepository.h"

namespace Peakend {

QList<CycleSteps> CycleSteps::load(const ProjectRepository &repository)
{
    QList<CycleSteps> list;
    const QList<Factor> factors = repository.factors();
    for (const CemCycle &cycle : repository.cycles()) {
        list.append({cycle,
                     CemSteps::compute(factors, repository.cycleFactors(cycle.id),
                                       repository.requirements(cycle.id)),
                     int(repository.kpis(cycle.id).size())});
    }
    return list;
}

} // namespace Peakend
