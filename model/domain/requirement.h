#pragma once

#include <QList>
#include <QString>
#include <QtNumeric>

namespace Peakend {

enum class Decision { Undecided = 0, Do = 1, Later = 2, Drop = 3 };

// Step 5–6: an action that closes gaps, with its alignment scores (1–5, 0: not rated).
struct Requirement
{
    qint64 id = 0;
    qint64 cycleId = 0;
    QString title;
    QString description;
    QString owner;
    double costEstimate = qQNaN();
    int strategicFit = 0;
    int readinessPeople = 0;
    int readinessProcess = 0;
    int readinessTechnology = 0;
    Decision decision = Decision::Undecided;
    int position = 0;
    QList<qint64> factorIds;
};

} // namespace Peakend
