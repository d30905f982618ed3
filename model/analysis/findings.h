#pragma once

#include "assembly/cyclesteps.h"
#include "projectanalysis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Peakend {

// One headline number of the findings, and the chart that shows it in full.
struct FindingTile
{
    QString chart;  // a chart key of the command line ("nps"), never translated
    QString title;  // "Net Promoter Score"
    QString value;  // "+12.3"
    QString detail; // "95 % CI +8.1 to +16.4 · n = 1,402"
};

// What a manager should see first when a project opens, and on the report's first page: the
// story in one plain sentence (the efficiency paradox when a vendor shows it) and a few tiles
// (NPS, best and least liked vendor, the key experience of the latest CEM cycle, the memory
// rule that fits best, the weakest link), each pointing at its chart.
struct Findings
{
    QString headline;
    // Index into the curves' vendors whose curve the headline is about: the paradox vendor,
    // else the own company, else the best liked; -1 when there are no curves.
    int focusVendor = -1;
    bool paradox = false;
    QList<FindingTile> tiles;

    // latest: the latest CEM cycle, null when there is none.
    static Findings compute(const ProjectAnalysis &analysis, const CycleSteps *latest = nullptr);
    // Where a CEM cycle stands and what the team should do next, in one sentence.
    static QString nextStep(const CycleSteps &cycle);

    Q_DECLARE_TR_FUNCTIONS(Findings)
};

} // namespace Peakend
