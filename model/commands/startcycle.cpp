#include "startcycle.h"

#include "document/projectdocument.h"

#include <QDate>

#include <algorithm>

namespace Peakend {

StartCycle::StartCycle(ProjectDocument *document, const QString &name, qint64 baselineId,
                       QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Start cycle “%1”").arg(name), parent)
    , m_document(document)
{
    const ProjectRepository &repository = document->repository();
    const CycleDraft baseline = repository.cycleDraft(baselineId);
    int number = 0;
    for (const CemCycle &cycle : repository.cycles())
        number = std::max(number, cycle.number);
    m_draft.cycle.name = name;
    m_draft.cycle.number = number + 1;
    m_draft.cycle.startedOn = QDate::currentDate().toString(Qt::ISODate);
    m_draft.cycle.brandValue = baseline.cycle.brandValue;
    m_draft.cycle.strategy = baseline.cycle.strategy;
    m_draft.cycle.surveyId = baseline.cycle.surveyId;
    m_draft.cycle.baselineId = baseline.cycle.id;
    for (const Factor &factor : repository.factors()) {
        CycleFactor entry;
        entry.factorId = factor.id;
        entry.carriesBrand = factor.carriesBrand;
        const auto previous
            = std::find_if(baseline.factors.cbegin(), baseline.factors.cend(),
                           [&](const CycleFactor &old) { return old.factorId == factor.id; });
        if (previous != baseline.factors.cend()) {
            entry.carriesBrand = previous->carriesBrand;
            entry.experience = previous->experience;
            entry.expectation = previous->expectation;
            entry.importance = previous->importance;
            entry.ideal = previous->ideal;
        }
        m_draft.factors.append(entry);
    }
}

void StartCycle::redo()
{
    ProjectRepository &repository = m_document->writableRepository();
    const bool ok = repository.transaction([&] {
        m_draft.cycle.id = repository.addCycle(m_draft.cycle);
        if (m_draft.cycle.id == 0)
            return false;
        for (CycleFactor &entry : m_draft.factors) {
            entry.cycleId = m_draft.cycle.id;
            entry.id = repository.addCycleFactor(entry);
            if (entry.id == 0)
                return false;
        }
        return true;
    });
    if (!ok) {
        setObsolete(true);
        m_document->reportError(repository.lastError());
        return;
    }
    m_document->notifyChanged({ChangeFlag::Cycles});
}

void StartCycle::undo()
{
    ProjectRepository &repository = m_document->writableRepository();
    if (!repository.removeCycle(m_draft.cycle.id)) { // its entries go with it
        setObsolete(true);
        m_document->reportError(repository.lastError());
        return;
    }
    m_document->notifyChanged({ChangeFlag::Cycles});
}

} // namespace Peakend
