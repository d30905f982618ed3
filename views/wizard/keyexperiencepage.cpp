#include "keyexperiencepage.h"

#include "analysis/cemsteps.h"
#include "cemwizard.h"
#include "itemmodels/draftfactorsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Peakend {

KeyExperiencePage::KeyExperiencePage(CemWizard *wizard)
    : CemWizardPage(wizard), m_table(new QTableWidget(this)), m_reasons(new QLabel(this))
{
    setSubTitle(tr("Weighted satisfaction W = importance × satisfaction. The most negative W is "
                   "the key experience: what customers care about and you fall short on."));
    m_table->setObjectName(QStringLiteral("keyExperienceTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reasons->setObjectName(QStringLiteral("keyExperienceReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    body()->addWidget(m_reasons);
    body()->addWidget(m_table, 1);
}

QString KeyExperiencePage::reasons() const
{
    return m_reasons->text();
}

void KeyExperiencePage::load()
{
    const CemSteps steps = CemSteps::compute(cemWizard()->factors(), draft().factors);
    using C = DraftFactorsModel::Column;
    const QList<C> columns{C::Name, C::Importance, C::Satisfaction, C::Weighted};
    m_table->clear();
    m_table->setColumnCount(int(columns.size()) + 1);
    QStringList headers{tr("Rank")};
    for (const C column : columns)
        headers.append(DraftFactorsModel::columnName(column));
    m_table->setHorizontalHeaderLabels(headers);
    // Key experiences first (most negative W), then the rest in factor order.
    QList<int> order = steps.keyExperiences;
    for (int i = 0; i < steps.factors.size(); ++i) {
        if (!order.contains(i))
            order.append(i);
    }
    m_table->setRowCount(int(order.size()));
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int r = 0; r < order.size(); ++r) {
        const CemFactorRow &row = steps.factors.at(order.at(r));
        const QStringList cells{row.keyRank > 0 ? QString::number(row.keyRank) : QString(),
                                row.factor.name, DraftFactorsModel::number(row.importance),
                                DraftFactorsModel::number(row.satisfaction),
                                DraftFactorsModel::number(row.weighted)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.keyRank == 1) {
                item->setFont(bold);
                item->setBackground(QColor(0xfd, 0xdb, 0xc7));
            } else if (row.keyRank > 1) {
                item->setBackground(QColor(0xfe, 0xf0, 0xe6));
            }
            m_table->setItem(r, column, item);
        }
    }
    if (steps.keyExperiences.isEmpty()) {
        m_reasons->setText(tr("No factor falls short of expectations where it matters: there is "
                              "no key experience to fix in this cycle."));
        return;
    }
    QStringList lines;
    for (const int index : steps.keyExperiences) {
        const CemFactorRow &row = steps.factors.at(index);
        lines.append((row.keyRank == 1 ? tr("<b>Key experience — %1</b>") : tr("Also below: %1"))
                         .arg(DraftFactorsModel::weightedReason(row).toHtmlEscaped()));
    }
    m_reasons->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace Peakend
