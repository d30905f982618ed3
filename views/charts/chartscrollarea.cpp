#include "chartscrollarea.h"

#include "chart.h"
#include "chartview.h"

#include <QCoreApplication>
#include <QResizeEvent>
#include <QScrollBar>

namespace Peakend {

ChartScrollArea::ChartScrollArea(ChartView *view, QWidget *parent)
    : QScrollArea(parent), m_view(view)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(view);
}

void ChartScrollArea::fitChart()
{
    const Chart *chart = m_view->chart();
    const QSize room = maximumViewportSize(); // without a scroll bar
    int height = 0;                           // the view's own minimum
    if (chart && !chart->layoutProblem(QRectF(QPointF(), QSizeF(room))).isEmpty()) {
        // The scroll bar takes some of the width the rows were measured at.
        const double width = room.width() - verticalScrollBar()->sizeHint().width();
        height = chart->readableHeight(width, room.height());
    }
    if (m_view->minimumHeight() != height) {
        m_view->setMinimumHeight(height);
        // The area sizes its widget on a layout request to itself; a lower minimum alone
        // would leave the view as tall as before.
        QEvent request(QEvent::LayoutRequest);
        QCoreApplication::sendEvent(this, &request);
    }
    m_view->update();
}

void ChartScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitChart();
}

} // namespace Peakend
