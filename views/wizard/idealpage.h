#pragma once

#include "cemwizardpage.h"

class QLabel;
class QTableView;

namespace Peakend {

class DraftFactorsModel;

// Step 4: the ideal D per factor (empty: the experience X, i.e. no gap), the gap G = X − D, and
// a hint when an ideal is raised on a factor that matters little to customers.
class IdealPage : public CemWizardPage
{
    Q_OBJECT

public:
    explicit IdealPage(CemWizard *wizard);

    void load() override;
    DraftFactorsModel *model() const { return m_model; }
    QString hint() const;

private:
    void updateHint();

    DraftFactorsModel *m_model;
    QTableView *m_table;
    QLabel *m_hint;
};

} // namespace Peakend
