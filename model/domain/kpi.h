#pragma once

#include <QList>
#include <QString>

namespace Peakend {

struct KpiValue
{
    QString period; // label as entered: "2024-Q1", "1 store" …
    double value = 0.0;
    int position = -1; // as stored (read back); adding a KPI numbers its values 0, 1, …
};

// Step 7: a measured outcome, optionally linked to the requirement it tracks.
struct Kpi
{
    qint64 id = 0;
    qint64 cycleId = 0;
    qint64 requirementId = 0; // 0: none
    QString name;
    QString unit;
    int position = 0;
    QList<KpiValue> values; // in period order
};

} // namespace Peakend
