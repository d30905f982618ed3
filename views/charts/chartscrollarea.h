#pragma once

#include <QScrollArea>

namespace Peakend {

class ChartView;

// A chart tab: the chart fills the tab, and where its rows would not be readable at that
// height (a heat map of 200 vendors) it is drawn as tall as they need and scrolls
// vertically, never sideways.
class ChartScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit ChartScrollArea(ChartView *view, QWidget *parent = nullptr);

    ChartView *view() const { return m_view; }
    // After the chart's data changed: the height its rows need may have too.
    void fitChart();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    ChartView *m_view;
};

} // namespace Peakend
