#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QCheckBox;
class QRadioButton;
class QTreeWidget;

namespace Peakend {

class SurveyImportJob;
class SurveyImportWizard;
struct ImportReport;

// Step 4: every problem in the file, before anything is written, grouped by kind with the
// row, column and value of each, and what the wave would leave out (columns not imported,
// columns with no answer, answers with no vendor). The user skips the listed rows, goes back
// to change the mapping, or cancels; answers missing from the wave need a tick to import.
class ImportValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportValidationPage(SurveyImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showReport(const ImportReport &report);

    SurveyImportWizard *m_wizard;
    SurveyImportJob *m_job = nullptr;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_issues;
    QRadioButton *m_skip;
    QRadioButton *m_fix;
    QLabel *m_warnings;      // what will not be in the wave, said before the import
    QCheckBox *m_allowEmpty; // needed when answers would be missing
    bool m_done = false;
};

} // namespace Peakend
