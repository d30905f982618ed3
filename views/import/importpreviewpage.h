#pragma once

#include <QList>
#include <QWizardPage>

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QThread;

namespace Peakend {

class ImportSession;
class SurveyImportWizard;

// Step 2: what the file looks like. The layout (which survey tool wrote it, how many header
// rows), the encoding and the delimiter are detected; the user can correct the encoding,
// the worksheet and the number of header rows and sees the first rows change at once. The
// file is read off the UI thread: a large or damaged workbook never freezes the wizard, and a
// reading that a newer choice replaced is dropped.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(SurveyImportWizard *wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void reload();
    void showSession(const std::shared_ptr<ImportSession> &session);
    void showRows();

    SurveyImportWizard *m_wizard;
    QLabel *m_detected;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QSpinBox *m_headerRows;
    QTableWidget *m_table;
    bool m_loading = false;
    bool m_reading = false;
    quint64 m_generation = 0;   // of the latest reading asked for
    QList<QThread *> m_readers; // waited for on destruction: they read through the document
};

} // namespace Peakend
