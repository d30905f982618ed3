#pragma once

#include "charts/chartbook.h"

#include <QPointer>
#include <QWidget>

class QScreen;

namespace Peakend {

class Chart;
class ChartsPage;
class EmotionCurveChart;
class PresenterView;

// Presentation mode: the charts one at a time, full screen on the chosen screen, in large
// type and the high-contrast projector theme. The keyboard moves between the charts that have
// something to show (→ ← Space PageUp PageDown Home End) and highlights the vendors one by one
// (↓ ↑; 0 for none); Esc leaves. It mirrors the window's charts page: its filters, highlight
// and every edit made on the laptop repaint here at once, and on the workshop wave a point of
// the projected curve can be dragged like on the laptop. With a second screen a presenter view
// opens there (current and next chart, notes, timer).
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    // Text and lines are this many times their size in the window.
    static constexpr double zoom = 1.5;

    explicit PresentationWindow(ChartsPage *charts, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Full screen on screen; the presenter view on another screen when there is one.
    void present(QScreen *screen);

    QList<ChartBook::Page> pages() const { return m_pages; }
    ChartBook::Page currentPage() const;
    const Chart *currentChart() const;
    const Chart *nextChart() const;       // nullptr after the last
    PresenterView *presenterView() const; // nullptr on one screen

    void step(int delta); // to the next (1) or previous (-1) chart
    // The keys of presentation mode, also taken from the presenter view: moving, highlighting,
    // Undo and Redo of the project's edits; false if not one.
    bool handleKey(const QKeyEvent &event);
    // "3 / 14", drawn in a corner of the slide.
    QString slideNumber() const;
    // Text smaller than this many pixels is not drawn on a slide (for tests).
    static constexpr int minimumTextPixels = 24;

signals:
    void pageChanged();
    void finished(); // Esc, or the window was closed

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();
    void showIndex(int index);
    const EmotionCurveChart *draggableCurve() const;

    ChartsPage *m_charts;
    ChartBook m_book;
    QList<ChartBook::Page> m_pages;
    int m_index = 0;
    bool m_dragging = false;
    QPointF m_pointer; // where a drag is, for its readout
    QPointer<PresenterView> m_presenter;
};

} // namespace Peakend
