#include "kpivalueseditor.h"

#include "document/projectdocument.h"
#include "itemmodels/kpivaluesmodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Peakend {

KpiValuesEditor::KpiValuesEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new KpiValuesModel(this))
    , m_view(new QTableView)
    , m_add(new QAction(this))
    , m_remove(new QAction(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_add, m_remove}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_remove->setShortcut(QKeySequence::Delete);
    connect(m_add, &QAction::triggered, this, &KpiValuesEditor::addPeriod);
    connect(m_remove, &QAction::triggered, this, &KpiValuesEditor::removeSelected);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    retranslate();
}

void KpiValuesEditor::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    m_view->resizeColumnsToContents();
}

void KpiValuesEditor::retranslate()
{
    m_add->setText(tr("Add &Period"));
    m_remove->setText(tr("&Remove"));
    m_model->reload();
}

void KpiValuesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

int KpiValuesEditor::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void KpiValuesEditor::addPeriod()
{
    if (!m_document)
        return;
    // The selected row's KPI, else the first KPI of the latest cycle.
    qint64 kpi = selectedRow() >= 0 ? m_model->kpiAt(selectedRow()) : 0;
    if (kpi == 0) {
        const QList<CemCycle> cycles = m_document->repository().cycles();
        const QList<Kpi> kpis
            = cycles.isEmpty() ? QList<Kpi>() : m_document->repository().kpis(cycles.last().id);
        kpi = kpis.isEmpty() ? 0 : kpis.first().id;
    }
    const int row = m_model->addRow(kpi);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->setFocus();
        m_view->edit(m_model->index(row, 1));
    }
}

void KpiValuesEditor::removeSelected()
{
    m_model->removeRow(selectedRow());
}

} // namespace Peakend
