#include "bootstrapstatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace Peakend {

BootstrapStatus::BootstrapStatus(QWidget *parent)
    : QWidget(parent), m_text(new QLabel), m_bar(new QProgressBar), m_stop(new QPushButton)
{
    setObjectName(QStringLiteral("bootstrapStatus"));
    m_stop->setObjectName(QStringLiteral("stopBootstrap"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(240);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_progress)
            m_progress->cancelled = true;
        refresh();
    });
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &BootstrapStatus::refresh);
    retranslate();
    hide();
}

void BootstrapStatus::follow(std::shared_ptr<BootstrapProgress> progress)
{
    m_progress = std::move(progress);
    m_timer.start();
    refresh();
    show();
}

void BootstrapStatus::finish()
{
    m_timer.stop();
    m_progress.reset();
    hide();
}

void BootstrapStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BootstrapStatus::refresh()
{
    if (!m_progress)
        return;
    const int planned = m_progress->planned;
    const int done = m_progress->done;
    const bool stopping = m_progress->cancelled;
    m_bar->setRange(0, std::max(planned, 1));
    m_bar->setValue(std::min(done, std::max(planned, 1)));
    m_stop->setEnabled(!stopping);
    m_text->setText(stopping ? tr("Stopping: the estimates stay, without intervals…")
                             : tr("Computing the drivers' bootstrap intervals: %1 of %2 "
                                  "resamples. The estimates are shown; the whiskers follow.")
                                   .arg(QLocale().toString(done), QLocale().toString(planned)));
}

void BootstrapStatus::retranslate()
{
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Keep the estimates and leave the intervals out"));
    refresh();
}

} // namespace Peakend
