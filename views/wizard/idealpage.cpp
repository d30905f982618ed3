#include "idealpage.h"

#include "cemwizard.h"
#include "itemmodels/draftfactorsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Peakend {

using C = DraftFactorsModel::Column;

IdealPage::IdealPage(CemWizard *wizard)
    : CemWizardPage(wizard)
    , m_model(new DraftFactorsModel(
          {C::Name, C::Experience, C::Importance, C::Weighted, C::Ideal, C::Gap}, this))
    , m_table(new QTableView(this))
    , m_hint(new QLabel(this))
{
    setSubTitle(tr("Where should you be? Raise the ideal D above today's experience where you "
                   "mean to exceed expectations; leave it empty where today is good enough. "
                   "The gap G = X − D is what the requirements must close."));
    m_table->setObjectName(QStringLiteral("idealTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hint->setObjectName(QStringLiteral("idealHint"));
    m_hint->setWordWrap(true);
    body()->addWidget(m_table, 1);
    body()->addWidget(m_hint);
    connect(m_model, &DraftFactorsModel::edited, this, [this] {
        showMessage(QString());
        updateHint();
    });
    connect(m_model, &DraftFactorsModel::refused, this, &IdealPage::showMessage);
}

QString IdealPage::hint() const
{
    return m_hint->text();
}

void IdealPage::load()
{
    m_model->setDraft(&draft(), cemWizard()->factors(), cemWizard()->scale());
    updateHint();
}

void IdealPage::updateHint()
{
    // Low importance: below the mean importance of the factors that have one.
    double sum = 0.0;
    int counted = 0;
    for (const CemFactorRow &row : m_model->steps().factors) {
        if (!std::isnan(row.importance)) {
            sum += row.importance;
            ++counted;
        }
    }
    const double mean = counted > 0 ? sum / counted : qQNaN();
    QStringList raisedOnLow;
    for (const CemFactorRow &row : m_model->steps().factors) {
        const bool raised = row.ideal > row.experience;
        if (raised && (std::isnan(row.importance) || row.importance < mean))
            raisedOnLow.append(
                std::isnan(row.importance)
                    ? row.factor.name
                    : tr("%1 (importance %2)")
                          .arg(row.factor.name, DraftFactorsModel::number(row.importance)));
    }
    m_hint->setText(
        raisedOnLow.isEmpty()
            ? QString()
            : tr("Hint: the ideal is raised where customers care less than about the other "
                 "factors (mean importance %2): %1. Effort there may go unnoticed; "
                 "consider the key experiences first.")
                  .arg(raisedOnLow.join(tr(", ")), DraftFactorsModel::number(mean)));
    m_hint->setVisible(!raisedOnLow.isEmpty());
}

} // namespace Peakend
