#include "setworkshoprating.h"

#include "commands.h"
#include "projectdocument.h"

#include <cmath>

namespace Peakend {

SetWorkshopRating::SetWorkshopRating(ProjectDocument *document, qint64 vendorId,
                                     qint64 subprocessId, double value, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Set workshop rating"), parent)
    , m_document(document)
    , m_vendorId(vendorId)
    , m_subprocessId(subprocessId)
    , m_new(value)
{
    const ProjectRepository &repository = document->repository();
    m_surveyId = repository.workshopSurvey();
    m_createsWave = m_surveyId == 0;
    m_old = m_createsWave ? qQNaN() : repository.workshopRating(m_surveyId, vendorId, subprocessId);
}

bool SetWorkshopRating::apply(double value, bool removeWave)
{
    ProjectRepository &repository = m_document->writableRepository();
    const bool ok = repository.transaction([&] {
        if (removeWave)
            return repository.removeSurvey(m_surveyId);
        m_surveyId = repository.ensureWorkshopSurvey(
            QCoreApplication::translate("Undo", "Workshop ratings"), m_surveyId);
        return m_surveyId != 0
               && repository.setWorkshopRating(m_surveyId, m_vendorId, m_subprocessId, value);
    });
    if (!ok) {
        setObsolete(true);
        m_document->reportError(repository.lastError());
        return false;
    }
    m_document->notifyChanged({ChangeFlag::Surveys});
    return true;
}

void SetWorkshopRating::redo()
{
    apply(m_new, false);
}

void SetWorkshopRating::undo()
{
    apply(m_old, m_createsWave);
}

int SetWorkshopRating::id() const
{
    return int(CommandId::SetWorkshopRating);
}

bool SetWorkshopRating::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetWorkshopRating *>(other);
    if (next->m_document != m_document || next->m_vendorId != m_vendorId
        || next->m_subprocessId != m_subprocessId || next->m_createsWave)
        return false;
    m_new = next->m_new;
    return true;
}

} // namespace Peakend
