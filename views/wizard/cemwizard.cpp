#include "cemwizard.h"

#include "alignmentpage.h"
#include "brandvaluepage.h"
#include "commands/applycyclestep.h"
#include "commands/startcycle.h"
#include "document/projectdocument.h"
#include "experiencepage.h"
#include "feedbackpage.h"
#include "idealpage.h"
#include "keyexperiencepage.h"
#include "requirementspage.h"

#include <QUndoStack>

#include <algorithm>

namespace Peakend {

CemWizard::CemWizard(ProjectDocument *document, qint64 cycleId, QWidget *parent)
    : QWizard(parent), m_document(document)
{
    setObjectName(QStringLiteral("cemWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton, false);
    setOption(QWizard::CancelButtonOnLeft, true);
    // Entries are written as you go: the button closes, it does not throw anything away.
    setButtonText(QWizard::CancelButton, tr("Close"));
    setPage(BrandValueStep, new BrandValuePage(this));
    setPage(ExperienceStep, new ExperiencePage(this));
    setPage(KeyExperienceStep, new KeyExperiencePage(this));
    setPage(IdealStep, new IdealPage(this));
    setPage(RequirementsStep, new RequirementsPage(this));
    setPage(AlignmentStep, new AlignmentPage(this));
    setPage(FeedbackStep, new FeedbackPage(this));
    setStartId(BrandValueStep);
    for (const int id : pageIds())
        page(id)->setTitle(stepTitle(id));
    connect(this, &QWizard::currentIdChanged, this, &CemWizard::pageShown);
    resize(1100, 760);
    openCycle(cycleId);
}

QString CemWizard::stepTitle(int step)
{
    switch (step) {
    case BrandValueStep:
        return tr("Step 1 of 7: Brand value");
    case ExperienceStep:
        return tr("Step 2 of 7: Experience and expectation");
    case KeyExperienceStep:
        return tr("Step 3 of 7: Key experience");
    case IdealStep:
        return tr("Step 4 of 7: Gap to the ideal");
    case RequirementsStep:
        return tr("Step 5 of 7: Requirements");
    case AlignmentStep:
        return tr("Step 6 of 7: Alignment with strategy and capability");
    case FeedbackStep:
        return tr("Step 7 of 7: Feedback");
    default:
        return QString();
    }
}

CemWizardPage *CemWizard::stepPage(int id) const
{
    return qobject_cast<CemWizardPage *>(page(id));
}

void CemWizard::openCycle(qint64 cycleId)
{
    if (!m_document)
        return;
    const ProjectRepository &repository = m_document->repository();
    m_stored = repository.cycleDraft(cycleId);
    m_draft = m_stored;
    m_factors = repository.factors();
    m_scale = repository.projectInfo().scale;
    // A project opened read-only (newer file, open elsewhere) can be reviewed, not changed:
    // say so where the user looks, rather than dropping their typing silently on leaving.
    setWindowTitle(m_document->isReadOnly()
                       ? tr("Customer Experience Management — %1 (read-only: nothing you type "
                            "is saved)")
                             .arg(m_draft.cycle.name)
                       : tr("Customer Experience Management — %1").arg(m_draft.cycle.name));
    m_opening = true;
    m_shown = -1;
    restart();
    // Walk forward to where the user stopped, so that Back reaches every earlier step; stop at
    // a step that is not complete (its data changed since).
    while (currentId() < m_stored.cycle.currentStep && currentId() != -1) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_opening = false;
    emit cycleOpened(cycleId);
}

void CemWizard::pageShown(int id)
{
    if (!m_opening && m_shown != -1 && id != -1)
        save(id); // the page left: Next or Back
    m_shown = id;
    if (CemWizardPage *shown = stepPage(id))
        shown->load();
}

bool CemWizard::save(int resumeAt)
{
    if (!m_document || m_document->isReadOnly() || m_draft.cycle.id == 0)
        return false;
    const QString text = tr("%1 (%2)").arg(stepTitle(m_shown), m_draft.cycle.name);
    // The cycle resumes at the furthest step reached: going Back to review does not undo
    // progress.
    const int furthest = std::clamp(std::max(resumeAt, m_stored.cycle.currentStep), 1, 7);
    if (QUndoCommand *step = ApplyCycleStep::create(m_document, m_stored, m_draft, furthest, text))
        m_document->undoStack()->push(step);
    // Read back what is stored, with the ids new requirements and KPIs were given.
    m_stored = m_document->repository().cycleDraft(m_draft.cycle.id);
    m_draft = m_stored;
    return true;
}

void CemWizard::startNextCycle()
{
    if (!m_document || m_document->isReadOnly())
        return;
    save(FeedbackStep);
    QUndoStack *stack = m_document->undoStack();
    const int number = m_draft.cycle.number + 1;
    auto *start = new StartCycle(m_document, tr("Cycle %1").arg(number), m_draft.cycle.id);
    stack->push(start);
    if (start->cycleId() != 0)
        openCycle(start->cycleId());
}

void CemWizard::done(int result)
{
    if (currentId() != -1)
        save(currentId());
    QWizard::done(result);
}

} // namespace Peakend
