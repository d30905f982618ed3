#pragma once

#include <QWizardPage>

class QLineEdit;

namespace Peakend {

class SurveyImportWizard;

// Step 1: which file. A file whose bytes were imported before is recognised and the user
// is asked before the same answers go in twice.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(SurveyImportWizard *wizard);

    void setFile(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    SurveyImportWizard *m_wizard;
    QLineEdit *m_path;
};

} // namespace Peakend
