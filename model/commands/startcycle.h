#pragma once

#include "domain/cycledraft.h"

#include <QUndoCommand>

namespace Peakend {

class ProjectDocument;

// Starts a CEM cycle with an entry for every factor. The first cycle starts empty; "Start
// next cycle" (step 7) copies the last cycle's brand value, strategy and factor entries and
// makes it the baseline, so that the new one is compared with it. Redo after undo brings the
// cycle and its entries back under the same ids.
class StartCycle : public QUndoCommand
{
public:
    // baselineId 0: a first cycle.
    StartCycle(ProjectDocument *document, const QString &name, qint64 baselineId = 0,
               QUndoCommand *parent = nullptr);

    qint64 cycleId() const { return m_draft.cycle.id; }

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    CycleDraft m_draft; // what is inserted; ids filled in by the first redo
};

} // namespace Peakend
