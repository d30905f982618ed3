#pragma once

#include <QCoreApplication>
#include <QString>

namespace Peakend {

// The three phases of the purchase journey; stored as 0, 1, 2.
enum class Phase { PrePurchase = 0, Purchase = 1, PostPurchase = 2 };

inline constexpr int phaseCount = 3;

class PhaseNames
{
    Q_DECLARE_TR_FUNCTIONS(PhaseNames)

public:
    static QString name(Phase phase);
};

} // namespace Peakend
