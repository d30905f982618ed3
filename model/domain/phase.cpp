#include "phase.h"

namespace Peakend {

QString PhaseNames::name(Phase phase)
{
    switch (phase) {
    case Phase::PrePurchase:
        return tr("Pre-purchase");
    case Phase::Purchase:
        return tr("Purchase");
    case Phase::PostPurchase:
        return tr("Post-purchase");
    }
    return QString();
}

} // namespace Peakend
