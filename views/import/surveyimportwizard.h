#pragma once

#include "importdraft.h"

#include <QWizard>

namespace Peakend {

class ProjectDocument;

// File → detected layout and preview → mapping → validation report → import with progress.
// The import runs on a worker thread in one transaction; finishing it pushes an ImportSurvey
// command, so Undo removes the wave. Cancel at any point leaves the project as it was.
class SurveyImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, MappingPage, ValidationPage, ProgressPage };

    explicit SurveyImportWizard(ProjectDocument *document, QWidget *parent = nullptr);

    ProjectDocument *document() const { return m_document; }
    ImportDraft &draft() { return m_draft; }
    void setFile(const QString &path); // starts the wizard on a file, as a drop would

    void reject() override; // also cancels an import under way: it rolls back

private:
    ProjectDocument *m_document;
    ImportDraft m_draft;
};

} // namespace Peakend
