#include "meisudemo.h"

#include "storage/projectrepository.h"

#include <QCoreApplication>

namespace Peakend {

namespace {

struct FactorEntry
{
    const char *name;
    double experience;  // 2a X
    double expectation; // 2b E
    double importance;  // 2d I: the seed gives convenience's 9; the others are our choice
    double ideal;       // 4a D
    bool carriesBrand;
};

// DESIGN.md §2.4. Satisfaction, weighted satisfaction and gap are computed, never stored.
constexpr FactorEntry factorTable[] = {
    {QT_TRANSLATE_NOOP("DemoProject", "product"), 6, 7, 7, 6, false},
    {QT_TRANSLATE_NOOP("DemoProject", "service"), 6, 6, 6, 6, false},
    {QT_TRANSLATE_NOOP("DemoProject", "relationship"), 4, 4, 3, 4, false},
    {QT_TRANSLATE_NOOP("DemoProject", "convenience"), 5, 7, 9, 10, false},
    {QT_TRANSLATE_NOOP("DemoProject", "brand image"), 7, 7, 8, 7, true},
    {QT_TRANSLATE_NOOP("DemoProject", "price"), 7, 7, 8, 7, true},
};

struct StageEntry
{
    const char *name;
    Phase phase;
};

constexpr StageEntry stages[] = {
    {QT_TRANSLATE_NOOP("DemoProject", "Notice a need"), Phase::PrePurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Look for a shop on the street"), Phase::PrePurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Walk in and browse"), Phase::PrePurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Compare models with staff"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Check the marked price"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Pay"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Take the product home"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Set up and use"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "After-sales service"), Phase::PostPurchase},
};

// The demo's texts in the UI language where a translation exists (a Hong Kong retailer reads
// well in Chinese); codes, dates and colours stay as they are.
QString text(const char *source)
{
    return QCoreApplication::translate("DemoProject", source);
}

} // namespace

bool MeisuDemo::write(ProjectRepository &repository)
{
    ProjectInfo info;
    info.name = text(QT_TRANSLATE_NOOP("DemoProject", "Meisu Electronics (美蘇電器)"));
    info.brandValue = text(QT_TRANSLATE_NOOP(
        "DemoProject", "Clearly marked prices and a reliable brand image: why customers "
                       "come to Meisu rather than the shop next door."));
    info.description = text(QT_TRANSLATE_NOOP(
        "DemoProject", "A Hong Kong chain selling cameras and audio-visual equipment on "
                       "Sai Yeung Choi Street, Mong Kok. One CEM cycle from the seed "
                       "case (Schmitt's seven steps), entered in a management workshop."));
    info.scale = {1, 10, 5.5};
    if (!repository.setProjectInfo(info))
        return false;

    if (repository.addVendor({0, text(QT_TRANSLATE_NOOP("DemoProject", "Meisu Electronics")), true,
                              QString::fromUtf8("#0072B2"), 0})
        == 0)
        return false;

    QList<qint64> stageIds;
    int position = 0;
    for (const StageEntry &stage : stages) {
        const bool brand = position == 4; // the marked price carries the brand value
        const qint64 id
            = repository.addSubprocess({0, text(stage.name), stage.phase, position++, brand});
        if (id == 0)
            return false;
        stageIds.append(id);
    }

    const qint64 offline
        = repository.addChannel({0, text(QT_TRANSLATE_NOOP("DemoProject", "offline"))});
    const qint64 phone
        = repository.addChannel({0, text(QT_TRANSLATE_NOOP("DemoProject", "phone"))});
    if (offline == 0 || phone == 0)
        return false;
    const Touchpoint touchpoints[] = {
        {0, text(QT_TRANSLATE_NOOP("DemoProject", "Shop window and price tags")), offline,
         stageIds.at(2), 0},
        {0, text(QT_TRANSLATE_NOOP("DemoProject", "Sales staff")), offline, stageIds.at(3), 1},
        {0, text(QT_TRANSLATE_NOOP("DemoProject", "Cashier")), offline, stageIds.at(5), 2},
        {0, text(QT_TRANSLATE_NOOP("DemoProject", "After-sales counter")), offline, stageIds.at(8),
         3},
        {0, text(QT_TRANSLATE_NOOP("DemoProject", "Service hotline")), phone, stageIds.at(8), 4},
    };
    for (const Touchpoint &touchpoint : touchpoints) {
        if (repository.addTouchpoint(touchpoint) == 0)
            return false;
    }

    CemCycle cycle;
    cycle.name = text(QT_TRANSLATE_NOOP("DemoProject", "Cycle 1: convenience"));
    cycle.number = 1;
    cycle.startedOn = QString::fromUtf8("2010-03-01");
    cycle.currentStep = 7;
    cycle.brandValue = info.brandValue;
    cycle.strategy = text(QT_TRANSLATE_NOOP(
        "DemoProject", "Open more branches on Sai Yeung Choi Street and close branches in "
                       "districts where business is average; no online or telephone sales. "
                       "Branches a few doors apart share stock: more convenient for "
                       "customers and cheaper to run. People, process and technology are "
                       "adjusted to match."));
    const qint64 cycleId = repository.addCycle(cycle);
    if (cycleId == 0)
        return false;

    qint64 convenienceId = 0;
    position = 0;
    for (const FactorEntry &entry : factorTable) {
        const qint64 factorId
            = repository.addFactor({0, text(entry.name), position++, entry.carriesBrand});
        if (factorId == 0)
            return false;
        if (qstrcmp(entry.name, "convenience") == 0)
            convenienceId = factorId;
        CycleFactor values;
        values.cycleId = cycleId;
        values.factorId = factorId;
        values.carriesBrand = entry.carriesBrand;
        values.experience = entry.experience;
        values.expectation = entry.expectation;
        values.importance = entry.importance;
        values.ideal = entry.ideal;
        if (repository.addCycleFactor(values) == 0)
            return false;
    }

    Requirement requirement;
    requirement.cycleId = cycleId;
    requirement.title
        = text(QT_TRANSLATE_NOOP("DemoProject", "Open more stores on the same street"));
    requirement.description = text(QT_TRANSLATE_NOOP(
        "DemoProject", "Customers find too few Meisu shops (convenience −2 against "
                       "expectation). Open branches a few doors apart on Sai Yeung "
                       "Choi Street, one at a time, and check sales after each."));
    requirement.owner = text(QT_TRANSLATE_NOOP("DemoProject", "Retail operations director"));
    requirement.strategicFit = 5;
    requirement.readinessPeople = 4;
    requirement.readinessProcess = 4;
    requirement.readinessTechnology = 3;
    requirement.decision = Decision::Do;
    requirement.factorIds = {convenienceId};
    const qint64 requirementId = repository.addRequirement(requirement);
    if (requirementId == 0)
        return false;

    Kpi sales;
    sales.cycleId = cycleId;
    sales.requirementId = requirementId;
    sales.name = text(QT_TRANSLATE_NOOP("DemoProject", "Sales on Sai Yeung Choi Street"));
    sales.unit = text(QT_TRANSLATE_NOOP("DemoProject", "× sales with one store"));
    sales.values = {{text(QT_TRANSLATE_NOOP("DemoProject", "1 store")), 1.0},
                    {text(QT_TRANSLATE_NOOP("DemoProject", "2 stores")), 2.0},
                    {text(QT_TRANSLATE_NOOP("DemoProject", "3 stores")), 3.0},
                    {text(QT_TRANSLATE_NOOP("DemoProject", "4 stores")), 4.3}};
    return repository.addKpi(sales) != 0;
}

} // namespace Peakend
