#pragma once

#include "cemwizardpage.h"

class QListWidget;
class QPlainTextEdit;

namespace Peakend {

// Step 1: why customers come (text), and which factors and subprocesses carry it.
class BrandValuePage : public CemWizardPage
{
    Q_OBJECT

public:
    explicit BrandValuePage(CemWizard *wizard);

    void load() override;

protected:
    QString problem() const override;

private:
    QPlainTextEdit *m_brandValue;
    QListWidget *m_factors;
    QListWidget *m_subprocesses;
};

} // namespace Peakend
