#pragma once

#include "document/projectdocument.h"
#include "domain/cycledraft.h"
#include "domain/factor.h"
#include "domain/projectinfo.h"

#include <QPointer>
#include <QWizard>

namespace Peakend {

class CemWizardPage;

// The seven steps of Customer Experience Management (DESIGN.md §2.4) for one cycle, one page
// per step. The pages edit a plain draft of the cycle; leaving a page — Next, Back, Finish or
// Close — writes what changed as one undo step (ApplyCycleStep), committed at once, together
// with the furthest step reached, where the cycle resumes. Opening a cycle walks forward to
// there, so the earlier steps stay a Back away.
class CemWizard : public QWizard
{
    Q_OBJECT

public:
    enum Step {
        BrandValueStep = 1,
        ExperienceStep,
        KeyExperienceStep,
        IdealStep,
        RequirementsStep,
        AlignmentStep,
        FeedbackStep,
    };

    CemWizard(ProjectDocument *document, qint64 cycleId, QWidget *parent = nullptr);

    ProjectDocument *document() const { return m_document; }
    qint64 cycleId() const { return m_draft.cycle.id; }
    CycleDraft &draft() { return m_draft; }
    const CycleDraft &stored() const { return m_stored; }
    const QList<Factor> &factors() const { return m_factors; }
    Scale scale() const { return m_scale; }
    static QString stepTitle(int step);

    // Writes the draft now (step 7's "Start next cycle" and closing); true when it is stored.
    bool save(int resumeAt);
    // Saves this cycle, starts the next one with this one as its baseline and opens it.
    void startNextCycle();
    void openCycle(qint64 cycleId);

    void done(int result) override;

signals:
    void cycleOpened(qint64 cycleId);

private:
    void pageShown(int id);
    CemWizardPage *stepPage(int id) const;

    QPointer<ProjectDocument> m_document;
    CycleDraft m_stored; // as in the file
    CycleDraft m_draft;  // as edited
    QList<Factor> m_factors;
    Scale m_scale;
    int m_shown = -1;
    bool m_opening = false; // walking forward to the step to resume at: nothing to write
};

} // namespace Peakend
