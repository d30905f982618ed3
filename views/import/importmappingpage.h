#pragma once

#include "import/importmapping.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Peakend {

class SurveyImportWizard;

// Step 3: what each column holds. Starts from the mapping saved for the same headers, or
// else from the one suggested from the headers and the project's names; every column's
// role, the subprocess, factor or attribute it names and the vendor it rates can be changed.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(SurveyImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    void showMapping(const ImportMapping &mapping);
    void fillNames(int row);
    ImportMapping mapping() const;
    QString problem(const ImportMapping &mapping) const;

    SurveyImportWizard *m_wizard;
    QLabel *m_origin;
    QTableWidget *m_table;
    QLineEdit *m_surveyName;
    QComboBox *m_vendor;
    QLineEdit *m_missingCodes;
    QCheckBox *m_createMissing;
    QLineEdit *m_saveAs;
    QLabel *m_problem;
    int m_headerRows = 1;
};

} // namespace Peakend
