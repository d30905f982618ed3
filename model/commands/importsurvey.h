#pragma once

#include "domain/creatednames.h"

#include <QUndoCommand>

namespace Peakend {

class ProjectDocument;

// A survey wave that SurveyImportJob has just written. The first redo() only announces it
// (the import is done by then); undo() takes the wave and the names its import created out
// of the project, and a later redo() puts them back with the same ids (SurveyWaveStash).
class ImportSurvey : public QUndoCommand
{
public:
    ImportSurvey(ProjectDocument *document, qint64 surveyId, const QString &surveyName,
                 const CreatedNames &created, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void announce();

    ProjectDocument *m_document;
    qint64 m_surveyId;
    CreatedNames m_created;
    bool m_inProject = true;
};

} // namespace Peakend
