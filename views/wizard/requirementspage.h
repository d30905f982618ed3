#pragma once

#include "cemwizardpage.h"

class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Peakend {

class DraftRequirementsModel;

// Step 5: actions that close the gaps, each linked to the factor(s) it closes, with an owner
// and a cost estimate; priority Σ |G| × I computed and the list sorted by it.
class RequirementsPage : public CemWizardPage
{
    Q_OBJECT

public:
    explicit RequirementsPage(CemWizard *wizard);

    void load() override;
    DraftRequirementsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *factorList() const { return m_factors; }
    void addRequirement();
    void removeSelected();

protected:
    QString problem() const override;

private:
    int selectedRow() const; // in the model, -1 when none
    void showFactorsOfSelected();

    DraftRequirementsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QListWidget *m_factors;
    QPushButton *m_remove;
};

} // namespace Peakend
