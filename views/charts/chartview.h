#pragma once

#include <QWidget>

namespace Peakend {

class Chart;

// Shows one Chart on screen through the same render() the exports use.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(const Chart *chart, QWidget *parent = nullptr);

    const Chart *chart() const { return m_chart; }
    void setChart(const Chart *chart); // nullptr: nothing drawn
    QSize sizeHint() const override { return QSize(960, 600); }
    QSize minimumSizeHint() const override { return QSize(320, 240); }

signals:
    // Mouse presses, drags and releases on the chart, in its render() coordinates.
    void pressed(const QPointF &position);
    void dragged(const QPointF &position);
    void released();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    const Chart *m_chart;
};

} // namespace Peakend
