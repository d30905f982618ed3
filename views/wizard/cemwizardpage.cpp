#include "cemwizardpage.h"

#include "cemwizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Peakend {

CemWizardPage::CemWizardPage(CemWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_body(new QVBoxLayout), m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body, 1);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b2182b; font-weight: bold;"));
    m_message->hide();
    layout->addWidget(m_message);
}

CycleDraft &CemWizardPage::draft() const
{
    return m_wizard->draft();
}

QString CemWizardPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CemWizardPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool CemWizardPage::validatePage()
{
    const QString missing = problem();
    showMessage(missing);
    return missing.isEmpty();
}

} // namespace Peakend
