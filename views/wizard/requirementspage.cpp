#include "requirementspage.h"

#include "cemwizard.h"
#include "itemmodels/draftfactorsmodel.h"
#include "itemmodels/draftrequirementsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Peakend {

using C = DraftRequirementsModel::Column;

RequirementsPage::RequirementsPage(CemWizard *wizard)
    : CemWizardPage(wizard)
    , m_model(
          new DraftRequirementsModel({C::Title, C::Factors, C::Owner, C::Cost, C::Priority}, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_factors(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setSubTitle(tr("What will you do to close the gaps? Add each action, tick the factors whose "
                   "gap it closes, name an owner and estimate the cost. Priority = Σ |gap| × "
                   "importance over those factors; the list is sorted by it."));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DraftFactorsModel::SortRole);
    m_table->setObjectName(QStringLiteral("requirementsTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_factors->setObjectName(QStringLiteral("requirementFactors"));
    auto *add = new QPushButton(tr("&Add Requirement"), this);
    add->setObjectName(QStringLiteral("addRequirement"));
    m_remove->setObjectName(QStringLiteral("removeRequirement"));

    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Closes the gap of:"), this));
    side->addWidget(m_factors, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 3);
    row->addLayout(side, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    body()->addLayout(row, 1);
    body()->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequirementsPage::showFactorsOfSelected);
    connect(add, &QPushButton::clicked, this, &RequirementsPage::addRequirement);
    connect(m_remove, &QPushButton::clicked, this, &RequirementsPage::removeSelected);
    connect(m_model, &DraftRequirementsModel::refused, this, &RequirementsPage::showMessage);
    connect(m_model, &DraftRequirementsModel::edited, this, [this] { showMessage(QString()); });
    connect(m_factors, &QListWidget::itemChanged, this, [this] {
        QList<qint64> ids;
        for (int i = 0; i < m_factors->count(); ++i) {
            if (m_factors->item(i)->checkState() == Qt::Checked)
                ids.append(m_factors->item(i)->data(Qt::UserRole).toLongLong());
        }
        m_model->setFactorsOf(selectedRow(), ids);
    });
}

void RequirementsPage::load()
{
    m_model->setDraft(&draft(), cemWizard()->factors());
    m_sorted->sort(C::Priority, Qt::DescendingOrder);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showFactorsOfSelected();
}

int RequirementsPage::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_sorted->mapToSource(current).row() : -1;
}

void RequirementsPage::showFactorsOfSelected()
{
    const QSignalBlocker block(m_factors);
    m_factors->clear();
    const int row = selectedRow();
    m_factors->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    const QList<qint64> linked = m_model->factorsOf(row);
    const CemSteps &steps = m_model->steps();
    for (const CemFactorRow &factor : steps.factors) {
        const QString text
            = factor.gap < 0 ? tr("%1 — gap %2, importance %3")
                                   .arg(factor.factor.name, DraftFactorsModel::number(factor.gap),
                                        DraftFactorsModel::number(factor.importance))
                             : tr("%1 — no gap").arg(factor.factor.name);
        auto *item = new QListWidgetItem(text, m_factors);
        item->setData(Qt::UserRole, factor.factor.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(linked.contains(factor.factor.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void RequirementsPage::addRequirement()
{
    const int row = m_model->addRequirement(tr("New requirement"));
    const QModelIndex added = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(added);
    m_table->selectRow(added.row());
    showFactorsOfSelected();
    m_table->edit(added);
}

void RequirementsPage::removeSelected()
{
    m_model->removeRequirement(selectedRow());
    showFactorsOfSelected();
}

QString RequirementsPage::problem() const
{
    if (draft().requirements.isEmpty())
        return tr("Add at least one requirement: an action that closes a gap.");
    QStringList unlinked;
    for (const Requirement &requirement : draft().requirements) {
        if (requirement.factorIds.isEmpty())
            unlinked.append(requirement.title);
    }
    return unlinked.isEmpty() ? QString()
                              : tr("Tick the factor(s) whose gap each requirement closes: %1.")
                                    .arg(unlinked.join(tr(", ")));
}

} // namespace Peakend
