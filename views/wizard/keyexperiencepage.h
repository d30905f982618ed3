#pragma once

#include "cemwizardpage.h"

class QLabel;
class QTableWidget;

namespace Peakend {

// Step 3: weighted satisfaction W = I × S ranked, most negative first; the key experiences
// (W below zero) highlighted and explained in words.
class KeyExperiencePage : public CemWizardPage
{
    Q_OBJECT

public:
    explicit KeyExperiencePage(CemWizard *wizard);

    void load() override;
    QString reasons() const; // the explanation shown, for tests

private:
    QTableWidget *m_table;
    QLabel *m_reasons;
};

} // namespace Peakend
