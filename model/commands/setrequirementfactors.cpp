#include "setrequirementfactors.h"

#include "document/projectdocument.h"

namespace Peakend {

SetRequirementFactors::SetRequirementFactors(ProjectDocument *document, qint64 requirementId,
                                             const QList<qint64> &before,
                                             const QList<qint64> &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Link requirement to factors"), parent)
    , m_document(document)
    , m_requirementId(requirementId)
    , m_old(before)
    , m_new(after)
{}

void SetRequirementFactors::apply(const QList<qint64> &factorIds)
{
    ProjectRepository &repository = m_document->writableRepository();
    if (!repository.setRequirementFactors(m_requirementId, factorIds)) {
        setObsolete(true);
        m_document->reportError(repository.lastError());
        return;
    }
    m_document->notifyChanged({ChangeFlag::Requirements});
}

void SetRequirementFactors::redo()
{
    apply(m_new);
}

void SetRequirementFactors::undo()
{
    apply(m_old);
}

} // namespace Peakend
