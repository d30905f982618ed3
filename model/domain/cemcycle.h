#pragma once

#include <QString>
#include <QtNumeric>

namespace Peakend {

// One pass through the seven CEM steps (DESIGN.md §2.4).
struct CemCycle
{
    qint64 id = 0;
    QString name;
    int number = 1;
    QString startedOn;   // ISO date
    int currentStep = 1; // 1…7: where the wizard resumes
    QString brandValue;
    QString strategy;
    qint64 surveyId = 0;   // 0: workshop entries only
    qint64 baselineId = 0; // 0: first cycle
};

// Steps 1–4 for one factor; NaN means "not entered yet".
struct CycleFactor
{
    qint64 id = 0;
    qint64 cycleId = 0;
    qint64 factorId = 0;
    bool carriesBrand = false;
    double experience = qQNaN();  // X
    double expectation = qQNaN(); // E
    double importance = qQNaN();  // I
    double ideal = qQNaN();       // D
};

} // namespace Peakend
