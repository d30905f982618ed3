#include "commands/applycyclestep.h"
#include "commands/startcycle.h"
#include "testfiles.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Peakend;

// The wizard's writes: one step applied as one undo step (ApplyCycleStep) and "Start next
// cycle" (StartCycle), on the Meisu demo's cycle (DESIGN.md §2.4).
class TestCycleCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void factorEntriesAreOneUndoStep();
    void nothingChangedPushesNothing();
    void requirementRemovedAndAddedWithLinks();
    void kpiValuesAndNewKpi();
    void startNextCycleCopiesFactorsWithBaseline();
    void firstCycleHasEmptyEntries();
    void aFailingChangeLeavesTheWholeStepUndone();

private:
    CycleDraft stored() const { return m_document->repository().cycleDraft(m_cycle); }
    CycleFactor &entry(CycleDraft &draft, const QString &factor) const;
    bool apply(const CycleDraft &edited, int resumeAt);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    qint64 m_cycle = 0;
};

void TestCycleCommands::init()
{
    m_document.reset();
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::Meisu);
    QVERIFY(m_document);
    m_cycle = m_document->repository().cycles().constFirst().id;
}

CycleFactor &TestCycleCommands::entry(CycleDraft &draft, const QString &factor) const
{
    for (const Factor &candidate : m_document->repository().factors()) {
        if (candidate.name != factor)
            continue;
        for (CycleFactor &entry : draft.factors) {
            if (entry.factorId == candidate.id)
                return entry;
        }
    }
    qFatal("no factor %s", qPrintable(factor));
}

bool TestCycleCommands::apply(const CycleDraft &edited, int resumeAt)
{
    QUndoCommand *command
        = ApplyCycleStep::create(m_document.get(), stored(), edited, resumeAt, QStringLiteral("t"));
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    return true;
}

void TestCycleCommands::factorEntriesAreOneUndoStep()
{
    const CycleDraft original = stored();
    QCOMPARE(original.factors.size(), 6);
    QCOMPARE(entry(const_cast<CycleDraft &>(original), QStringLiteral("convenience")).experience,
             5.0);
    QCOMPARE(original.cycle.currentStep, 7);

    CycleDraft edited = original;
    entry(edited, QStringLiteral("convenience")).experience = 6;
    entry(edited, QStringLiteral("convenience")).ideal = 9;
    entry(edited, QStringLiteral("product")).importance = qQNaN(); // cleared
    const bool priceCarried = entry(edited, QStringLiteral("price")).carriesBrand;
    entry(edited, QStringLiteral("price")).carriesBrand = !priceCarried;
    edited.cycle.brandValue = QStringLiteral("Stores on every corner of the street");
    edited.subprocesses[0].carriesBrand = !edited.subprocesses[0].carriesBrand;
    QVERIFY(apply(edited, 5));
    QCOMPARE(m_document->undoStack()->count(), 1);

    CycleDraft now = stored();
    QCOMPARE(entry(now, QStringLiteral("convenience")).experience, 6.0);
    QCOMPARE(entry(now, QStringLiteral("convenience")).ideal, 9.0);
    QVERIFY(std::isnan(entry(now, QStringLiteral("product")).importance));
    QCOMPARE(entry(now, QStringLiteral("price")).carriesBrand, !priceCarried);
    QCOMPARE(now.cycle.brandValue, QStringLiteral("Stores on every corner of the street"));
    QCOMPARE(now.cycle.currentStep, 5);
    QCOMPARE(now.subprocesses[0].carriesBrand, edited.subprocesses[0].carriesBrand);

    m_document->undoStack()->undo();
    now = stored();
    QCOMPARE(entry(now, QStringLiteral("convenience")).experience, 5.0);
    QCOMPARE(entry(now, QStringLiteral("convenience")).ideal, 10.0);
    QCOMPARE(entry(now, QStringLiteral("product")).importance,
             entry(const_cast<CycleDraft &>(original), QStringLiteral("product")).importance);
    QCOMPARE(entry(now, QStringLiteral("price")).carriesBrand, priceCarried);
    QCOMPARE(now.cycle.brandValue, original.cycle.brandValue);
    QCOMPARE(now.cycle.currentStep, 7);
    QCOMPARE(now.subprocesses[0].carriesBrand, original.subprocesses[0].carriesBrand);
    QVERIFY(!m_document->isModified());

    m_document->undoStack()->redo();
    now = stored();
    QCOMPARE(entry(now, QStringLiteral("convenience")).experience, 6.0);
    QCOMPARE(now.cycle.currentStep, 5);
}

void TestCycleCommands::nothingChangedPushesNothing()
{
    QVERIFY(!apply(stored(), 7));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(apply(stored(), 3)); // only where to resume: still written
    QCOMPARE(stored().cycle.currentStep, 3);
}

void TestCycleCommands::requirementRemovedAndAddedWithLinks()
{
    const CycleDraft original = stored();
    QCOMPARE(original.requirements.size(), 1);
    QCOMPARE(original.kpis.size(), 1);
    const Requirement stores = original.requirements.first();
    QCOMPARE(original.kpis.first().requirementId, stores.id);

    // Removing the requirement unlinks the KPI that tracks it; a new one names two factors.
    CycleDraft edited = original;
    edited.requirements.clear();
    edited.kpis[0].requirementId = 0;
    Requirement app;
    app.cycleId = m_cycle;
    app.title = QStringLiteral("Stock check across neighbouring stores");
    app.owner = QStringLiteral("IT");
    app.costEstimate = 12000;
    app.strategicFit = 4;
    app.position = 1;
    app.factorIds = {entry(edited, QStringLiteral("convenience")).factorId,
                     entry(edited, QStringLiteral("service")).factorId};
    edited.requirements.append(app);
    QVERIFY(apply(edited, original.cycle.currentStep));
    QCOMPARE(m_document->undoStack()->count(), 1);

    CycleDraft now = stored();
    QCOMPARE(now.requirements.size(), 1);
    QCOMPARE(now.requirements.first().title, app.title);
    QCOMPARE(now.requirements.first().costEstimate, 12000.0);
    QCOMPARE(now.requirements.first().strategicFit, 4);
    QCOMPARE(now.requirements.first().readinessPeople, 0);
    QCOMPARE(now.requirements.first().factorIds.size(), 2);
    QCOMPARE(now.kpis.first().requirementId, 0);

    m_document->undoStack()->undo();
    now = stored();
    QCOMPARE(now.requirements.size(), 1);
    QCOMPARE(now.requirements.first().id, stores.id);
    QCOMPARE(now.requirements.first().factorIds, stores.factorIds);
    QCOMPARE(now.requirements.first().readinessTechnology, 3);
    QCOMPARE(now.kpis.first().requirementId, stores.id);

    // Changing what stays: scores, decision, the factors it closes.
    edited = stored();
    edited.requirements[0].readinessTechnology = 5;
    edited.requirements[0].decision = Decision::Later;
    edited.requirements[0].factorIds.append(entry(edited, QStringLiteral("price")).factorId);
    QVERIFY(apply(edited, 6));
    now = stored();
    QCOMPARE(now.requirements.first().readinessTechnology, 5);
    QCOMPARE(now.requirements.first().decision, Decision::Later);
    QCOMPARE(now.requirements.first().factorIds.size(), 2);
    m_document->undoStack()->undo();
    now = stored();
    QCOMPARE(now.requirements.first().readinessTechnology, 3);
    QCOMPARE(now.requirements.first().decision, Decision::Do);
    QCOMPARE(now.requirements.first().factorIds, stores.factorIds);
}

void TestCycleCommands::kpiValuesAndNewKpi()
{
    const CycleDraft original = stored();
    const QList<KpiValue> sales = original.kpis.first().values;
    QCOMPARE(sales.size(), 4);

    CycleDraft edited = original;
    edited.kpis[0].values[2].value = 3.5;
    edited.kpis[0].values.append({QStringLiteral("5 stores"), 5.1});
    edited.kpis[0].unit = QStringLiteral("HK$ m");
    Kpi visits;
    visits.cycleId = m_cycle;
    visits.name = QStringLiteral("Repeat visits");
    visits.position = 1;
    visits.values = {{QStringLiteral("1 store"), 10}, {QStringLiteral("2 stores"), 14}};
    edited.kpis.append(visits);
    QVERIFY(apply(edited, 7) == true);

    CycleDraft now = stored();
    QCOMPARE(now.kpis.size(), 2);
    QCOMPARE(now.kpis[0].values.size(), 5);
    QCOMPARE(now.kpis[0].values[2].value, 3.5);
    QCOMPARE(now.kpis[0].values[4].period, QStringLiteral("5 stores"));
    QCOMPARE(now.kpis[0].unit, QStringLiteral("HK$ m"));
    QCOMPARE(now.kpis[1].name, QStringLiteral("Repeat visits"));
    QCOMPARE(now.kpis[1].values.size(), 2);

    m_document->undoStack()->undo();
    now = stored();
    QCOMPARE(now.kpis.size(), 1);
    QCOMPARE(now.kpis[0].values.size(), 4);
    QCOMPARE(now.kpis[0].values[2].value, sales[2].value);
    QCOMPARE(now.kpis[0].unit, original.kpis[0].unit);

    // A period taken out.
    edited = stored();
    edited.kpis[0].values.removeLast();
    QVERIFY(apply(edited, 7));
    QCOMPARE(stored().kpis[0].values.size(), 3);
}

void TestCycleCommands::startNextCycleCopiesFactorsWithBaseline()
{
    const CycleDraft first = stored();
    auto *start = new StartCycle(m_document.get(), QStringLiteral("Cycle 2"), m_cycle);
    m_document->undoStack()->push(start);
    const qint64 next = start->cycleId();
    QVERIFY(next != 0);
    QCOMPARE(m_document->repository().cycles().size(), 2);

    CycleDraft second = m_document->repository().cycleDraft(next);
    QCOMPARE(second.cycle.number, 2);
    QCOMPARE(second.cycle.baselineId, m_cycle);
    QCOMPARE(second.cycle.currentStep, 1);
    QCOMPARE(second.cycle.brandValue, first.cycle.brandValue);
    QCOMPARE(second.cycle.strategy, first.cycle.strategy);
    QCOMPARE(second.factors.size(), 6);
    QCOMPARE(entry(second, QStringLiteral("convenience")).experience, 5.0);
    QCOMPARE(entry(second, QStringLiteral("convenience")).expectation, 7.0);
    QCOMPARE(entry(second, QStringLiteral("convenience")).importance, 9.0);
    QCOMPARE(entry(second, QStringLiteral("convenience")).ideal, 10.0);
    QVERIFY(second.requirements.isEmpty()); // actions and KPIs belong to the cycle they ran in
    QVERIFY(second.kpis.isEmpty());

    m_document->undoStack()->undo();
    QCOMPARE(m_document->repository().cycles().size(), 1);
    QCOMPARE(TestFiles::queryInt(m_document->filePath(), "SELECT count(*) FROM cycle_factor"), 6);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->repository().cycles().constLast().id, next);
    QCOMPARE(m_document->repository().cycleDraft(next).factors.size(), 6);
}

void TestCycleCommands::firstCycleHasEmptyEntries()
{
    auto document = TestFiles::newDocument(m_dir, QStringLiteral("fresh"));
    QVERIFY(document);
    ProjectRepository &repository = document->writableRepository();
    QVERIFY(repository.addFactor({0, QStringLiteral("speed"), 0, false}) != 0);
    QVERIFY(repository.addFactor({0, QStringLiteral("price"), 1, true}) != 0);
    auto *start = new StartCycle(document.get(), QStringLiteral("First"));
    document->undoStack()->push(start);
    const CycleDraft draft = document->repository().cycleDraft(start->cycleId());
    QCOMPARE(draft.cycle.number, 1);
    QCOMPARE(draft.cycle.baselineId, 0);
    QCOMPARE(draft.factors.size(), 2);
    QVERIFY(std::isnan(draft.factors[0].experience));
    QVERIFY(!draft.factors[0].carriesBrand);
    QVERIFY(draft.factors[1].carriesBrand); // from the factor's own flag
}

// One step, one transaction (commands.h): the brand value is written first, then a score the
// file's CHECK constraint refuses (strategic fit 9 on a 1–5 scale). Nothing of the step stays,
// the error is reported, and nothing is left to undo.
void TestCycleCommands::aFailingChangeLeavesTheWholeStepUndone()
{
    const CycleDraft original = stored();
    QVERIFY(!original.requirements.isEmpty());
    CycleDraft edited = original;
    edited.cycle.brandValue = QStringLiteral("Open every day of the year");
    edited.requirements[0].strategicFit = 9;
    QSignalSpy errors(m_document.get(), &ProjectDocument::errorOccurred);
    QVERIFY(apply(edited, original.cycle.currentStep));
    QCOMPARE(errors.size(), 1);
    const CycleDraft now = stored();
    QCOMPARE(now.cycle.brandValue, original.cycle.brandValue);
    QCOMPARE(now.requirements[0].strategicFit, original.requirements[0].strategicFit);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!m_document->isModified());
}

QTEST_GUILESS_MAIN(TestCycleCommands)
#include "tst_cyclecommands.moc"
