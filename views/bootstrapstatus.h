#pragma once

#include "analysis/driverimportance.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Peakend {

// A line above the charts while the drivers' bootstrap intervals are computed on a worker:
// how many resamples are done, and Stop, which keeps the estimates without intervals.
class BootstrapStatus : public QWidget
{
    Q_OBJECT

public:
    explicit BootstrapStatus(QWidget *parent = nullptr);

    // Shows the progress of this bootstrap until finish().
    void follow(std::shared_ptr<BootstrapProgress> progress);
    void finish();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    std::shared_ptr<BootstrapProgress> m_progress;
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_stop;
    QTimer m_timer;
};

} // namespace Peakend
