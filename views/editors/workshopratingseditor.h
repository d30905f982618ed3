#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Peakend {

class ProjectDocument;
class WorkshopRatingsModel;

// The workshop's scores typed by hand, subprocesses down and vendors across: what a room
// decides without a survey. The emotion curves read them as the "Workshop ratings" wave.
class WorkshopRatingsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopRatingsEditor(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    WorkshopRatingsModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    WorkshopRatingsModel *m_model;
    QLabel *m_hint;
    QTableView *m_view;
};

} // namespace Peakend
