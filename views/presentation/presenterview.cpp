#include "presenterview.h"

#include "charts/chart.h"
#include "charts/chartview.h"
#include "presentationwindow.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>

namespace Peakend {

PresenterView::PresenterView(PresentationWindow *presentation)
    : QWidget(nullptr, Qt::Window)
    , m_presentation(presentation)
    , m_current(new ChartView(nullptr))
    , m_next(new ChartView(nullptr))
    , m_nextTitle(new QLabel)
    , m_notes(new QPlainTextEdit)
    , m_clock(new QLabel)
{
    setWindowTitle(tr("Peakend — Presenter View"));
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 2.2);
    large.setBold(true);
    m_clock->setFont(large);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_notes->setPlaceholderText(tr("Notes for this chart"));
    m_next->setMinimumSize(320, 200);
    auto *now = new QLabel(tr("Now showing"));
    auto *hint = new QLabel(tr("→ ← next and previous chart · ↓ ↑ highlight vendors one by one · "
                               "0 no highlight · Esc ends the presentation"));
    hint->setWordWrap(true);
    for (QWidget *widget : {static_cast<QWidget *>(m_current), static_cast<QWidget *>(m_next),
                            static_cast<QWidget *>(m_notes)})
        widget->setFocusPolicy(widget == m_notes ? Qt::ClickFocus : Qt::NoFocus);

    auto *layout = new QGridLayout(this);
    layout->addWidget(now, 0, 0);
    layout->addWidget(m_clock, 0, 1);
    layout->addWidget(m_current, 1, 0, 3, 1);
    layout->addWidget(m_nextTitle, 1, 1);
    layout->addWidget(m_next, 2, 1);
    layout->addWidget(m_notes, 3, 1);
    layout->addWidget(hint, 4, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(2, 2);
    layout->setRowStretch(3, 3);

    connect(m_presentation, &PresentationWindow::pageChanged, this, &PresenterView::follow);
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { m_notesByPage.insert(m_page, m_notes->toPlainText()); });
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &PresenterView::tick);
    timer->start(1000);
    m_elapsed.start();
    follow();
    tick();
    setFocusPolicy(Qt::StrongFocus);
}

QString PresenterView::notes() const
{
    return m_notes->toPlainText();
}

QString PresenterView::elapsedText() const
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void PresenterView::follow()
{
    m_current->setChart(m_presentation->currentChart());
    m_next->setChart(m_presentation->nextChart());
    m_nextTitle->setText(m_presentation->nextChart() ? tr("Next:")
                                                     : tr("Next: the end of the presentation"));
    const int page = int(m_presentation->currentPage());
    if (page != m_page) {
        m_page = page;
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(m_notesByPage.value(page, m_presentation->currentChart()->caption()));
    }
    m_current->update();
    m_next->update();
}

void PresenterView::tick()
{
    m_clock->setText(elapsedText());
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    if (!m_presentation->handleKey(*event))
        QWidget::keyPressEvent(event);
}

} // namespace Peakend
