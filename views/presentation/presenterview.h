#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Peakend {

class ChartView;
class PresentationWindow;

// What the facilitator sees on the laptop while presenting on the projector: the chart the
// room sees, the next one, notes for each chart (the chart's caption to start with; kept while
// presenting) and the time since the presentation began. The presentation's keys work here.
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterView(PresentationWindow *presentation);

    QString notes() const;
    QString elapsedText() const; // "12:05"

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void follow();
    void tick();

    PresentationWindow *m_presentation;
    ChartView *m_current;
    ChartView *m_next;
    QLabel *m_nextTitle;
    QPlainTextEdit *m_notes;
    QLabel *m_clock;
    QHash<int, QString> m_notesByPage;
    int m_page = -1;
    QElapsedTimer m_elapsed;
};

} // namespace Peakend
