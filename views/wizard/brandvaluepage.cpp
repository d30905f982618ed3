#include "brandvaluepage.h"

#include "cemwizard.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace Peakend {

BrandValuePage::BrandValuePage(CemWizard *wizard)
    : CemWizardPage(wizard)
    , m_brandValue(new QPlainTextEdit(this))
    , m_factors(new QListWidget(this))
    , m_subprocesses(new QListWidget(this))
{
    setSubTitle(tr("Why do customers come to you rather than to others? Write it in their words, "
                   "then tick what carries it: those factors and subprocesses are flagged in "
                   "every later step."));
    m_brandValue->setObjectName(QStringLiteral("brandValue"));
    m_factors->setObjectName(QStringLiteral("brandFactors"));
    m_subprocesses->setObjectName(QStringLiteral("brandSubprocesses"));
    m_brandValue->setPlaceholderText(
        tr("e.g. “Stores on the busiest street: customers compare and buy in one walk.”"));
    body()->addWidget(new QLabel(tr("Brand value — why customers come:"), this));
    body()->addWidget(m_brandValue, 1);
    auto *lists = new QGridLayout;
    lists->addWidget(new QLabel(tr("Factors that carry it:"), this), 0, 0);
    lists->addWidget(new QLabel(tr("Subprocesses that carry it:"), this), 0, 1);
    lists->addWidget(m_factors, 1, 0);
    lists->addWidget(m_subprocesses, 1, 1);
    body()->addLayout(lists, 2);

    connect(m_brandValue, &QPlainTextEdit::textChanged, this, [this] {
        draft().cycle.brandValue = m_brandValue->toPlainText().trimmed();
        showMessage(QString());
    });
    connect(m_factors, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        for (CycleFactor &entry : draft().factors) {
            if (entry.factorId == id)
                entry.carriesBrand = item->checkState() == Qt::Checked;
        }
        showMessage(QString());
    });
    connect(m_subprocesses, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        for (Subprocess &subprocess : draft().subprocesses) {
            if (subprocess.id == id)
                subprocess.carriesBrand = item->checkState() == Qt::Checked;
        }
    });
}

void BrandValuePage::load()
{
    const QSignalBlocker blockText(m_brandValue);
    const QSignalBlocker blockFactors(m_factors);
    const QSignalBlocker blockSubprocesses(m_subprocesses);
    if (m_brandValue->toPlainText().trimmed() != draft().cycle.brandValue)
        m_brandValue->setPlainText(draft().cycle.brandValue);
    m_factors->clear();
    for (const Factor &factor : cemWizard()->factors()) {
        const auto entry
            = std::find_if(draft().factors.cbegin(), draft().factors.cend(),
                           [&](const CycleFactor &e) { return e.factorId == factor.id; });
        if (entry == draft().factors.cend())
            continue;
        auto *item = new QListWidgetItem(factor.name, m_factors);
        item->setData(Qt::UserRole, factor.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(entry->carriesBrand ? Qt::Checked : Qt::Unchecked);
    }
    m_subprocesses->clear();
    for (const Subprocess &subprocess : draft().subprocesses) {
        auto *item = new QListWidgetItem(subprocess.name, m_subprocesses);
        item->setData(Qt::UserRole, subprocess.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(subprocess.carriesBrand ? Qt::Checked : Qt::Unchecked);
    }
}

QString BrandValuePage::problem() const
{
    if (draft().factors.isEmpty())
        return tr("This project has no factors yet: add them under View → Data Tables → "
                  "Factors, then start a new cycle.");
    if (draft().cycle.brandValue.isEmpty())
        return tr("Write why customers come to you (the brand value) before going on.");
    const bool carried = std::any_of(draft().factors.cbegin(), draft().factors.cend(),
                                     [](const CycleFactor &entry) { return entry.carriesBrand; });
    return carried ? QString() : tr("Tick at least one factor that carries the brand value.");
}

} // namespace Peakend
