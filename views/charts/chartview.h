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

    // The value last clicked, shown until the next click elsewhere; empty when none.
    QString pinnedText() const { return m_pinned; }
    void clearPin(); // the data changed: a pinned value would be stale

signals:
    // Mouse presses, drags and releases on the chart, in its render() coordinates.
    void pressed(const QPointF &position);
    void dragged(const QPointF &position);
    void released();
    void legendClicked(qint64 vendorId); // a vendor's entry in the chart's legend

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    const Chart *m_chart;
    QString m_pinned; // a clicked value stays on the chart
    QPointF m_pinnedAt;
    QPointF m_pressedAt;
    bool m_moved = false;
};

} // namespace Peakend
