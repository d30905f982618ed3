#include "changevalue.h"

#include "commands.h"
#include "document/projectdocument.h"

namespace Peakend {

ChangeValue::ChangeValue(ProjectDocument *document, Field field, qint64 rowId,
                         const QVariant &newValue, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_field(field)
    , m_rowId(rowId)
    , m_oldValue(document->repository().value(field, rowId))
    , m_newValue(newValue)
{}

void ChangeValue::apply(const QVariant &value)
{
    ProjectRepository &repository = m_document->writableRepository();
    if (!repository.setValue(m_field, m_rowId, value)) {
        setObsolete(true);
        m_document->reportError(repository.lastError());
        return;
    }
    m_document->notifyChanged({fieldColumn(m_field).change, m_field, m_rowId});
}

void ChangeValue::undo()
{
    apply(m_oldValue);
}

void ChangeValue::redo()
{
    apply(m_newValue);
}

int ChangeValue::id() const
{
    return int(CommandId::ChangeValue);
}

bool ChangeValue::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeValue *>(other);
    if (next->m_document != m_document || next->m_field != m_field || next->m_rowId != m_rowId)
        return false;
    m_newValue = next->m_newValue;
    // Typing a value back to where it started leaves nothing to undo.
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace Peakend
