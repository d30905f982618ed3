#pragma once

#include <QWidget>

class QAction;
class QTableView;

namespace Peakend {

class KpiValuesModel;
class ProjectDocument;

// The latest cycle's KPI values by period (CEM step 7: "sales per store as stores were
// added"): add a period to the selected KPI, edit its label and value, remove it; each an undo
// step.
class KpiValuesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit KpiValuesEditor(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    KpiValuesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void addPeriod();
    void removeSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    int selectedRow() const;

    KpiValuesModel *m_model;
    QTableView *m_view;
    QAction *m_add;
    QAction *m_remove;
    ProjectDocument *m_document = nullptr;
};

} // namespace Peakend
