#pragma once

#include "survey.h"

#include <QString>

namespace Peakend {

struct CriticalIncident
{
    qint64 id = 0;
    QString occurredOn; // ISO date
    qint64 touchpointId = 0;
    Polarity polarity = Polarity::Negative;
    QString description;
    double responseHours = qQNaN(); // NaN: never answered
};

} // namespace Peakend
