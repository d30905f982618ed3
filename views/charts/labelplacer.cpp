#include "labelplacer.h"

#include <algorithm>
#include <cmath>

namespace Peakend {

bool LabelPlacer::fits(const QRectF &rect) const
{
    return m_bounds.contains(rect)
           && std::none_of(m_taken.cbegin(), m_taken.cend(),
                           [&](const QRectF &other) { return other.intersects(rect); });
}

std::optional<QRectF> LabelPlacer::place(const QPointF &anchor, const QSizeF &size, double gap,
                                         const QList<Side> &first, double step)
{
    // The box's near edge at distance d from the anchor, in the direction towards.
    const auto boxAt = [&](const QPointF &towards, double d) {
        QRectF rect(QPointF(), size);
        rect.moveCenter(anchor + towards * d
                        + QPointF(towards.x() * size.width() / 2, towards.y() * size.height() / 2));
        return rect;
    };
    const auto found = [&](const QRectF &rect) {
        m_taken.append(rect);
        return std::optional<QRectF>(rect);
    };
    for (const Side side : first) {
        const QPointF towards = side == Side::Right   ? QPointF(1, 0)
                                : side == Side::Left  ? QPointF(-1, 0)
                                : side == Side::Above ? QPointF(0, -1)
                                                      : QPointF(0, 1);
        if (const QRectF rect = boxAt(towards, gap); fits(rect))
            return found(rect);
    }
    if (step <= 0)
        return std::nullopt;
    const int rings = int(std::max(m_bounds.width(), m_bounds.height()) / step);
    for (int ring = 1; ring <= rings; ++ring) {
        constexpr int angles = 16;
        for (int a = 0; a < angles; ++a) {
            const double angle = 2 * M_PI * a / angles;
            const QRectF rect = boxAt(QPointF(std::cos(angle), std::sin(angle)), gap + ring * step);
            if (fits(rect))
                return found(rect);
        }
    }
    return std::nullopt;
}

} // namespace Peakend
