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
    QSize sizeHint() const override { return QSize(960, 600); }
    QSize minimumSizeHint() const override { return QSize(320, 240); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const Chart *m_chart;
};

} // namespace Peakend
