#pragma once

#include "domain/cycledraft.h"

class QString;
class QUndoCommand;

namespace Peakend {

class ProjectDocument;

// One wizard step written to the project as one undo step: a parent command whose children
// change every value of the cycle that differs between stored and edited — texts, factor
// entries, subprocess brand flags, requirements (added, removed, changed, their factor links),
// KPIs (added, removed, changed, their values) — and the step to resume at. Children run in an
// order that keeps references valid: KPIs stop pointing at a requirement before it is removed.
// `text` names the undo step. Returns nullptr when nothing changed (nothing to push).
class ApplyCycleStep
{
public:
    static QUndoCommand *create(ProjectDocument *document, const CycleDraft &stored,
                                const CycleDraft &edited, int resumeAt, const QString &text);
};

} // namespace Peakend
