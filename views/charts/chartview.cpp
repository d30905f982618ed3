#include "chartview.h"

#include "chart.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Peakend {

ChartView::ChartView(const Chart *chart, QWidget *parent) : QWidget(parent), m_chart(chart)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true); // values show on hover
}

void ChartView::setChart(const Chart *chart)
{
    m_chart = chart;
    m_pinned.clear();
    update();
}

void ChartView::clearPin()
{
    if (!m_pinned.isEmpty()) {
        m_pinned.clear();
        update();
    }
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_chart) {
        painter.fillRect(rect(), palette().window());
        return;
    }
    m_chart->render(painter, QRectF(rect()));
    if (m_pinned.isEmpty())
        return;
    // The pinned value in a box beside where it was clicked, kept inside the view.
    painter.setFont(font());
    const QFontMetricsF metrics(font());
    const double pad = metrics.height() * 0.4;
    QRectF box = painter
                     .boundingRect(QRectF(0, 0, width() * 0.5, height()),
                                   Qt::AlignLeft | Qt::TextWordWrap, m_pinned)
                     .adjusted(-pad, -pad, pad, pad);
    box.moveTopLeft(m_pinnedAt + QPointF(pad * 2, pad * 2));
    if (box.right() > width())
        box.moveRight(m_pinnedAt.x() - pad * 2);
    if (box.bottom() > height())
        box.moveBottom(m_pinnedAt.y() - pad * 2);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::ToolTipBase));
    painter.drawRoundedRect(box, pad / 2, pad / 2);
    painter.setPen(palette().color(QPalette::ToolTipText));
    painter.drawText(box.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::TextWordWrap,
                     m_pinned);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressedAt = event->position();
        m_moved = false;
        emit pressed(event->position());
    }
    QWidget::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_moved = m_moved || (event->position() - m_pressedAt).manhattanLength() > 4;
        emit dragged(event->position());
    } else if (m_chart) {
        const QString tip = m_chart->toolTipAt(event->position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), tip, this);
        setCursor(m_chart->legendVendorAt(event->position()) != 0 ? Qt::PointingHandCursor
                                                                  : Qt::ArrowCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        emit released();
        if (!m_moved && m_chart) {
            // A click pins the value under the pointer (or unpins), or picks a legend entry.
            if (const qint64 vendor = m_chart->legendVendorAt(event->position())) {
                emit legendClicked(vendor);
            } else {
                m_pinned = m_chart->toolTipAt(event->position());
                m_pinnedAt = event->position();
                update();
            }
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void ChartView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QWidget::leaveEvent(event);
}

} // namespace Peakend
