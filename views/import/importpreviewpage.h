#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace Peakend {

class SurveyImportWizard;

// Step 2: what the file looks like. The layout (which survey tool wrote it, how many header
// rows), the encoding and the delimiter are detected; the user can correct the encoding,
// the worksheet and the number of header rows and sees the first rows change at once.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(SurveyImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void reload();
    void showRows();

    SurveyImportWizard *m_wizard;
    QLabel *m_detected;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QSpinBox *m_headerRows;
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace Peakend
