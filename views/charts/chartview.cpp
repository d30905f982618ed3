#include "chartview.h"

#include "chart.h"

#include <QMouseEvent>
#include <QPainter>

namespace Peakend {

ChartView::ChartView(const Chart *chart, QWidget *parent) : QWidget(parent), m_chart(chart)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ChartView::setChart(const Chart *chart)
{
    m_chart = chart;
    update();
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_chart)
        m_chart->render(painter, QRectF(rect()));
    else
        painter.fillRect(rect(), palette().window());
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit pressed(event->position());
    QWidget::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        emit dragged(event->position());
    QWidget::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit released();
    QWidget::mouseReleaseEvent(event);
}

} // namespace Peakend
