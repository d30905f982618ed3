#include "chart.h"

#include "chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace Peakend {

Chart::~Chart() = default;

QString Chart::toolTipAt(const QPointF &) const
{
    return QString();
}

qint64 Chart::legendVendorAt(const QPointF &) const
{
    return 0;
}

void Chart::render(QPainter &painter, const QRectF &target) const
{
    using namespace ChartStyle;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(target, color(Role::Background));

    const double margin = textSize(target);
    QRectF area = target.adjusted(margin, margin * 0.6, -margin, -margin * 0.6);

    const QFont titleFont = font(target, 1.45, true);
    painter.setFont(titleFont);
    painter.setPen(color(Role::Text));
    const QRectF titleRect(area.left(), area.top(), area.width(),
                           QFontMetricsF(titleFont).height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(titleFont).elidedText(title(), Qt::ElideRight, area.width()));
    area.setTop(titleRect.bottom() + margin * 0.5);

    const QString note = emptyReason().isEmpty() ? caption() : QString();
    if (!note.isEmpty()) {
        const QFont captionFont = font(target, 0.9);
        painter.setFont(captionFont);
        painter.setPen(color(Role::Muted));
        QTextOption option(Qt::AlignLeft | Qt::AlignTop);
        option.setWrapMode(QTextOption::WordWrap);
        const QRectF bounds
            = painter.boundingRect(QRectF(area.left(), 0, area.width(), 1e6), note, option);
        const QRectF captionRect(area.left(), area.bottom() - bounds.height(), area.width(),
                                 bounds.height());
        painter.drawText(captionRect, note, option);
        area.setBottom(captionRect.top() - margin * 0.5);
    }

    if (!emptyReason().isEmpty()) {
        painter.setFont(font(target, 1.1));
        painter.setPen(color(Role::Muted));
        QTextOption option(Qt::AlignCenter);
        option.setWrapMode(QTextOption::WordWrap);
        painter.drawText(area, emptyReason(), option);
    } else if (area.width() > 10 && area.height() > 10) {
        renderPlot(painter, area);
    }
    painter.restore();
}

} // namespace Peakend
