#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace Peakend {

class ProjectDocument;
class WorkshopRatingsModel;

// The workshop's scores typed by hand, subprocesses down and vendors across: what a room
// decides without a survey. The emotion curves read them as the "Workshop ratings" wave.
// Enter moves to the cell below, as in a spreadsheet; the empty cells can start from a survey
// wave's means or from the neutral point, in one undo step.
class WorkshopRatingsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopRatingsEditor(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    WorkshopRatingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Fills the empty cells with a survey wave's means (to a tenth), or with the scale's
    // neutral point when surveyId is 0; one undo step. Returns how many cells it filled.
    int startFrom(qint64 surveyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildStartMenu();

    ProjectDocument *m_document = nullptr;
    WorkshopRatingsModel *m_model;
    QLabel *m_hint;
    QToolButton *m_start;
    QTableView *m_view;
};

} // namespace Peakend
