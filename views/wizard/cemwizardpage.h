#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace Peakend {

class CemWizard;
struct CycleDraft;

// What every step's page shares: the wizard and its draft, a body to fill, and a line at the
// bottom that says what is missing when Next is refused or what a typed value was wrong with.
class CemWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CemWizardPage(CemWizard *wizard);

    // Shows the draft (after it was opened, written or changed by another page).
    virtual void load() = 0;
    bool validatePage() override;
    QString message() const; // the line at the bottom, for tests

protected:
    // What must be filled in before Next; empty when the step is complete.
    virtual QString problem() const { return QString(); }
    CemWizard *cemWizard() const { return m_wizard; }
    CycleDraft &draft() const;
    QVBoxLayout *body() const { return m_body; }
    void showMessage(const QString &text);

private:
    CemWizard *m_wizard;
    QVBoxLayout *m_body;
    QLabel *m_message;
};

} // namespace Peakend
