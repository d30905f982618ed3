#include "importsurvey.h"

#include "document/projectdocument.h"
#include "storage/surveywavestash.h"

namespace Peakend {

ImportSurvey::ImportSurvey(ProjectDocument *document, qint64 surveyId, const QString &surveyName,
                           const CreatedNames &created, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Import survey “%1”").arg(surveyName),
                   parent)
    , m_document(document)
    , m_surveyId(surveyId)
    , m_created(created)
{}

void ImportSurvey::redo()
{
    if (!m_inProject) {
        SurveyWaveStash stash(m_document->store().handle());
        if (!stash.putBack(m_surveyId, m_created)) {
            setObsolete(true);
            m_document->reportError(stash.errorString());
            return;
        }
        m_inProject = true;
    }
    announce();
}

void ImportSurvey::undo()
{
    SurveyWaveStash stash(m_document->store().handle());
    if (!stash.take(m_surveyId, m_created)) {
        setObsolete(true);
        m_document->reportError(stash.errorString());
        return;
    }
    m_inProject = false;
    announce();
}

void ImportSurvey::announce()
{
    Changes what = ChangeFlag::Surveys;
    if (!m_created.vendors.isEmpty())
        what |= ChangeFlag::Vendors;
    if (!m_created.subprocesses.isEmpty())
        what |= ChangeFlag::Subprocesses;
    if (!m_created.factors.isEmpty())
        what |= ChangeFlag::Factors;
    m_document->notifyChanged({what});
}

} // namespace Peakend
