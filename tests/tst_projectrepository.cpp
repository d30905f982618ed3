#include "domain/projectlimits.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Peakend;

// Every entity of DESIGN.md §2.1 written, the file closed, reopened and read back.
class TestProjectRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEveryEntity();
    void workshopIsNotARespondent();
    void foreignKeysAreEnforced();
    void ratingsKeptAsJourneys();
    void transactionRollsBack();
    void genericValues();
    void stopsAtTheProjectLimits();
    void scaleIsValidated();
};

void TestProjectRepository::roundTripEveryEntity()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round.peakend"));
    StoreError error;
    qint64 vendorA = 0, vendorB = 0, stage1 = 0, stage2 = 0, service = 0, price = 0;
    qint64 online = 0, tpWeb = 0, surveyId = 0, r1 = 0, r2 = 0, cycle1 = 0, cycle2 = 0;
    qint64 requirementId = 0;
    {
        auto store = ProjectStore::create(path, QStringLiteral("Round trip"), &error);
        QVERIFY2(store, qPrintable(error.message));
        ProjectRepository data(*store);

        ProjectInfo info;
        info.name = QStringLiteral("往返 Round trip");
        info.brandValue = QStringLiteral("Fast and friendly");
        info.description = QStringLiteral("Every entity");
        info.scale = {0, 7, 3.5};
        info.isSynthetic = true;
        QVERIFY(data.setProjectInfo(info));

        vendorA = data.addVendor({0, QStringLiteral("Own Co"), true, QStringLiteral("#0072B2"), 0});
        vendorB = data.addVendor({0, QStringLiteral("Rival"), false, QString(), 1});
        stage1 = data.addSubprocess({0, QStringLiteral("Search"), Phase::PrePurchase, 0, false});
        stage2 = data.addSubprocess({0, QStringLiteral("Support"), Phase::PostPurchase, 1, true});
        service = data.addFactor({0, QStringLiteral("service"), 0, true});
        price = data.addFactor({0, QStringLiteral("price"), 1, false});
        online = data.addChannel({0, QStringLiteral("online")});
        tpWeb = data.addTouchpoint({0, QStringLiteral("Website"), online, stage1, 0});
        QVERIFY(data.addTouchpoint({0, QStringLiteral("Poster"), 0, 0, 1}) != 0);
        QVERIFY(vendorA && vendorB && stage1 && stage2 && service && price && online && tpWeb);

        Survey survey{0,
                      QStringLiteral("Wave 1"),
                      QStringLiteral("2026-03-01"),
                      QStringLiteral("wave1.csv"),
                      QStringLiteral("qualtrics"),
                      QStringLiteral("ab12"),
                      QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC),
                      Scale{},
                      QString()};
        surveyId = data.addSurvey(survey);
        r1 = data.addRespondent({0, surveyId, QStringLiteral("R1"), 1.5});
        r2 = data.addRespondent({0, surveyId, QStringLiteral("R2"), 0.5});
        QVERIFY(surveyId && r1 && r2);
        QVERIFY(data.addRespondentAttributes(
            {{r1, QStringLiteral("region"), QStringLiteral("North")},
             {r1, QStringLiteral("tier"), QStringLiteral("A")},
             {r2, QStringLiteral("region"), QStringLiteral("South")}}));
        QVERIFY(data.addRatings(
            {{r1, vendorA, stage1, 6}, {r1, vendorA, stage2, 2.5}, {r2, vendorB, stage1, 7}}));
        QVERIFY(data.addFactorRatings({{r1, vendorA, service, FactorRatingKind::Experience, 5},
                                       {r1, vendorA, service, FactorRatingKind::Expectation, 6},
                                       {r1, vendorA, price, FactorRatingKind::Importance, 3}}));
        QVERIFY(data.addEvaluations({{r1, vendorA, 6, 9}, {r2, vendorB, 3, qQNaN()}}));
        QVERIFY(data.addReasons({{r1, vendorA, service, Polarity::Positive},
                                 {r2, vendorB, price, Polarity::Negative}}));

        cycle1
            = data.addCycle({0, QStringLiteral("Cycle 1"), 1, QStringLiteral("2026-03-05"), 4,
                             QStringLiteral("Fast"), QStringLiteral("Grow online"), surveyId, 0});
        cycle2 = data.addCycle({0, QStringLiteral("Cycle 2"), 2, QStringLiteral("2026-09-01"), 1,
                                QString(), QString(), 0, cycle1});
        QVERIFY(cycle1 && cycle2);
        QVERIFY(data.addCycleFactor({0, cycle1, service, true, 5, 7, 9, 10}) != 0);
        QVERIFY(data.addCycleFactor({0, cycle1, price, false, 6, qQNaN(), qQNaN(), qQNaN()}) != 0);

        Requirement requirement;
        requirement.cycleId = cycle1;
        requirement.title = QStringLiteral("Faster replies");
        requirement.description = QStringLiteral("Within a day");
        requirement.owner = QStringLiteral("Support lead");
        requirement.costEstimate = 1200.5;
        requirement.strategicFit = 4;
        requirement.readinessPeople = 3;
        requirement.readinessProcess = 2;
        requirement.readinessTechnology = 0; // not rated
        requirement.decision = Decision::Later;
        requirement.factorIds = {service, price};
        requirementId = data.addRequirement(requirement);
        QVERIFY(requirementId);
        Kpi kpi{0,
                cycle1,
                requirementId,
                QStringLiteral("Reply time"),
                QStringLiteral("hours"),
                0,
                {{QStringLiteral("Jan"), 30}, {QStringLiteral("Feb"), 12.5}}};
        QVERIFY(data.addKpi(kpi) != 0);
        QVERIFY(data.addIncident({0, QStringLiteral("2026-03-10"), tpWeb, Polarity::Negative,
                                  QStringLiteral("Checkout failed"), 50})
                != 0);
        QVERIFY(data.addIncident({0, QStringLiteral("2026-03-11"), 0, Polarity::Positive,
                                  QStringLiteral("Chat solved it"), qQNaN()})
                != 0);
    }

    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error.message));
    const ProjectRepository data(*store);

    const ProjectInfo info = data.projectInfo();
    QCOMPARE(info.name, QStringLiteral("往返 Round trip"));
    QCOMPARE(info.brandValue, QStringLiteral("Fast and friendly"));
    QCOMPARE(info.description, QStringLiteral("Every entity"));
    QCOMPARE(info.scale.min, 0.0);
    QCOMPARE(info.scale.max, 7.0);
    QCOMPARE(info.scale.neutral, 3.5);
    QVERIFY(info.isSynthetic);
    QVERIFY(info.createdAt.isValid());

    const QList<Vendor> vendors = data.vendors();
    QCOMPARE(vendors.size(), 2);
    QCOMPARE(vendors[0].id, vendorA);
    QCOMPARE(vendors[0].name, QStringLiteral("Own Co"));
    QVERIFY(vendors[0].isOwn);
    QCOMPARE(vendors[0].color, QStringLiteral("#0072B2"));
    QCOMPARE(vendors[1].name, QStringLiteral("Rival"));
    QVERIFY(!vendors[1].isOwn);
    QCOMPARE(vendors[1].position, 1);

    const QList<Subprocess> stages = data.subprocesses();
    QCOMPARE(stages.size(), 2);
    QCOMPARE(stages[1].name, QStringLiteral("Support"));
    QCOMPARE(stages[1].phase, Phase::PostPurchase);
    QVERIFY(stages[1].carriesBrand);
    QVERIFY(!stages[0].carriesBrand);

    const QList<Factor> factorList = data.factors();
    QCOMPARE(factorList.size(), 2);
    QCOMPARE(factorList[0].name, QStringLiteral("service"));
    QVERIFY(factorList[0].carriesBrand);

    QCOMPARE(data.channels().size(), 1);
    QCOMPARE(data.channels()[0].name, QStringLiteral("online"));
    const QList<Touchpoint> touchpoints = data.touchpoints();
    QCOMPARE(touchpoints.size(), 2);
    QCOMPARE(touchpoints[0].channelId, online);
    QCOMPARE(touchpoints[0].subprocessId, stage1);
    QCOMPARE(touchpoints[1].channelId, 0);
    QCOMPARE(touchpoints[1].subprocessId, 0);

    const QList<Survey> surveys = data.surveys();
    QCOMPARE(surveys.size(), 1);
    QCOMPARE(surveys[0].name, QStringLiteral("Wave 1"));
    QCOMPARE(surveys[0].fieldedOn, QStringLiteral("2026-03-01"));
    QCOMPARE(surveys[0].sourceFile, QStringLiteral("wave1.csv"));
    QCOMPARE(surveys[0].sourceFormat, QStringLiteral("qualtrics"));
    QCOMPARE(surveys[0].sourceSha256, QStringLiteral("ab12"));
    QCOMPARE(surveys[0].importedAt, QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));

    const QList<Respondent> respondents = data.respondents(surveyId);
    QCOMPARE(respondents.size(), 2);
    QCOMPARE(respondents[0].externalId, QStringLiteral("R1"));
    QCOMPARE(respondents[0].weight, 1.5);
    QCOMPARE(respondents[1].weight, 0.5);

    const QList<RespondentAttribute> attributes = data.respondentAttributes(surveyId);
    QCOMPARE(attributes.size(), 3);
    QCOMPARE(attributes[0].name, QStringLiteral("region"));
    QCOMPARE(attributes[0].value, QStringLiteral("North"));
    QCOMPARE(attributes[1].name, QStringLiteral("tier"));
    QCOMPARE(attributes[2].value, QStringLiteral("South"));

    const QList<Rating> ratings = data.ratings(surveyId);
    QCOMPARE(ratings.size(), 3);
    QCOMPARE(ratings[1].subprocessId, stage2);
    QCOMPARE(ratings[1].value, 2.5);
    QCOMPARE(ratings[2].vendorId, vendorB);

    const QList<FactorRating> factorRatings = data.factorRatings(surveyId);
    QCOMPARE(factorRatings.size(), 3);
    QCOMPARE(factorRatings[1].kind, FactorRatingKind::Expectation);
    QCOMPARE(factorRatings[1].value, 6.0);
    QCOMPARE(factorRatings[2].kind, FactorRatingKind::Importance);

    const QList<Evaluation> evaluations = data.evaluations(surveyId);
    QCOMPARE(evaluations.size(), 2);
    QCOMPARE(evaluations[0].overall, 6.0);
    QCOMPARE(evaluations[0].recommend, 9.0);
    QVERIFY(qIsNaN(evaluations[1].recommend));

    const QList<Reason> reasons = data.reasons(surveyId);
    QCOMPARE(reasons.size(), 2);
    QCOMPARE(reasons[0].polarity, Polarity::Positive);
    QCOMPARE(reasons[1].factorId, price);
    QCOMPARE(reasons[1].polarity, Polarity::Negative);

    const QList<CemCycle> cycles = data.cycles();
    QCOMPARE(cycles.size(), 2);
    QCOMPARE(cycles[0].currentStep, 4);
    QCOMPARE(cycles[0].strategy, QStringLiteral("Grow online"));
    QCOMPARE(cycles[0].surveyId, surveyId);
    QCOMPARE(cycles[0].baselineId, 0);
    QCOMPARE(cycles[1].baselineId, cycle1);
    QCOMPARE(cycles[1].surveyId, 0);

    const QList<CycleFactor> entries = data.cycleFactors(cycle1);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].experience, 5.0);
    QCOMPARE(entries[0].expectation, 7.0);
    QCOMPARE(entries[0].importance, 9.0);
    QCOMPARE(entries[0].ideal, 10.0);
    QVERIFY(entries[0].carriesBrand);
    QCOMPARE(entries[1].experience, 6.0);
    QVERIFY(qIsNaN(entries[1].expectation));
    QVERIFY(qIsNaN(entries[1].ideal));

    const QList<Requirement> requirements = data.requirements(cycle1);
    QCOMPARE(requirements.size(), 1);
    QCOMPARE(requirements[0].id, requirementId);
    QCOMPARE(requirements[0].owner, QStringLiteral("Support lead"));
    QCOMPARE(requirements[0].costEstimate, 1200.5);
    QCOMPARE(requirements[0].strategicFit, 4);
    QCOMPARE(requirements[0].readinessProcess, 2);
    QCOMPARE(requirements[0].readinessTechnology, 0);
    QCOMPARE(requirements[0].decision, Decision::Later);
    QCOMPARE(requirements[0].factorIds, (QList<qint64>{service, price}));

    const QList<Kpi> kpis = data.kpis(cycle1);
    QCOMPARE(kpis.size(), 1);
    QCOMPARE(kpis[0].requirementId, requirementId);
    QCOMPARE(kpis[0].unit, QStringLiteral("hours"));
    QCOMPARE(kpis[0].values.size(), 2);
    QCOMPARE(kpis[0].values[1].period, QStringLiteral("Feb"));
    QCOMPARE(kpis[0].values[1].value, 12.5);

    const QList<CriticalIncident> incidents = data.incidents();
    QCOMPARE(incidents.size(), 2);
    QCOMPARE(incidents[0].touchpointId, tpWeb);
    QCOMPARE(incidents[0].polarity, Polarity::Negative);
    QCOMPARE(incidents[0].responseHours, 50.0);
    QCOMPARE(incidents[1].touchpointId, 0);
    QVERIFY(qIsNaN(incidents[1].responseHours));

    QCOMPARE(data.ratingCount(), 3);
    QCOMPARE(data.count("requirement_factor"), 2);
}

void TestProjectRepository::foreignKeysAreEnforced()
{
    QTemporaryDir dir;
    auto store = TestFiles::newStore(dir, QStringLiteral("FK"));
    QVERIFY(store);
    ProjectRepository data(*store);
    QVERIFY(!data.addRatings({{999, 998, 997, 5}}));
    QCOMPARE(data.lastError(), QStringLiteral("There is no respondent 999."));
    Survey survey;
    survey.name = QStringLiteral("Wave");
    const qint64 respondent
        = data.addRespondent({0, data.addSurvey(survey), QStringLiteral("R"), 1});
    QVERIFY(respondent != 0);
    QVERIFY(!data.addRatings({{respondent, 998, 997, 5}})); // no vendor 998
    QCOMPARE(data.lastError(), QStringLiteral("FOREIGN KEY constraint failed"));
    QCOMPARE(data.addRespondent({0, 12345, QStringLiteral("R1"), 1.0}), 0);
    QCOMPARE(data.addVendor({0, QStringLiteral("A"), false, QString(), 0}) != 0, true);
    QCOMPARE(data.addVendor({0, QStringLiteral("A"), false, QString(), 1}), 0); // unique name
}

// A respondent's ratings of a vendor are one journey row (schema 5), in the order of the
// wave's subprocesses: they come back exactly, wherever they were added, and the
// subprocesses they rate count as used.
void TestProjectRepository::ratingsKeptAsJourneys()
{
    QTemporaryDir dir;
    auto store = TestFiles::newStore(dir, QStringLiteral("Journeys"));
    QVERIFY(store);
    ProjectRepository data(*store);
    const qint64 own = data.addVendor({0, QStringLiteral("Own Co"), true, QString(), 0});
    const qint64 rival = data.addVendor({0, QStringLiteral("Rival"), false, QString(), 1});
    const qint64 search = data.addSubprocess({0, QStringLiteral("Search"), Phase::PrePurchase, 0});
    const qint64 buy = data.addSubprocess({0, QStringLiteral("Buy"), Phase::Purchase, 1});
    const qint64 use = data.addSubprocess({0, QStringLiteral("Use"), Phase::PostPurchase, 2});
    Survey survey;
    survey.name = QStringLiteral("Wave 1");
    const qint64 wave = data.addSurvey(survey);
    const qint64 r1 = data.addRespondent({0, wave, QStringLiteral("R1"), 1.0});
    const qint64 r2 = data.addRespondent({0, wave, QStringLiteral("R2"), 1.0});
    QVERIFY(own && rival && search && buy && use && wave && r1 && r2);

    // R1's ratings of Own Co arrive in two places and join one journey.
    QVERIFY(
        data.addRatings({{r1, own, search, 6}, {r1, rival, search, 3}, {r1, own, buy, 1.0 / 3}}));
    QVERIFY(data.addRatings({{r2, own, buy, 0.1}}));
    QCOMPARE(data.count("journey_rating"), 3);
    QCOMPARE(data.ratingCount(), 4);
    const QList<Rating> ratings = data.ratings(wave);
    QCOMPARE(ratings.size(), 4);
    const Rating expected[] = {
        {r1, own, search, 6}, {r1, own, buy, 1.0 / 3}, {r1, rival, search, 3}, {r2, own, buy, 0.1}};
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        QCOMPARE(ratings.at(i).respondentId, expected[i].respondentId);
        QCOMPARE(ratings.at(i).vendorId, expected[i].vendorId);
        QCOMPARE(ratings.at(i).subprocessId, expected[i].subprocessId);
        QCOMPARE(ratings.at(i).value, expected[i].value);
    }
    // Journeys that rate a subprocess make it used; one nobody rated is free to remove.
    QCOMPARE(data.references(Catalogue::Subprocesses, search), 2);
    QCOMPARE(data.references(Catalogue::Subprocesses, buy), 2);
    QCOMPARE(data.references(Catalogue::Subprocesses, use), 0);
    QCOMPARE(data.references(Catalogue::Vendors, rival), 1);

    // The workshop wave: a score set, changed, a second one set, both cleared again.
    const qint64 workshop = data.ensureWorkshopSurvey(QStringLiteral("Workshop"), 0);
    QVERIFY(workshop != 0);
    QVERIFY(qIsNaN(data.workshopRating(workshop, own, use)));
    QVERIFY(data.setWorkshopRating(workshop, own, use, 4.5));
    QCOMPARE(data.workshopRating(workshop, own, use), 4.5);
    QVERIFY(data.setWorkshopRating(workshop, own, use, 5));
    QVERIFY(data.setWorkshopRating(workshop, own, search, 2));
    QCOMPARE(data.workshopRating(workshop, own, use), 5.0);
    QCOMPARE(data.workshopRating(workshop, own, search), 2.0);
    QCOMPARE(data.references(Catalogue::Subprocesses, use), 1);
    QCOMPARE(data.count("journey_rating"), 4);
    QVERIFY(data.setWorkshopRating(workshop, own, use, qQNaN()));
    QVERIFY(qIsNaN(data.workshopRating(workshop, own, use)));
    QCOMPARE(data.workshopRating(workshop, own, search), 2.0);
    QVERIFY(data.setWorkshopRating(workshop, own, search, qQNaN()));
    QCOMPARE(data.count("journey_rating"), 3); // the empty journey is gone
    QCOMPARE(data.ratingCount(), 4);

    QCOMPARE(TestFiles::queryText(store->path(), "SELECT group_concat(ratings, ' ') FROM "
                                                 "journey_rating WHERE respondent_id = 1"),
             QStringLiteral("[6,0.3333333333333333] [3]"));
    QCOMPARE(
        TestFiles::queryText(store->path(), "SELECT journey_subprocesses FROM survey WHERE id = 1"),
        QStringLiteral("[%1,%2]").arg(search).arg(buy));

    // A journey another program spoiled is left out, and the repository says which.
    QVERIFY(TestFiles::execSql(store->path(), "UPDATE journey_rating SET ratings = '[7,' "
                                              "WHERE vendor_id = 2"));
    QCOMPARE(data.ratings(wave).size(), 3);
    QVERIFY2(
        data.lastError().contains(QStringLiteral("respondent %1 for vendor %2").arg(r1).arg(rival)),
        qPrintable(data.lastError()));
}

void TestProjectRepository::transactionRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tx.peakend"));
    StoreError error;
    auto store = ProjectStore::create(path, QStringLiteral("TX"), &error);
    QVERIFY(store);
    ProjectRepository data(*store);
    const bool committed = data.transaction([&] {
        data.addVendor({0, QStringLiteral("Kept?"), false, QString(), 0});
        const bool inner = data.transaction([&] {
            data.addFactor({0, QStringLiteral("inner"), 0, false});
            return true;
        });
        return inner && false; // fail the outer one after the inner one committed
    });
    QVERIFY(!committed);
    QCOMPARE(data.vendors().size(), 0);
    QCOMPARE(data.factors().size(), 0);
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM vendor"), 0);
}

void TestProjectRepository::genericValues()
{
    QTemporaryDir dir;
    auto store = TestFiles::newStore(dir, QStringLiteral("Values"));
    QVERIFY(store);
    ProjectRepository data(*store);
    const qint64 vendor = data.addVendor({0, QStringLiteral("A"), false, QString(), 0});
    QVERIFY(data.setValue(Field::VendorName, vendor, QStringLiteral("B")));
    QCOMPARE(data.value(Field::VendorName, vendor).toString(), QStringLiteral("B"));
    QVERIFY(data.setValue(Field::ProjectName, 1, QStringLiteral("Renamed")));
    QCOMPARE(data.projectInfo().name, QStringLiteral("Renamed"));
    QVERIFY(!data.setValue(Field::VendorName, vendor + 100, QStringLiteral("C")));
    QCOMPARE(data.lastError(), QStringLiteral("The item to change no longer exists."));

    const qint64 factor = data.addFactor({0, QStringLiteral("f"), 0, false});
    const qint64 cycle = data.addCycle(
        {0, QStringLiteral("C"), 1, QStringLiteral("2026-01-01"), 1, QString(), QString(), 0, 0});
    const qint64 entry
        = data.addCycleFactor({0, cycle, factor, false, 5, qQNaN(), qQNaN(), qQNaN()});
    QVERIFY(!data.value(Field::CycleFactorExpectation, entry).isValid()); // NULL
    QVERIFY(data.setValue(Field::CycleFactorExpectation, entry, 7.0));
    QCOMPARE(data.value(Field::CycleFactorExpectation, entry).toDouble(), 7.0);
    QVERIFY(data.setValue(Field::CycleFactorExpectation, entry, qQNaN()));
    QVERIFY(!data.value(Field::CycleFactorExpectation, entry).isValid());
    // The schema's CHECKs guard what editors might let through.
    QVERIFY(!data.setValue(Field::CycleCurrentStep, cycle, 8));
}

void TestProjectRepository::scaleIsValidated()
{
    QTemporaryDir dir;
    auto store = TestFiles::newStore(dir, QStringLiteral("Scale"));
    QVERIFY(store);
    ProjectRepository data(*store);
    ProjectInfo info = data.projectInfo();
    info.scale = {5, 1, 3};
    QVERIFY(!data.setProjectInfo(info));
    QCOMPARE(data.projectInfo().scale.max, 10.0);
    QVERIFY(!data.setValue(Field::ScaleNeutral, 1, 11.0)); // CHECK constraint
}

// Meisu has no survey wave; workshop scores entered for it are stored under one pseudo
// respondent, which the counts a user reads leave out.
void TestProjectRepository::workshopIsNotARespondent()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openMeisuWorkshop(dir);
    QVERIFY(document);
    const ProjectRepository &repository = document->repository();
    QCOMPARE(repository.count("respondent"), 1);
    QCOMPARE(repository.surveyedRespondentCount(), 0);
}

// Peakend never writes a file that opening would refuse (ContentCheck): a vendor beyond the
// limit, a name beyond the length, a wave beyond the count.
void TestProjectRepository::stopsAtTheProjectLimits()
{
    QTemporaryDir dir;
    auto store = TestFiles::newStore(dir, QStringLiteral("Limits"));
    ProjectRepository repository(*store);
    for (int v = 0; v < ProjectLimits::vendors; ++v)
        QVERIFY(repository.addVendor({0, QStringLiteral("V%1").arg(v), false, QString(), v}) > 0);
    QCOMPARE(repository.addVendor({0, QStringLiteral("One more"), false, QString(), 999}), 0);
    QCOMPARE(repository.lastError(),
             QStringLiteral("A project holds at most %1 vendors.").arg(ProjectLimits::vendors));

    const QString tooLong(ProjectLimits::nameLength + 1, QLatin1Char('x'));
    const QString longest(ProjectLimits::nameLength, QLatin1Char('x'));
    const QString lengthError = QStringLiteral("Names are kept to %1 characters; this one has %2.")
                                    .arg(ProjectLimits::nameLength)
                                    .arg(ProjectLimits::nameLength + 1);
    QCOMPARE(repository.addFactor({0, tooLong, 0, false}), 0);
    QCOMPARE(repository.lastError(), lengthError);
    const qint64 factor = repository.addFactor({0, longest, 0, false});
    QVERIFY(factor > 0);
    QVERIFY(!repository.setValue(Field::FactorName, factor, tooLong));
    QCOMPARE(repository.lastError(), lengthError);
    // A name that would read as another: "Apex" + RIGHT-TO-LEFT OVERRIDE + "xeT".
    QCOMPARE(repository.addChannel({0, QStringLiteral("Apex \u202ExeT")}), 0);
    QCOMPARE(repository.lastError(),
             QStringLiteral("The name holds an invisible character (U+202E, at position 6) that "
                            "changes how text shows; remove it."));
    QVERIFY(!repository.setValue(Field::FactorName, factor, QStringLiteral("Price\u200B")));
    ProjectInfo info = repository.projectInfo();
    info.name = tooLong;
    QVERIFY(!repository.setProjectInfo(info));
    QCOMPARE(repository.value(Field::ProjectName, 1).toString(), QStringLiteral("Limits"));

    // What was written opens again.
    const QString path = store->path();
    store.reset();
    StoreError error;
    QVERIFY2(ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error),
             qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestProjectRepository)
#include "tst_projectrepository.moc"
