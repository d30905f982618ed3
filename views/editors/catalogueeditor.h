#pragma once

#include "document/catalogue.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QTableView;
class QToolButton;

namespace Peakend {

class CatalogueModel;
class ProjectDocument;

// One catalogue as a table with Add, Remove, Move up and Move down; every change is an undo
// command. Rows are dragged to a new place in the order (the journey's chronology).
class CatalogueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogueEditor(Catalogue catalogue, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    Catalogue catalogue() const;
    CatalogueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void selectItem(qint64 id);

    // The actions behind the buttons (also Insert, Delete, Ctrl+Up/Down in the table).
    void addItem();
    void removeSelected();
    void moveSelected(int step);

    static QString title(Catalogue catalogue);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    int selectedRow() const;
    QString uniqueName(const QString &base) const;

    CatalogueModel *m_model;
    QTableView *m_view;
    QPointer<ProjectDocument> m_document;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
};

} // namespace Peakend
