#pragma once

#include "analysis/findings.h"

#include <QWidget>

#include <memory>

class QBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace Peakend {

class ChartView;
class EmotionCurveChart;
class FindingTileButton;

// The page a project opens on: its findings in one sentence, the emotion curve of the vendor
// the sentence is about, and a few tiles that each open their chart. A project with nothing to
// analyse yet shows a short checklist of what to do first instead.
class FindingsPage : public QWidget
{
    Q_OBJECT

public:
    // What a project has so far, for the checklist.
    struct Progress
    {
        bool open = false;
        bool vendors = false;
        bool journey = false;
        bool ratings = false; // a survey wave or workshop ratings
        bool cycle = false;
    };
    enum class Action { Vendors, Journey, Import, Workshop, Wizard };

    explicit FindingsPage(QWidget *parent = nullptr);
    ~FindingsPage() override;

    void setFindings(const Findings &findings, const EmotionCurves &curves, const QString &source,
                     const Progress &progress);
    const Findings &findings() const { return m_findings; }
    QString headline() const;
    QList<FindingTileButton *> tiles() const { return m_tiles; }

signals:
    void chartRequested(const QString &key); // a chart key of the command line
    void actionRequested(Action action);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void showChecklist();

    Findings m_findings;
    Progress m_progress;
    std::unique_ptr<EmotionCurveChart> m_curve;
    QStackedWidget *m_stack;
    QLabel *m_headline;
    QLabel *m_source;
    ChartView *m_curveView;
    QVBoxLayout *m_tileLayout;
    QBoxLayout *m_body; // curve beside the tiles, or above them in a narrow window
    QList<FindingTileButton *> m_tiles;
    QLabel *m_checklistTitle;
    QList<QLabel *> m_checklistSteps;
    QList<QPushButton *> m_checklistButtons;
};

} // namespace Peakend
