#pragma once

#include "phase.h"

#include <QString>

namespace Peakend {

// One stage of the purchase journey; position orders them chronologically.
struct Subprocess
{
    qint64 id = 0;
    QString name;
    Phase phase = Phase::PrePurchase;
    int position = 0;
    bool carriesBrand = false; // used by the brand-alignment flags (DESIGN.md §2.2)
};

} // namespace Peakend
