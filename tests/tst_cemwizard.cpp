#include "commands/startcycle.h"
#include "itemmodels/draftfactorsmodel.h"
#include "itemmodels/draftkpismodel.h"
#include "itemmodels/draftrequirementsmodel.h"
#include "testfiles.h"
#include "wizard/alignmentpage.h"
#include "wizard/brandvaluepage.h"
#include "wizard/cemwizard.h"
#include "wizard/experiencepage.h"
#include "wizard/feedbackpage.h"
#include "wizard/idealpage.h"
#include "wizard/keyexperiencepage.h"
#include "wizard/requirementspage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Peakend;

// The seven-step wizard driven offscreen through its widgets: the Meisu case (DESIGN.md §2.4)
// entered by hand on a new project, the demo's cycle reviewed, resuming after reopening,
// validation, Back/Next, undo of a step, and starting the next cycle.
class TestCemWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void meisuDemoReproducesTheSeed();
    void meisuByHandOnANewProject();
    void resumesWhereTheUserStopped();
    void undoOfAStepRestoresThePreviousValues();
    void startNextCycleCopiesWhatItShould();
    void surveyBackedCycle();
    void screenshots();

private:
    static void type(QTableView *view, int row, int column, const QString &text);
    static int rowOf(QAbstractItemModel *model, const char *name);
    static void shoot(QWizard *wizard, const QString &name);
    qint64 meisuCycle() const { return m_document->repository().cycles().constFirst().id; }
    CycleFactor stored(qint64 cycle, const char *factor) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestCemWizard::init()
{
    m_document.reset();
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::Meisu);
    QVERIFY(m_document);
}

// Types into a cell as a user does: open the editor, type, press Return.
void TestCemWizard::type(QTableView *view, int row, int column, const QString &text)
{
    const QModelIndex index = view->model()->index(row, column);
    if (!view->indexWidget(index)) { // Add Period opens its value's editor itself
        view->setCurrentIndex(index);
        view->edit(index);
    }
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    QVERIFY2(editor, "no cell editor opened");
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace); // what was there goes
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on Return through the event loop
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor
}

// With PEAKEND_SCREENSHOT_DIR set, saves the wizard as it is now, for looking at.
void TestCemWizard::shoot(QWizard *wizard, const QString &name)
{
    const QString dir = qEnvironmentVariable("PEAKEND_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    wizard->resize(1180, 780);
    QCoreApplication::processEvents();
    QVERIFY(wizard->grab().save(QStringLiteral("%1/wizard-%2.png").arg(dir, name)));
}

int TestCemWizard::rowOf(QAbstractItemModel *model, const char *name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == QString::fromUtf8(name))
            return row;
    }
    return -1;
}

CycleFactor TestCemWizard::stored(qint64 cycle, const char *factor) const
{
    const ProjectRepository &repository = m_document->repository();
    for (const Factor &candidate : repository.factors()) {
        if (candidate.name != QString::fromUtf8(factor))
            continue;
        for (const CycleFactor &entry : repository.cycleFactors(cycle)) {
            if (entry.factorId == candidate.id)
                return entry;
        }
    }
    return {};
}

void TestCemWizard::meisuDemoReproducesTheSeed()
{
    CemWizard wizard(m_document.get(), meisuCycle());
    wizard.show();
    QCOMPARE(wizard.currentId(), int(CemWizard::FeedbackStep)); // the demo's cycle is complete
    QCOMPARE(wizard.visitedIds().size(), 7);                    // every step a Back away
    auto *feedback = qobject_cast<FeedbackPage *>(wizard.currentPage());
    QCOMPARE(feedback->values()->rowCount(), 4); // sales for one to four stores
    QCOMPARE(feedback->values()->index(3, 0).data().toString(), QStringLiteral("4 stores"));

    wizard.back();
    auto *alignment = qobject_cast<AlignmentPage *>(wizard.currentPage());
    QCOMPARE(alignment->model()->rowCount(), 1);
    const CemRequirementRow *row = alignment->model()->computed(0);
    QVERIFY(row);
    QCOMPARE(row->priority, 5.0 * 9.0); // |G| × I of convenience
    QCOMPARE(row->feasibility, (5 + 4 + 4 + 3) / 4.0);
    wizard.back(); // requirements
    wizard.back(); // ideal
    auto *ideal = qobject_cast<IdealPage *>(wizard.currentPage());
    DraftFactorsModel *factors = ideal->model();
    const int convenience = rowOf(factors, "convenience");
    QCOMPARE(factors->steps().factors.at(convenience).gap, -5.0);
    QCOMPARE(factors->steps().factors.at(convenience).ideal, 10.0);
    for (const char *other : {"product", "price"})
        QCOMPARE(factors->steps().factors.at(rowOf(factors, other)).gap, 0.0);
    wizard.back();
    auto *key = qobject_cast<KeyExperiencePage *>(wizard.currentPage());
    QVERIFY2(key->reasons().contains(
                 QStringLiteral("convenience: importance 9 × satisfaction −2 = −18")),
             qPrintable(key->reasons()));
    shoot(&wizard, QStringLiteral("newcomer-3"));
    wizard.back();
    auto *experience = qobject_cast<ExperiencePage *>(wizard.currentPage());
    const CemFactorRow &product
        = experience->model()->steps().factors.at(rowOf(experience->model(), "product"));
    QCOMPARE(product.satisfaction, -1.0); // 6 − 7
    // Reviewing changes nothing: no undo step, the cycle still resumes at step 7.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(CemWizard::BrandValueStep));
    wizard.reject();
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->repository().cycles().constFirst().currentStep, 7);
}

void TestCemWizard::meisuByHandOnANewProject()
{
    m_document.reset();
    m_document = TestFiles::newDocument(m_dir, QStringLiteral("by hand"));
    QVERIFY(m_document);
    const QList<const char *> names{"product",     "service",     "relationship",
                                    "convenience", "brand image", "price"};
    for (int i = 0; i < names.size(); ++i)
        QVERIFY(m_document->writableRepository().addFactor(
                    {0, QString::fromUtf8(names.at(i)), i, false})
                != 0);
    auto *start = new StartCycle(m_document.get(), QStringLiteral("Cycle 1"));
    m_document->undoStack()->push(start);
    const qint64 cycle = start->cycleId();
    const int stepsBefore = m_document->undoStack()->count();

    CemWizard wizard(m_document.get(), cycle);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(CemWizard::BrandValueStep));

    // Step 1: Next is refused until the brand value and its factors are there.
    auto *brand = qobject_cast<BrandValuePage *>(wizard.currentPage());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CemWizard::BrandValueStep));
    QVERIFY(brand->message().contains(QStringLiteral("brand value")));
    QTest::keyClicks(brand->findChild<QPlainTextEdit *>(QStringLiteral("brandValue")),
                     QStringLiteral("Many stores on one street"));
    wizard.next();
    QVERIFY(brand->message().contains(QStringLiteral("Tick at least one factor")));
    auto *brandFactors = brand->findChild<QListWidget *>(QStringLiteral("brandFactors"));
    for (int i = 0; i < brandFactors->count(); ++i) {
        if (brandFactors->item(i)->text() == QStringLiteral("convenience"))
            brandFactors->item(i)->setCheckState(Qt::Checked);
    }
    shoot(&wizard, QStringLiteral("newcomer-1"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CemWizard::ExperienceStep));
    QCOMPARE(m_document->repository().cycles().constLast().brandValue,
             QStringLiteral("Many stores on one street"));
    QVERIFY(brand->message().isEmpty()); // the refusal goes once it is fixed
    QVERIFY(stored(cycle, "convenience").carriesBrand);

    // Step 2: X, E and I typed into the table (the seed's numbers).
    auto *experience = qobject_cast<ExperiencePage *>(wizard.currentPage());
    auto *table = experience->findChild<QTableView *>(QStringLiteral("experienceTable"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CemWizard::ExperienceStep));
    QVERIFY2(experience->message().contains(QStringLiteral("product")),
             qPrintable(experience->message()));
    const double x[] = {6, 6, 4, 5, 7, 7};
    const double e[] = {7, 6, 4, 7, 7, 7};
    for (int i = 0; i < names.size(); ++i) {
        const int row = rowOf(experience->model(), names.at(i));
        type(table, row, 1, QString::number(x[i]));
        type(table, row, 2, QString::number(e[i]));
    }
    type(table, rowOf(experience->model(), "relationship"), 1, QStringLiteral("11"));
    QVERIFY2(experience->message().contains(QStringLiteral("outside the scale")),
             qPrintable(experience->message()));
    wizard.next(); // product and convenience fall short and have no importance yet
    QCOMPARE(wizard.currentId(), int(CemWizard::ExperienceStep));
    QVERIFY(experience->message().contains(QStringLiteral("convenience")));
    type(table, rowOf(experience->model(), "convenience"), 4, QStringLiteral("9"));
    type(table, rowOf(experience->model(), "product"), 4, QStringLiteral("7"));
    QCOMPARE(
        experience->model()->index(rowOf(experience->model(), "convenience"), 3).data().toString(),
        QStringLiteral("−2")); // S live
    shoot(&wizard, QStringLiteral("newcomer-2"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CemWizard::KeyExperienceStep));
    QCOMPARE(stored(cycle, "convenience").experience, 5.0);
    QCOMPARE(stored(cycle, "convenience").expectation, 7.0);
    QCOMPARE(stored(cycle, "convenience").importance, 9.0);
    QCOMPARE(stored(cycle, "relationship").experience, 4.0); // the 11 was refused

    // Step 3: the key experience, in words.
    auto *key = qobject_cast<KeyExperiencePage *>(wizard.currentPage());
    QVERIFY2(key->reasons().contains(
                 QStringLiteral("convenience: importance 9 × satisfaction −2 = −18")),
             qPrintable(key->reasons()));
    wizard.next();

    // Step 4: the ideal raised to 10 on convenience gives the gap −5.
    auto *ideal = qobject_cast<IdealPage *>(wizard.currentPage());
    auto *idealTable = ideal->findChild<QTableView *>(QStringLiteral("idealTable"));
    type(idealTable, rowOf(ideal->model(), "convenience"), 4, QStringLiteral("10"));
    QCOMPARE(ideal->model()->steps().factors.at(rowOf(ideal->model(), "convenience")).gap, -5.0);
    QVERIFY(ideal->hint().isEmpty()); // raised where it matters most
    shoot(&wizard, QStringLiteral("newcomer-4"));
    type(idealTable, rowOf(ideal->model(), "product"), 4, QStringLiteral("8"));
    QVERIFY2(ideal->hint().contains(QStringLiteral("product")), qPrintable(ideal->hint()));
    type(idealTable, rowOf(ideal->model(), "product"), 4, QString());
    QVERIFY(ideal->hint().isEmpty());
    // Back and Next keep what was typed (and Back wrote it).
    wizard.back();
    QCOMPARE(stored(cycle, "convenience").ideal, 10.0);
    wizard.next();
    QCOMPARE(ideal->model()->steps().factors.at(rowOf(ideal->model(), "convenience")).gap, -5.0);
    wizard.next();

    // Step 5: one requirement closing convenience's gap.
    auto *requirements = qobject_cast<RequirementsPage *>(wizard.currentPage());
    wizard.next();
    QVERIFY(requirements->message().contains(QStringLiteral("at least one requirement")));
    requirements->findChild<QAbstractButton *>(QStringLiteral("addRequirement"))->click();
    type(requirements->table(), 0, 0, QStringLiteral("Open more stores on the same street"));
    wizard.next();
    QVERIFY(requirements->message().contains(QStringLiteral("Open more stores")));
    QListWidget *links = requirements->factorList();
    for (int i = 0; i < links->count(); ++i) {
        if (links->item(i)->text().startsWith(QStringLiteral("convenience")))
            links->item(i)->setCheckState(Qt::Checked);
    }
    QCOMPARE(requirements->model()->computed(0)->priority, 45.0);
    shoot(&wizard, QStringLiteral("newcomer-5"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CemWizard::AlignmentStep));
    QCOMPARE(m_document->repository().requirements(cycle).size(), 1);
    QCOMPARE(m_document->repository().requirements(cycle).first().factorIds,
             QList<qint64>{stored(cycle, "convenience").factorId});

    // Step 6: scores and the decision.
    auto *alignment = qobject_cast<AlignmentPage *>(wizard.currentPage());
    auto *alignmentTable = alignment->findChild<QTableView *>(QStringLiteral("alignmentTable"));
    QAbstractItemModel *scores = alignmentTable->model();
    wizard.next();
    QVERIFY(alignment->message().contains(QStringLiteral("Score strategic fit")));
    for (const auto &[column, value] : {std::pair{2, 5}, {3, 4}, {4, 4}, {5, 3}})
        QVERIFY(scores->setData(scores->index(0, column), value));
    wizard.next();
    QVERIFY(alignment->message().contains(QStringLiteral("Decide")));
    QVERIFY(scores->setData(scores->index(0, 8), int(Decision::Do)));
    QCOMPARE(scores->index(0, 6).data().toString(), QStringLiteral("4"));
    shoot(&wizard, QStringLiteral("newcomer-6"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CemWizard::FeedbackStep));

    // Step 7: a KPI with four periods; Finish writes it.
    auto *feedback = qobject_cast<FeedbackPage *>(wizard.currentPage());
    QVERIFY(!feedback->validatePage());
    feedback->findChild<QAbstractButton *>(QStringLiteral("addKpi"))->click();
    auto *periods = feedback->findChild<QAbstractButton *>(QStringLiteral("addPeriod"));
    auto *valueTable = feedback->findChild<QTableView *>(QStringLiteral("kpiValueTable"));
    for (int i = 0; i < 4; ++i) {
        periods->click();
        type(valueTable, i, 1, QString::number(i + 1));
    }
    QCOMPARE(feedback->values()->index(3, 0).data().toString(), QStringLiteral("4"));
    shoot(&wizard, QStringLiteral("newcomer-7"));
    wizard.button(QWizard::FinishButton)->click();
    const QList<Kpi> kpis = m_document->repository().kpis(cycle);
    QCOMPARE(kpis.size(), 1);
    QCOMPARE(kpis.first().values.size(), 4);
    QCOMPARE(kpis.first().values.last().value, 4.0);
    QCOMPARE(kpis.first().requirementId, m_document->repository().requirements(cycle).first().id);
    QCOMPARE(m_document->repository().cycles().constLast().currentStep, 7);
    // One undo step per page left with changes: 1, 2, 4 (Back), 4 (the ideal cleared)… at most
    // one per page visit, never one per keystroke.
    QVERIFY(m_document->undoStack()->count() - stepsBefore <= 9);
}

void TestCemWizard::resumesWhereTheUserStopped()
{
    const QString path = m_document->filePath();
    auto *start = new StartCycle(m_document.get(), QStringLiteral("Cycle 2"), meisuCycle());
    m_document->undoStack()->push(start);
    const qint64 cycle = start->cycleId();
    {
        CemWizard wizard(m_document.get(), cycle);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(CemWizard::BrandValueStep));
        for (int step = 1; step < CemWizard::IdealStep; ++step)
            wizard.next(); // the values copied from cycle 1 are complete
        QCOMPARE(wizard.currentId(), int(CemWizard::IdealStep));
        auto *ideal = qobject_cast<IdealPage *>(wizard.currentPage());
        type(ideal->findChild<QTableView *>(QStringLiteral("idealTable")),
             rowOf(ideal->model(), "service"), 4, QStringLiteral("7"));
        wizard.back();   // reviewing step 3 does not lose the progress
        wizard.reject(); // Close: what was typed is kept
    }
    m_document.reset(); // the laptop closes
    StoreError error;
    m_document = ProjectDocument::open(path, &error);
    QVERIFY(m_document);
    QCOMPARE(m_document->repository().cycles().constLast().currentStep, 4);
    CemWizard wizard(m_document.get(), cycle);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(CemWizard::IdealStep));
    auto *ideal = qobject_cast<IdealPage *>(wizard.currentPage());
    QCOMPARE(ideal->model()->steps().factors.at(rowOf(ideal->model(), "service")).ideal, 7.0);
    QCOMPARE(ideal->model()->steps().factors.at(rowOf(ideal->model(), "convenience")).gap, -5.0);
    wizard.back();
    wizard.back();
    auto *experience = qobject_cast<ExperiencePage *>(wizard.currentPage());
    QCOMPARE(experience->model()
                 ->steps()
                 .factors.at(rowOf(experience->model(), "convenience"))
                 .experience,
             5.0);
}

void TestCemWizard::undoOfAStepRestoresThePreviousValues()
{
    CemWizard wizard(m_document.get(), meisuCycle());
    wizard.show();
    while (wizard.currentId() > CemWizard::IdealStep)
        wizard.back();
    QCOMPARE(m_document->undoStack()->count(), 0);
    auto *ideal = qobject_cast<IdealPage *>(wizard.currentPage());
    auto *table = ideal->findChild<QTableView *>(QStringLiteral("idealTable"));
    type(table, rowOf(ideal->model(), "convenience"), 4, QStringLiteral("9"));
    type(table, rowOf(ideal->model(), "price"), 4, QStringLiteral("8"));
    wizard.next(); // leaving step 4 writes it: one step
    QCOMPARE(stored(meisuCycle(), "convenience").ideal, 9.0);
    const int count = m_document->undoStack()->count();
    QVERIFY(count >= 1);
    wizard.reject();
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(stored(meisuCycle(), "convenience").ideal, 10.0);
    QCOMPARE(stored(meisuCycle(), "price").ideal, 7.0);
    QCOMPARE(m_document->repository().cycles().constFirst().currentStep, 7);
    QVERIFY(!m_document->isModified());
}

void TestCemWizard::startNextCycleCopiesWhatItShould()
{
    CemWizard wizard(m_document.get(), meisuCycle());
    wizard.show();
    QCOMPARE(wizard.currentId(), int(CemWizard::FeedbackStep));
    wizard.startNextCycle();
    const QList<CemCycle> cycles = m_document->repository().cycles();
    QCOMPARE(cycles.size(), 2);
    QCOMPARE(wizard.cycleId(), cycles.last().id);
    QCOMPARE(cycles.last().baselineId, cycles.first().id);
    QCOMPARE(wizard.currentId(), int(CemWizard::BrandValueStep));
    QCOMPARE(wizard.draft().cycle.brandValue, cycles.first().brandValue);
    QCOMPARE(stored(cycles.last().id, "convenience").ideal, 10.0);
    QCOMPARE(stored(cycles.last().id, "convenience").importance, 9.0);
    QVERIFY(m_document->repository().requirements(cycles.last().id).isEmpty());
    // Walk to step 7 of the new cycle: its comparison with the baseline is there.
    for (int step = 1; step < 5; ++step)
        wizard.next();
    auto *requirements = qobject_cast<RequirementsPage *>(wizard.currentPage());
    requirements->findChild<QAbstractButton *>(QStringLiteral("addRequirement"))->click();
    requirements->factorList()->item(3)->setCheckState(Qt::Checked);
    wizard.next();
    auto *alignment = qobject_cast<AlignmentPage *>(wizard.currentPage());
    QAbstractItemModel *scores
        = alignment->findChild<QTableView *>(QStringLiteral("alignmentTable"))->model();
    for (int column = 2; column <= 5; ++column)
        QVERIFY(scores->setData(scores->index(0, column), 3));
    QVERIFY(scores->setData(scores->index(0, 8), int(Decision::Later)));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CemWizard::FeedbackStep));
    auto *feedback = qobject_cast<FeedbackPage *>(wizard.currentPage());
    QCOMPARE(feedback->comparison()->rowCount(), 6);
    QCOMPARE(feedback->comparison()->item(3, 0)->text(), QStringLiteral("convenience"));
    QCOMPARE(feedback->comparison()->item(3, 3)->text(), QStringLiteral("−18 → −18"));
    QCOMPARE(feedback->comparison()->item(3, 4)->text(), QStringLiteral("−5 → −5"));
    wizard.reject();
    // Undo takes the new cycle away with everything written in it.
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(m_document->repository().cycles().size(), 1);
}

// A new cycle on the B2B demo, step 2 filled from its survey wave for the first vendor: X and E
// are that vendor's mean factor ratings (checked against SQL over the file), and with no stated
// importance the derived one is used, so every factor gets an I and Next is allowed.
void TestCemWizard::surveyBackedCycle()
{
    m_document.reset();
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::B2b);
    QVERIFY(m_document);
    auto *start = new StartCycle(m_document.get(), QStringLiteral("Cycle 1"));
    m_document->undoStack()->push(start);
    CemWizard wizard(m_document.get(), start->cycleId());
    wizard.show();
    auto *brand = qobject_cast<BrandValuePage *>(wizard.currentPage());
    QTest::keyClicks(brand->findChild<QPlainTextEdit *>(QStringLiteral("brandValue")),
                     QStringLiteral("Fast quotes"));
    brand->findChild<QListWidget *>(QStringLiteral("brandFactors"))
        ->item(0)
        ->setCheckState(Qt::Checked);
    wizard.next();
    auto *experience = qobject_cast<ExperiencePage *>(wizard.currentPage());
    QVERIFY(experience);
    auto *vendor = experience->findChild<QComboBox *>(QStringLiteral("surveyVendor"));
    auto *source = experience->findChild<QComboBox *>(QStringLiteral("importanceSource"));
    QVERIFY(vendor->count() >= 2);
    QCOMPARE(source->currentIndex(), 1); // nobody stated importance: derived
    experience->findChild<QAbstractButton *>(QStringLiteral("useSurveyValues"))->click();
    shoot(&wizard, QStringLiteral("survey-2"));
    const qint64 vendorId = vendor->currentData().toLongLong();
    const qint64 factorId = m_document->repository().factors().constFirst().id;
    const QByteArray sql = QStringLiteral("SELECT avg(value) * 1000000 FROM factor_rating "
                                          "WHERE vendor_id = %1 AND factor_id = %2 AND kind = 0")
                               .arg(vendorId)
                               .arg(factorId)
                               .toUtf8();
    const double mean = TestFiles::queryInt(m_document->filePath(), sql.constData()) / 1e6;
    QVERIFY(std::abs(experience->model()->steps().factors.constFirst().experience - mean) < 1e-5);
    for (const CemFactorRow &row : experience->model()->steps().factors) {
        QVERIFY(!std::isnan(row.expectation));
        QVERIFY(row.importance >= 1.0 && row.importance <= 10.0);
    }
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CemWizard::KeyExperienceStep));
    shoot(&wizard, QStringLiteral("survey-3"));
    QCOMPARE(m_document->repository().cycles().constLast().surveyId,
             m_document->repository().surveys().constFirst().id);
}

// With PEAKEND_SCREENSHOT_DIR set (and PEAKEND_SCREENSHOT_LANG, e.g. zh_CN), saves every page
// of the Meisu demo's cycle as PNG, for looking at; otherwise skipped.
void TestCemWizard::screenshots()
{
    const QString dir = qEnvironmentVariable("PEAKEND_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PEAKEND_SCREENSHOT_DIR not set");
    const QString language = qEnvironmentVariable("PEAKEND_SCREENSHOT_LANG", QStringLiteral("en"));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("peakend_") + language, QStringLiteral(PEAKEND_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(language));
    m_document.reset();
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::Meisu); // names in the language
    CemWizard wizard(m_document.get(), meisuCycle());
    wizard.resize(1180, 780);
    wizard.show();
    while (wizard.currentId() > CemWizard::BrandValueStep)
        wizard.back();
    for (int step = CemWizard::BrandValueStep; step <= CemWizard::FeedbackStep; ++step) {
        QCoreApplication::processEvents();
        QVERIFY(
            wizard.grab().save(QStringLiteral("%1/wizard-%2-%3.png").arg(dir, language).arg(step)));
        wizard.next();
    }
    wizard.reject();
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestCemWizard)
#include "tst_cemwizard.moc"
