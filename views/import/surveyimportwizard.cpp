#include "surveyimportwizard.h"

#include "importfilepage.h"
#include "importmappingpage.h"
#include "importpreviewpage.h"
#include "importprogresspage.h"
#include "importvalidationpage.h"

namespace Peakend {

SurveyImportWizard::SurveyImportWizard(ProjectDocument *document, QWidget *parent)
    : QWizard(parent), m_document(document)
{
    setWindowTitle(tr("Import Survey"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(ValidationPage, new ImportValidationPage(this));
    setPage(ProgressPage, new ImportProgressPage(this));
    resize(920, 640);
}

void SurveyImportWizard::setFile(const QString &path)
{
    static_cast<ImportFilePage *>(page(FilePage))->setFile(path);
}

void SurveyImportWizard::reject()
{
    static_cast<ImportProgressPage *>(page(ProgressPage))->cancel();
    QWizard::reject();
}

} // namespace Peakend
