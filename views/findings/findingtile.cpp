#include "findingtile.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionFocusRect>

namespace Peakend {

namespace {
constexpr int padding = 12;
constexpr int spacing = 4;
constexpr int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
} // namespace

FindingTileButton::FindingTileButton(QWidget *parent) : QAbstractButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void FindingTileButton::setTile(const FindingTile &tile)
{
    m_tile = tile;
    setAccessibleName(tile.title + QStringLiteral(": ") + tile.value);
    setAccessibleDescription(tile.detail);
    setToolTip(tr("Open the chart"));
    updateGeometry();
    update();
}

QFont FindingTileButton::titleFont() const
{
    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 0.95);
    return title;
}

QFont FindingTileButton::valueFont() const
{
    QFont value = font();
    value.setPointSizeF(font().pointSizeF() * 1.6);
    value.setBold(true);
    return value;
}

FindingTileButton::Lines FindingTileButton::lines(int width) const
{
    const double text = std::max(40, width - 2 * padding);
    const auto box = [text](const QFont &font, const QString &string, double top) {
        const QRectF bounds
            = QFontMetricsF(font).boundingRect(QRectF(0, 0, text, 1e6), flags, string);
        return QRectF(padding, top, text, string.isEmpty() ? 0.0 : bounds.height());
    };
    Lines result;
    result.title = box(titleFont(), m_tile.title, padding);
    result.value = box(valueFont(), m_tile.value, result.title.bottom() + spacing);
    result.detail = box(font(), m_tile.detail, result.value.bottom() + spacing);
    return result;
}

int FindingTileButton::heightForWidth(int width) const
{
    return int(std::ceil(lines(width).detail.bottom())) + padding;
}

QSize FindingTileButton::sizeHint() const
{
    const int width = 260;
    return QSize(width, heightForWidth(width));
}

QSize FindingTileButton::minimumSizeHint() const
{
    const int width = 180;
    return QSize(width, heightForWidth(width));
}

void FindingTileButton::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void FindingTileButton::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void FindingTileButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = colors.color(QPalette::Base);
    if (isDown())
        fill = colors.color(QPalette::Midlight);
    else if (m_hovered)
        fill = colors.color(QPalette::AlternateBase);
    painter.setBrush(fill);
    painter.setPen(hasFocus() ? colors.color(QPalette::Highlight) : colors.color(QPalette::Mid));
    painter.drawRoundedRect(frame, 6, 6);

    const Lines at = lines(width());
    painter.setFont(titleFont());
    painter.setPen(colors.color(QPalette::PlaceholderText));
    painter.drawText(at.title, flags, m_tile.title);
    painter.setFont(valueFont());
    painter.setPen(colors.color(QPalette::Text));
    painter.drawText(at.value, flags, m_tile.value);
    painter.setFont(font());
    painter.drawText(at.detail, flags, m_tile.detail);
}

} // namespace Peakend
