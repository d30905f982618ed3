#pragma once

#include <QList>
#include <QString>

namespace Peakend {

struct KpiValue
{
    QString period; // label as entered: "2024-Q1", "1 store" …
    double value = 0.0;
    int position = -1; // as stored (read back); adding a KPI numbers its values 0, 1, …

    // The label after `previous`, counting on its last number: "4 stores" → "5 stores",
    // "2024-Q1" → "2024-Q2"; empty (the user names it) when it has no number.
    static QString nextPeriod(const QString &previous)
    {
        qsizetype end = previous.size();
        while (end > 0 && !previous.at(end - 1).isDigit())
            --end;
        qsizetype start = end;
        while (start > 0 && previous.at(start - 1).isDigit())
            --start;
        if (start == end)
            return QString();
        return previous.left(start)
               + QString::number(previous.mid(start, end - start).toLongLong() + 1)
               + previous.mid(end);
    }
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
