#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

namespace Peakend {

// Where the text of a mark goes: a box near its anchor that stays inside the bounds and
// covers nothing already taken (other labels, dots, corner names). The preferred sides are
// tried first at gap from the anchor, then rings further out, step apart, all round the
// anchor. Every chart that names its marks places them here, so they agree on what
// "readable" means.
class LabelPlacer
{
public:
    enum class Side { Right, Left, Above, Below };

    explicit LabelPlacer(const QRectF &bounds) : m_bounds(bounds) {}

    void take(const QRectF &rect) { m_taken.append(rect); }
    const QList<QRectF> &taken() const { return m_taken; }

    // The free box of size nearest to anchor (and takes it); nullopt when there is no room.
    std::optional<QRectF> place(const QPointF &anchor, const QSizeF &size, double gap,
                                const QList<Side> &first, double step);

private:
    bool fits(const QRectF &rect) const;

    QRectF m_bounds;
    QList<QRectF> m_taken;
};

} // namespace Peakend
