#include "transactioncommand.h"

#include "document/projectdocument.h"
#include "storage/sqlitesavepoint.h"

namespace Peakend {

TransactionCommand::TransactionCommand(ProjectDocument *document, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document)
{}

void TransactionCommand::redo()
{
    if (!apply(true))
        setObsolete(true);
}

void TransactionCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

bool TransactionCommand::apply(bool forward)
{
    SqliteSavepoint transaction(m_document->store().handle(), "step");
    if (!transaction.begin()) {
        m_document->reportError(transaction.errorString());
        return false;
    }
    const int count = childCount();
    for (int done = 0; done < count; ++done) {
        auto *current = const_cast<QUndoCommand *>(child(forward ? done : count - 1 - done));
        forward ? current->redo() : current->undo();
        if (!current->isObsolete())
            continue;
        current->setObsolete(false); // the step stays whole for a later try
        // Revert the children already applied, so that views that heard of their changes hear
        // of them going back, then drop whatever the transaction still holds.
        for (int back = done - 1; back >= 0; --back) {
            auto *applied = const_cast<QUndoCommand *>(child(forward ? back : count - 1 - back));
            forward ? applied->undo() : applied->redo();
        }
        transaction.rollback();
        return false;
    }
    if (!transaction.release()) {
        m_document->reportError(transaction.errorString());
        return false;
    }
    return true;
}

} // namespace Peakend
