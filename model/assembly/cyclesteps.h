#pragma once

#include "analysis/cemsteps.h"

#include <QList>

namespace Peakend {

class ProjectRepository;

// A CEM cycle with its steps 2–6 computed and its KPIs counted: what the findings, the gap
// chart and the report read of each cycle.
struct CycleSteps
{
    CemCycle cycle;
    CemSteps steps;
    int kpiCount = 0;

    // Every cycle of the project, oldest first.
    static QList<CycleSteps> load(const ProjectRepository &repository);
};

} // namespace Peakend
