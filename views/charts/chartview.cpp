#include "chartview.h"

#include "chart.h"

#include <QPainter>

namespace Peakend {

ChartView::ChartView(const Chart *chart, QWidget *parent) : QWidget(parent), m_chart(chart)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_chart->render(painter, QRectF(rect()));
}

} // namespace Peakend
