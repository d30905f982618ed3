#include "setkpivalue.h"

#include "commands.h"
#include "document/projectdocument.h"

namespace Peakend {

SetKpiValue::SetKpiValue(ProjectDocument *document, qint64 kpiId, int position,
                         const std::optional<KpiValue> &value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_kpiId(kpiId)
    , m_position(position)
    , m_old(document->repository().kpiValue(kpiId, position))
    , m_new(value)
{
    m_relabels = m_old && m_new && m_old->period != m_new->period;
    setText(!m_old   ? QCoreApplication::translate("Undo", "Add KPI value")
            : !m_new ? QCoreApplication::translate("Undo", "Remove KPI value")
                     : QCoreApplication::translate("Undo", "Change KPI value"));
}

void SetKpiValue::apply(const std::optional<KpiValue> &value)
{
    ProjectRepository &repository = m_document->writableRepository();
    if (!repository.setKpiValue(m_kpiId, m_position, value)) {
        setObsolete(true);
        m_document->reportError(repository.lastError());
        return;
    }
    m_document->notifyChanged({ChangeFlag::Kpis});
}

void SetKpiValue::redo()
{
    apply(m_new);
}

void SetKpiValue::undo()
{
    apply(m_old);
}

int SetKpiValue::id() const
{
    return int(CommandId::SetKpiValue);
}

bool SetKpiValue::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetKpiValue *>(other);
    if (next->m_document != m_document || next->m_kpiId != m_kpiId || next->m_position != m_position
        || !m_old || !m_new || !next->m_new || next->m_relabels != m_relabels)
        return false; // adding and removing stay steps of their own
    m_new = next->m_new;
    return true;
}

} // namespace Peakend
