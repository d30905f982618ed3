#include "applycyclestep.h"

#include "additem.h"
#include "changevalue.h"
#include "document/projectdocument.h"
#include "setkpivalue.h"
#include "setrequirementfactors.h"
#include "transactioncommand.h"

#include <QUndoCommand>

#include <algorithm>
#include <cmath>

namespace Peakend {

namespace {
bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

QVariant number(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

QVariant score(int value) // 1–5; 0: not rated
{
    return value == 0 ? QVariant() : QVariant(value);
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

template<class T>
const T *findById(const QList<T> &list, qint64 id)
{
    const auto found
        = std::find_if(list.cbegin(), list.cend(), [id](const T &item) { return item.id == id; });
    return found == list.cend() ? nullptr : &*found;
}

class StepBuilder
{
public:
    StepBuilder(ProjectDocument *document, QUndoCommand *step) : m_document(document), m_step(step)
    {}

    void change(Field field, qint64 id, const QVariant &value)
    {
        new ChangeValue(m_document, field, id, value, m_step->text(), m_step);
    }

    void cycle(const CemCycle &stored, const CemCycle &edited)
    {
        if (edited.name != stored.name)
            change(Field::CycleName, edited.id, edited.name);
        if (edited.brandValue != stored.brandValue)
            change(Field::CycleBrandValue, edited.id, edited.brandValue);
        if (edited.strategy != stored.strategy)
            change(Field::CycleStrategy, edited.id, edited.strategy);
        if (edited.surveyId != stored.surveyId) // step 2 filled from a survey wave
            change(Field::CycleSurvey, edited.id, idOrNull(edited.surveyId));
    }

    void factors(const QList<CycleFactor> &stored, const QList<CycleFactor> &edited)
    {
        for (const CycleFactor &entry : edited) {
            const CycleFactor *before = findById(stored, entry.id);
            if (!before)
                continue; // the wizard edits the rows it loaded; new factors come with a new cycle
            if (entry.carriesBrand != before->carriesBrand)
                change(Field::CycleFactorCarriesBrand, entry.id, int(entry.carriesBrand));
            if (!sameNumber(entry.experience, before->experience))
                change(Field::CycleFactorExperience, entry.id, number(entry.experience));
            if (!sameNumber(entry.expectation, before->expectation))
                change(Field::CycleFactorExpectation, entry.id, number(entry.expectation));
            if (!sameNumber(entry.importance, before->importance))
                change(Field::CycleFactorImportance, entry.id, number(entry.importance));
            if (!sameNumber(entry.ideal, before->ideal))
                change(Field::CycleFactorIdeal, entry.id, number(entry.ideal));
        }
    }

    void subprocesses(const QList<Subprocess> &stored, const QList<Subprocess> &edited)
    {
        for (const Subprocess &subprocess : edited) {
            const Subprocess *before = findById(stored, subprocess.id);
            if (before && before->carriesBrand != subprocess.carriesBrand)
                change(Field::SubprocessCarriesBrand, subprocess.id, subprocess.carriesBrand);
        }
    }

    void kpisBeforeRequirements(const QList<Kpi> &stored, const QList<Kpi> &edited)
    {
        for (const Kpi &kpi : stored) {
            if (!findById(edited, kpi.id))
                new RemoveItem<Kpi>(m_document, kpi, m_step);
        }
        for (const Kpi &kpi : edited) {
            const Kpi *before = kpi.id <= 0 ? nullptr : findById(stored, kpi.id);
            if (!before)
                continue;
            if (kpi.name != before->name)
                change(Field::KpiName, kpi.id, kpi.name);
            if (kpi.unit != before->unit)
                change(Field::KpiUnit, kpi.id, kpi.unit);
            if (kpi.requirementId != before->requirementId)
                change(Field::KpiRequirement, kpi.id, idOrNull(kpi.requirementId));
            if (kpi.position != before->position)
                change(Field::KpiPosition, kpi.id, kpi.position);
            const qsizetype periods = std::max(kpi.values.size(), before->values.size());
            for (int position = 0; position < periods; ++position) {
                std::optional<KpiValue> value;
                if (position < kpi.values.size())
                    value = kpi.values.at(position);
                const bool had = position < before->values.size();
                const bool same = had && value
                                  && before->values.at(position).period == value->period
                                  && before->values.at(position).value == value->value;
                if ((had || value) && !same)
                    new SetKpiValue(m_document, kpi.id, position, value, m_step);
            }
        }
    }

    void requirements(const QList<Requirement> &stored, const QList<Requirement> &edited)
    {
        for (const Requirement &requirement : stored) {
            if (!findById(edited, requirement.id))
                new RemoveItem<Requirement>(m_document, requirement, m_step);
        }
        for (const Requirement &requirement : edited) {
            const Requirement *before
                = requirement.id <= 0 ? nullptr : findById(stored, requirement.id);
            if (!before) {
                Requirement added = requirement;
                added.id = 0; // SQLite gives it one
                new AddItem<Requirement>(m_document, added, m_step);
                continue;
            }
            const qint64 id = requirement.id;
            if (requirement.title != before->title)
                change(Field::RequirementTitle, id, requirement.title);
            if (requirement.description != before->description)
                change(Field::RequirementDescription, id, requirement.description);
            if (requirement.owner != before->owner)
                change(Field::RequirementOwner, id, requirement.owner);
            if (!sameNumber(requirement.costEstimate, before->costEstimate))
                change(Field::RequirementCost, id, number(requirement.costEstimate));
            if (requirement.strategicFit != before->strategicFit)
                change(Field::RequirementStrategicFit, id, score(requirement.strategicFit));
            if (requirement.readinessPeople != before->readinessPeople)
                change(Field::RequirementReadinessPeople, id, score(requirement.readinessPeople));
            if (requirement.readinessProcess != before->readinessProcess)
                change(Field::RequirementReadinessProcess, id, score(requirement.readinessProcess));
            if (requirement.readinessTechnology != before->readinessTechnology)
                change(Field::RequirementReadinessTechnology, id,
                       score(requirement.readinessTechnology));
            if (requirement.decision != before->decision)
                change(Field::RequirementDecision, id, int(requirement.decision));
            if (requirement.position != before->position)
                change(Field::RequirementPosition, id, requirement.position);
            if (requirement.factorIds != before->factorIds)
                new SetRequirementFactors(m_document, id, before->factorIds, requirement.factorIds,
                                          m_step);
        }
    }

    void newKpis(const QList<Kpi> &edited)
    {
        for (const Kpi &kpi : edited) {
            if (kpi.id > 0)
                continue;
            Kpi added = kpi;
            added.id = 0; // SQLite gives it one
            new AddItem<Kpi>(m_document, added, m_step);
        }
    }

private:
    ProjectDocument *m_document;
    QUndoCommand *m_step;
};
} // namespace

QUndoCommand *ApplyCycleStep::create(ProjectDocument *document, const CycleDraft &stored,
                                     const CycleDraft &edited, int resumeAt, const QString &text)
{
    auto *step = new TransactionCommand(document, text);
    StepBuilder builder(document, step);
    builder.cycle(stored.cycle, edited.cycle);
    builder.subprocesses(stored.subprocesses, edited.subprocesses);
    builder.factors(stored.factors, edited.factors);
    builder.kpisBeforeRequirements(stored.kpis, edited.kpis);
    builder.requirements(stored.requirements, edited.requirements);
    builder.newKpis(edited.kpis);
    if (resumeAt != stored.cycle.currentStep)
        builder.change(Field::CycleCurrentStep, edited.cycle.id, resumeAt);
    if (step->childCount() == 0) {
        delete step;
        return nullptr;
    }
    return step;
}

} // namespace Peakend
