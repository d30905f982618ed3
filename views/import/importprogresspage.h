#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace Peakend {

class SurveyImportJob;
class SurveyImportWizard;
struct ImportReport;

// Step 5: the import itself, on a worker thread in one transaction. Cancel rolls it back;
// success becomes one undoable ImportSurvey command.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(SurveyImportWizard *wizard);
    ~ImportProgressPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    void cancel();

private:
    void finish(const ImportReport &report, qint64 surveyId);

    SurveyImportWizard *m_wizard;
    SurveyImportJob *m_job = nullptr;
    QProgressBar *m_progress;
    QLabel *m_result;
    bool m_done = false;
};

} // namespace Peakend
