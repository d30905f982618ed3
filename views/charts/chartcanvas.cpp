#include "chartcanvas.h"

#include "chartstyle.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

namespace Peakend {

ChartCanvas::ChartCanvas() : m_scene(new QGraphicsScene), m_chart(nullptr)
{
    clear();
}

ChartCanvas::~ChartCanvas() = default;

void ChartCanvas::layout(const QSizeF &size, const QMarginsF &extra) const
{
    // Room above and right of the plot for the last axis labels, centred on its edges.
    const int room
        = int(m_chart->axes().isEmpty() ? 0 : m_chart->axes().first()->labelsFont().pixelSize());
    m_chart->setMargins((QMarginsF(0, room, room * 1.5, 0) + extra).toMargins());
    m_chart->setGeometry(QRectF(QPointF(0, 0), size));
    m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
    // Qt Charts lays out on the next event-loop turn; exports have none, so do it now.
    m_chart->layout()->invalidate();
    m_chart->layout()->activate();
}

void ChartCanvas::clear() const
{
    // A new chart each time: Qt Charts keeps the label items of removed axes in the scene
    // until a later layout pass, which never comes off screen, so they would be drawn again.
    delete m_chart;
    m_chart = new QChart;
    m_scene->addItem(m_chart);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins());
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->hide();
}

void ChartCanvas::attach(QAbstractSeries *series, QAbstractAxis *horizontal,
                         QAbstractAxis *vertical) const
{
    if (!m_chart->axes().contains(horizontal))
        m_chart->addAxis(horizontal, Qt::AlignBottom);
    if (!m_chart->axes().contains(vertical))
        m_chart->addAxis(vertical, Qt::AlignLeft);
    series->attachAxis(horizontal);
    series->attachAxis(vertical);
}

QRectF ChartCanvas::plotArea() const
{
    return m_chart->plotArea();
}

QPointF ChartCanvas::map(const QPointF &value, const QAbstractSeries *series) const
{
    return m_chart->mapToPosition(value, const_cast<QAbstractSeries *>(series));
}

void ChartCanvas::draw(QPainter &painter, const QPointF &origin) const
{
    const QRectF source = m_scene->sceneRect();
    m_scene->render(&painter, source.translated(origin), source, Qt::IgnoreAspectRatio);
}

void ChartCanvas::styleAxis(QAbstractAxis *axis, const QRectF &target)
{
    using namespace ChartStyle;
    axis->setLabelsFont(font(target, 0.9));
    axis->setLabelsColor(color(Role::Text));
    axis->setTitleFont(font(target, 0.95));
    axis->setTitleBrush(color(Role::Muted));
    axis->setGridLineColor(color(Role::Grid));
    axis->setLinePenColor(color(Role::Axis));
}

} // namespace Peakend

namespace Peakend {

QBarCategoryAxis *ChartCanvas::categoryAxis(const QStringList &names, const QRectF &target)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    axis->setTruncateLabels(false);
    axis->setGridLineVisible(false);
    styleAxis(axis, target);
    return axis;
}

QCategoryAxis *ChartCanvas::valueAxis(const QList<double> &ticks,
                                      const std::function<QString(double)> &label,
                                      const QString &title, const QRectF &target)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (ticks.isEmpty()) { // nothing to measure: an unlabelled axis
        axis->setRange(0.0, 1.0);
    } else {
        axis->setStartValue(ticks.first());
        for (const double tick : ticks)
            axis->append(label(tick), tick);
        axis->setRange(ticks.first(), ticks.last());
    }
    axis->setTitleText(title);
    styleAxis(axis, target);
    return axis;
}

} // namespace Peakend
