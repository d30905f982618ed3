#include "setworkshoprating.h"

#include "commands.h"
#include "document/projectdocument.h"

#include <cmath>

namespace Peakend {

SetWorkshopRating::SetWorkshopRating(ProjectDocument *document, qint64 vendorId,
                                     qint64 subprocessId, double value, QUndoCommand *parent)
    : SetWorkshopRating(document, QList<Cell>{{vendorId, subprocessId, value}}, parent)
{
    setText(QCoreApplication::translate("Undo", "Set workshop rating"));
}

SetWorkshopRating::SetWorkshopRating(ProjectDocument *document, const QList<Cell> &cells,
                                     QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Set %n workshop rating(s)", nullptr,
                                               int(cells.size())),
                   parent)
    , m_document(document)
    , m_new(cells)
{
    const ProjectRepository &repository = document->repository();
    m_surveyId = repository.workshopSurvey();
    m_createsWave = m_surveyId == 0;
    for (const Cell &cell : cells) {
        m_old.append({cell.vendorId, cell.subprocessId,
                      m_createsWave ? qQNaN()
                                    : repository.workshopRating(m_surveyId, cell.vendorId,
                                                                cell.subprocessId)});
    }
}

bool SetWorkshopRating::apply(const QList<Cell> &cells, bool removeWave)
{
    ProjectRepository &repository = m_document->writableRepository();
    const bool ok = repository.transaction([&] {
        if (removeWave)
            return repository.removeSurvey(m_surveyId);
        m_surveyId = repository.ensureWorkshopSurvey(
            QCoreApplication::translate("Undo", "Workshop ratings"), m_surveyId);
        if (m_surveyId == 0)
            return false;
        for (const Cell &cell : cells) {
            if (!repository.setWorkshopRating(m_surveyId, cell.vendorId, cell.subprocessId,
                                              cell.value))
                return false;
        }
        return true;
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
    // A drag: the same one score changed again.
    const auto *next = static_cast<const SetWorkshopRating *>(other);
    if (next->m_document != m_document || m_new.size() != 1 || next->m_new.size() != 1
        || next->m_new.first().vendorId != m_new.first().vendorId
        || next->m_new.first().subprocessId != m_new.first().subprocessId || next->m_createsWave)
        return false;
    m_new = next->m_new;
    return true;
}

} // namespace Peakend
