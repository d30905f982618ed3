#include "categorylabels.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

namespace {
constexpr double diagonal = 0.70710678118654752; // cos 45° = sin 45°
constexpr int maxLines = 3;
constexpr int wrapFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
} // namespace

CategoryLabels::CategoryLabels(const QStringList &labels, const QFont &font, double slot)
    : m_labels(labels), m_font(font), m_slot(slot)
{
    const QFontMetricsF metrics(font);
    const double gap = metrics.height() * 0.4;
    double tallest = 0.0;
    bool turn = false;
    for (const QString &label : labels) {
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, slot - 4, 1e6), wrapFlags, label);
        // A word wider than the slot would be cut: turn the labels instead.
        if (bounds.width() > slot - 2 || bounds.height() > metrics.lineSpacing() * maxLines + 1) {
            turn = true;
            break;
        }
        tallest = std::max(tallest, bounds.height());
    }
    if (!turn) {
        m_height = tallest + gap;
        return;
    }
    double widest = 0.0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // Parallel lines turned by a clear each other when slot × sin(a) holds one line of text.
    if (slot * diagonal >= metrics.height()) {
        m_angle = 45.0;
        m_height = (widest + metrics.height()) * diagonal + gap;
        m_overhang = labels.isEmpty() ? 0.0 : metrics.horizontalAdvance(labels.first()) * diagonal;
        return;
    }
    m_angle = 90.0;
    m_step = std::max(1, int(std::ceil(metrics.height() / std::max(slot, 1.0))));
    m_height = widest + gap * 2;
    m_overhang = metrics.height() / 2;
}

void CategoryLabels::draw(QPainter &painter, const QList<double> &centres, double top) const
{
    const QFontMetricsF metrics(m_font);
    const double gap = metrics.height() * 0.4;
    painter.save();
    painter.setFont(m_font);
    for (int i = 0; i < m_labels.size() && i < centres.size(); i += m_step) {
        if (m_angle == 0.0) {
            painter.drawText(
                QRectF(centres.at(i) - m_slot / 2 + 2, top + gap, m_slot - 4, m_height), wrapFlags,
                m_labels.at(i));
            continue;
        }
        const double width = metrics.horizontalAdvance(m_labels.at(i));
        painter.save();
        painter.translate(centres.at(i), top + gap);
        painter.rotate(-m_angle);
        painter.drawText(QRectF(-width - 2, -metrics.height() / 2, width, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_labels.at(i));
        painter.restore();
    }
    painter.restore();
}

} // namespace Peakend
