#pragma once

#include "cemcycle.h"
#include "kpi.h"
#include "requirement.h"
#include "subprocess.h"

#include <QList>

namespace Peakend {

// What the seven-step wizard edits of one cycle: its texts, the per-factor entries (brand flag,
// X, E, I, D; in factor order), which subprocesses carry the brand (project-wide), the
// requirements with their alignment scores and the KPIs with their values. A plain copy: the
// wizard's pages change it freely and each step is applied as one undoable command
// (ApplyCycleStep).
struct CycleDraft
{
    CemCycle cycle;
    QList<CycleFactor> factors;
    QList<Subprocess> subprocesses;
    QList<Requirement> requirements; // new ones have an id ≤ 0 until written
    QList<Kpi> kpis;                 // new ones have an id ≤ 0 until written
};

} // namespace Peakend
