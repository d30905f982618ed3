#pragma once

#include "import/importmapping.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Peakend {

class ImportMappingModel;
class SurveyImportWizard;

// Step 3: what each column holds. Starts from the mapping saved for the same headers, or
// else from the one suggested from the headers, the answers and the project's names; every
// column's role, the subprocess, factor or attribute it names, the vendor it rates and how its
// answers are coded can be changed, one at a time in the table (keyboard: arrows, F2, Tab) or
// for all selected columns at once (a grid question: select its columns, say what they hold
// and for which vendor, Apply). Below: the wave's name and scale, and what the whole file
// shares.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(SurveyImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    // The bulk action, as the Apply button does it (also for tests).
    void applyToSelection(ColumnRole role, const QString &vendor);
    QTableView *table() const { return m_table; }

private:
    void showMapping(const ImportMapping &mapping);
    void editCoding();
    QList<int> selectedRows() const;
    ImportMapping mapping() const;

    SurveyImportWizard *m_wizard;
    ImportMappingModel *m_model;
    QLabel *m_origin;
    QComboBox *m_bulkRole;
    QComboBox *m_bulkVendor;
    QPushButton *m_apply;
    QPushButton *m_coding;
    QTableView *m_table;
    QLineEdit *m_surveyName;
    QComboBox *m_vendor;
    QDoubleSpinBox *m_scaleMin;
    QDoubleSpinBox *m_scaleMax;
    QDoubleSpinBox *m_scaleNeutral;
    QLineEdit *m_missingCodes;
    QCheckBox *m_idFromRow;
    QCheckBox *m_createMissing;
    QLineEdit *m_saveAs;
    QLabel *m_problem;
    int m_headerRows = 1;
    ImportMapping m_started; // what the page was filled with: labels and more kept as they are
};

} // namespace Peakend
