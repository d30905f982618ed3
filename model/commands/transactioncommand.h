#pragma once

#include <QUndoCommand>

namespace Peakend {

class ProjectDocument;

// An undo step made of child commands that applies as one SQLite transaction: if any child
// fails (it marks itself obsolete, commands.h), the children already applied are undone, the
// transaction is rolled back and the step marks itself obsolete, so the project is as it was
// and nothing lands on the undo stack. Undo is all-or-nothing the same way.
class TransactionCommand : public QUndoCommand
{
public:
    TransactionCommand(ProjectDocument *document, const QString &text,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    // Runs each child (forward or in reverse); false, with the done ones reverted, on failure.
    bool apply(bool forward);

    ProjectDocument *m_document;
};

} // namespace Peakend
