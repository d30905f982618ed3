#include "catalogueeditor.h"

#include "choicedelegate.h"
#include "commands/additem.h"
#include "document/projectdocument.h"
#include "itemmodels/cataloguemodel.h"

#include <QAction>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace Peakend {

namespace {
template<class T>
std::optional<T> itemWithId(const QList<T> &items, qint64 id)
{
    const auto it
        = std::find_if(items.cbegin(), items.cend(), [id](const T &item) { return item.id == id; });
    return it == items.cend() ? std::nullopt : std::optional<T>(*it);
}

template<class T>
int nextPosition(const QList<T> &items)
{
    int last = 0;
    for (const T &item : items)
        last = std::max(last, item.position);
    return last + 1;
}

template<class T>
void pushRemoval(ProjectDocument *document, const QList<T> &items, qint64 id)
{
    if (const std::optional<T> item = itemWithId(items, id))
        document->undoStack()->push(new RemoveItem<T>(document, *item));
}
} // namespace

CatalogueEditor::CatalogueEditor(Catalogue catalogue, QWidget *parent)
    : QWidget(parent)
    , m_model(new CatalogueModel(catalogue, this))
    , m_view(new QTableView)
    , m_add(new QAction(this))
    , m_remove(new QAction(this))
    , m_up(new QAction(this))
    , m_down(new QAction(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    if (m_model->isOrdered()) {
        m_view->setDragEnabled(true);
        m_view->setAcceptDrops(true);
        m_view->setDropIndicatorShown(true);
        m_view->setDragDropMode(QAbstractItemView::InternalMove);
        m_view->setDefaultDropAction(Qt::MoveAction);
    }

    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_remove->setShortcut(QKeySequence::Delete);
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_add, m_remove, m_up, m_down}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
        if ((action == m_up || action == m_down) && !m_model->isOrdered())
            button->hide();
    }
    buttons->addStretch();
    connect(m_add, &QAction::triggered, this, &CatalogueEditor::addItem);
    connect(m_remove, &QAction::triggered, this, &CatalogueEditor::removeSelected);
    connect(m_up, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveSelected(1); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogueEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogueEditor::updateActions);
    retranslate();
    updateActions();
}

Catalogue CatalogueEditor::catalogue() const
{
    return m_model->catalogue();
}

QString CatalogueEditor::title(Catalogue catalogue)
{
    switch (catalogue) {
    case Catalogue::Vendors:
        return tr("Vendors");
    case Catalogue::Subprocesses:
        return tr("Subprocesses");
    case Catalogue::Factors:
        return tr("Factors");
    case Catalogue::Channels:
        return tr("Channels");
    case Catalogue::Touchpoints:
        return tr("Touchpoints");
    case Catalogue::Incidents:
        return tr("Incidents");
    case Catalogue::Requirements:
        return tr("Requirements");
    case Catalogue::Kpis:
        return tr("KPIs");
    case Catalogue::Segments:
        return tr("Segments");
    }
    return QString();
}

void CatalogueEditor::retranslate()
{
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move &Down"));
    m_model->reload();
}

void CatalogueEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogueEditor::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    m_view->resizeColumnsToContents();
    updateActions();
}

int CatalogueEditor::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CatalogueEditor::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const int row = selectedRow();
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && row >= 0);
    m_up->setEnabled(writable && m_model->isOrdered() && row > 0);
    m_down->setEnabled(writable && m_model->isOrdered() && row >= 0
                       && row < m_model->rowCount() - 1);
}

void CatalogueEditor::selectItem(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

QString CatalogueEditor::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (int row = 0; row < m_model->rowCount() && !taken; ++row)
            taken = m_model->data(m_model->index(row, 0)).toString() == name;
        if (!taken)
            return name;
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
}

void CatalogueEditor::addItem()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const ProjectRepository &repository = m_document->repository();
    QUndoStack *stack = m_document->undoStack();
    qint64 id = 0;
    switch (catalogue()) {
    case Catalogue::Vendors: {
        Vendor vendor;
        vendor.name = uniqueName(tr("New vendor"));
        vendor.position = nextPosition(repository.vendors());
        auto *command = new AddItem<Vendor>(m_document, vendor);
        stack->push(command);
        id = command->itemId();
        break;
    }
    case Catalogue::Subprocesses: {
        Subprocess subprocess;
        subprocess.name = uniqueName(tr("New subprocess"));
        const QList<Subprocess> all = repository.subprocesses();
        subprocess.phase = all.isEmpty() ? Phase::PrePurchase : all.last().phase;
        subprocess.position = nextPosition(all);
        auto *command = new AddItem<Subprocess>(m_document, subprocess);
        stack->push(command);
        id = command->itemId();
        break;
    }
    case Catalogue::Factors: {
        Factor factor;
        factor.name = uniqueName(tr("New factor"));
        factor.position = nextPosition(repository.factors());
        auto *command = new AddItem<Factor>(m_document, factor);
        stack->push(command);
        id = command->itemId();
        break;
    }
    case Catalogue::Channels: {
        Channel channel;
        channel.name = uniqueName(tr("New channel"));
        auto *command = new AddItem<Channel>(m_document, channel);
        stack->push(command);
        id = command->itemId();
        break;
    }
    case Catalogue::Touchpoints: {
        Touchpoint touchpoint;
        touchpoint.name = uniqueName(tr("New touchpoint"));
        touchpoint.position = nextPosition(repository.touchpoints());
        auto *command = new AddItem<Touchpoint>(m_document, touchpoint);
        stack->push(command);
        id = command->itemId();
        break;
    }
    case Catalogue::Segments: {
        Segment segment;
        segment.name = uniqueName(tr("New segment"));
        segment.position = nextPosition(repository.segments());
        auto *command = new AddItem<Segment>(m_document, segment);
        stack->push(command);
        id = command->itemId();
        break;
    }
    case Catalogue::Requirements: {
        const QList<CemCycle> cycles = repository.cycles();
        if (cycles.isEmpty()) {
            QMessageBox::information(this, tr("Add"),
                                     tr("Requirements belong to a CEM cycle: start one first."));
            return;
        }
        Requirement requirement;
        requirement.cycleId = cycles.last().id;
        requirement.title = uniqueName(tr("New requirement"));
        requirement.position = nextPosition(repository.requirements(requirement.cycleId));
        auto *command = new AddItem<Requirement>(m_document, requirement);
        stack->push(command);
        id = command->itemId();
        break;
    }
    case Catalogue::Kpis: {
        const QList<CemCycle> cycles = repository.cycles();
        if (cycles.isEmpty()) {
            QMessageBox::information(this, tr("Add"),
                                     tr("KPIs belong to a CEM cycle: start one first."));
            return;
        }
        Kpi kpi;
        kpi.cycleId = cycles.last().id;
        kpi.name = uniqueName(tr("New KPI"));
        kpi.position = nextPosition(repository.kpis(kpi.cycleId));
        auto *command = new AddItem<Kpi>(m_document, kpi);
        stack->push(command);
        id = command->itemId();
        break;
    }
    case Catalogue::Incidents: {
        CriticalIncident incident;
        incident.occurredOn = QDate::currentDate().toString(Qt::ISODate);
        incident.description = tr("New incident");
        auto *command = new AddItem<CriticalIncident>(m_document, incident);
        stack->push(command);
        id = command->itemId();
        break;
    }
    }
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->setFocus();
        m_view->edit(m_model->index(row, catalogue() == Catalogue::Incidents ? 3 : 0));
    }
}

void CatalogueEditor::removeSelected()
{
    const int row = selectedRow();
    if (!m_document || m_document->isReadOnly() || row < 0)
        return;
    const ProjectRepository &repository = m_document->repository();
    const qint64 id = m_model->idAt(row);
    const qint64 used = repository.references(catalogue(), id);
    if (used > 0) {
        QMessageBox::information(
            this, tr("Remove"),
            tr("“%1” is not removed: %Ln stored row(s) (survey answers, touchpoints, incidents, "
               "cycle entries or KPIs) refer to it. Remove those first, or rename it instead.",
               nullptr, int(used))
                .arg(m_model->data(m_model->index(row, 0)).toString()));
        return;
    }
    switch (catalogue()) {
    case Catalogue::Vendors:
        pushRemoval(m_document.data(), repository.vendors(), id);
        break;
    case Catalogue::Subprocesses:
        pushRemoval(m_document.data(), repository.subprocesses(), id);
        break;
    case Catalogue::Factors:
        pushRemoval(m_document.data(), repository.factors(), id);
        break;
    case Catalogue::Channels:
        pushRemoval(m_document.data(), repository.channels(), id);
        break;
    case Catalogue::Touchpoints:
        pushRemoval(m_document.data(), repository.touchpoints(), id);
        break;
    case Catalogue::Incidents:
        pushRemoval(m_document.data(), repository.incidents(), id);
        break;
    case Catalogue::Segments:
        pushRemoval(m_document.data(), repository.segments(), id);
        break;
    case Catalogue::Requirements: {
        const QList<CemCycle> cycles = repository.cycles();
        if (!cycles.isEmpty())
            pushRemoval(m_document.data(), repository.requirements(cycles.last().id), id);
        break;
    }
    case Catalogue::Kpis: {
        const QList<CemCycle> cycles = repository.cycles();
        if (!cycles.isEmpty())
            pushRemoval(m_document.data(), repository.kpis(cycles.last().id), id);
        break;
    }
    }
}

void CatalogueEditor::moveSelected(int step)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const qint64 id = m_model->idAt(row);
    if (m_model->moveRow(row, step < 0 ? row + step : row + step + 1))
        selectItem(id);
}

} // namespace Peakend
