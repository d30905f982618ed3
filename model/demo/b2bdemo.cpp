#include "b2bdemo.h"

#include "analysis/seededrandom.h"
#include "storage/projectrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace Peakend {

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The journey, factors, channels and touchpoints in the UI language where a translation
// exists; the fictional vendor names, attribute codes and incident notes stay as they are.
QString translated(const char *source)
{
    return QCoreApplication::translate("DemoProject", source);
}

constexpr int subprocessCount = 25;
constexpr int vendorCount = 14;
constexpr int paradoxVendor = 0;   // wins 23 of 25, liked least
constexpr int favouriteVendor = 1; // liked most: pleasure peak service, pain peak price

// DESIGN.md §7, in order. Indices used below:
constexpr int priceQuote = 9, negotiation = 10, invoicing = 19, serviceRequests = 20,
              technicalSupport = 21, afterSales = 24;

struct StageEntry
{
    const char *name;
    Phase phase;
};

constexpr StageEntry stages[subprocessCount] = {
    {QT_TRANSLATE_NOOP("DemoProject", "Recognise the need"), Phase::PrePurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Research options"), Phase::PrePurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Identify vendors"), Phase::PrePurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Compare vendors"), Phase::PrePurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "First contact"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Needs discovery"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Solution design"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Demo / trial"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Proposal"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Price quote"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Negotiation"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Contract"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Ordering"), Phase::Purchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Delivery"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Installation"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Implementation"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Integration"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Training"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Go-live support"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Invoicing"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Service requests"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Technical support"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Account management"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "Upgrade / renewal"), Phase::PostPurchase},
    {QT_TRANSLATE_NOOP("DemoProject", "After-sales follow-up"), Phase::PostPurchase},
};

// Fictional names: any likeness to a real company is accidental.
constexpr const char *vendorNames[vendorCount] = {
    "Apex Direct",  "Meridian Systems", "Bluepeak Technologies", "Cobalt Networks",      "Datavale",
    "Everline",     "Foxglove IT",      "Granite Solutions",     "Harborview Computing", "Ironleaf",
    "Kestrel Data", "Lodestar Systems", "Mosaic Infotech",       "Nimbus Works",
};

struct FactorEntry
{
    const char *name;
    double likeShare;                // share of evaluations naming it as a reason to like
    double dislikeShare;             // … and to dislike (seed 000 gives price and service)
    double expectation;              // mean expected level
    std::array<int, 4> subprocesses; // where the factor is experienced (-1: unused)
};

constexpr FactorEntry factors[] = {
    {QT_TRANSLATE_NOOP("DemoProject", "product"), 0.312, 0.224, 7.4, {6, 7, 15, 16}},
    {QT_TRANSLATE_NOOP("DemoProject", "service"),
     0.387,
     0.411,
     7.8,
     {serviceRequests, technicalSupport, 18, 17}},
    {QT_TRANSLATE_NOOP("DemoProject", "relationship"), 0.246, 0.189, 6.8, {4, 5, 22, afterSales}},
    {QT_TRANSLATE_NOOP("DemoProject", "convenience"), 0.213, 0.168, 7.0, {12, 13, 14, 11}},
    {QT_TRANSLATE_NOOP("DemoProject", "brand image"), 0.275, 0.122, 7.2, {0, 1, 2, 3}},
    {QT_TRANSLATE_NOOP("DemoProject", "price"),
     0.175,
     0.191,
     7.5,
     {priceQuote, negotiation, invoicing, -1}},
};
constexpr int factorCount = int(std::size(factors));

bool isPrice(int subprocess)
{
    return subprocess == priceQuote || subprocess == negotiation || subprocess == invoicing;
}

double clampRound(double value, double low, double high)
{
    return std::clamp(std::round(value), low, high);
}

// True mean rating of every vendor at every subprocess.
using MeanTable = std::array<std::array<double, subprocessCount>, vendorCount>;

MeanTable trueMeans(SeededRandom &random)
{
    MeanTable mu{};
    std::array<double, subprocessCount> stageEffect{};
    for (double &effect : stageEffect)
        effect = random.normal(0.0, 0.25);
    for (int v = 0; v < vendorCount; ++v) {
        if (v == paradoxVendor)
            continue;
        const double quality = v == favouriteVendor ? 0.1 : random.normal(0.0, 0.25);
        for (int s = 0; s < subprocessCount; ++s)
            mu[v][s] = 6.0 + quality + stageEffect[s] + random.normal(0.0, 0.2);
    }
    // The favourite: ordinary, but outstanding service and end, and an expensive quote.
    mu[favouriteVendor][serviceRequests] = 8.4;
    mu[favouriteVendor][technicalSupport] = 7.2;
    mu[favouriteVendor][afterSales] = 7.6;
    mu[favouriteVendor][priceQuote] = 4.0;
    mu[favouriteVendor][negotiation] = 5.2;
    // The efficient vendor: clearly best almost everywhere, cheapest of all, but it fails
    // at service requests and ends the journey badly.
    for (int s = 0; s < subprocessCount; ++s) {
        double best = 0.0;
        for (int v = 0; v < vendorCount; ++v) {
            if (v != paradoxVendor)
                best = std::max(best, mu[v][s]);
        }
        mu[paradoxVendor][s] = std::min(best + (s == priceQuote ? 2.0 : 0.6), 9.0);
    }
    mu[paradoxVendor][serviceRequests] = 2.4;
    mu[paradoxVendor][afterSales] = 3.6;
    return mu;
}

// Picks exactly count of the candidates, each with probability rising with its weight
// (Efraimidis–Spirakis keys), so shares are exact and reasons follow the ratings.
QList<int> weightedPick(SeededRandom &random, const QList<int> &candidates,
                        const QList<double> &weights, int count)
{
    QList<std::pair<double, int>> keys;
    keys.reserve(candidates.size());
    for (int i = 0; i < candidates.size(); ++i)
        keys.append({std::log(random.uniform()) / weights.at(i), candidates.at(i)});
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a > b; });
    QList<int> picked;
    for (int i = 0; i < count && i < keys.size(); ++i)
        picked.append(keys.at(i).second);
    return picked;
}

} // namespace

bool B2bDemo::write(ProjectRepository &repository)
{
    SeededRandom random(seed);

    ProjectInfo info;
    info.name = translated(QT_TRANSLATE_NOOP("DemoProject", "B2B IT purchasing (synthetic)"));
    info.description = translated(QT_TRANSLATE_NOOP(
        "DemoProject", "Synthetic data shaped like the 2007 X-VOC study of 757 B2B buyers of "
                       "IT solutions rating 14 vendors along 25 purchase subprocesses. "
                       "Vendor names are fictional; every number is generated."));
    info.brandValue = translated(
        QT_TRANSLATE_NOOP("DemoProject", "Help customers buy IT solutions with confidence."));
    info.scale = {1, 10, 5.5};
    info.isSynthetic = true;
    if (!repository.setProjectInfo(info))
        return false;

    QList<qint64> vendorIds;
    for (int v = 0; v < vendorCount; ++v) {
        const qint64 id = repository.addVendor({0, text(vendorNames[v]), false, QString(), v});
        if (id == 0)
            return false;
        vendorIds.append(id);
    }
    QList<qint64> stageIds;
    for (int s = 0; s < subprocessCount; ++s) {
        const qint64 id
            = repository.addSubprocess({0, translated(stages[s].name), stages[s].phase, s,
                                        s == serviceRequests || s == technicalSupport});
        if (id == 0)
            return false;
        stageIds.append(id);
    }
    QList<qint64> factorIds;
    for (int f = 0; f < factorCount; ++f) {
        const qint64 id = repository.addFactor(
            {0, translated(factors[f].name), f, qstrcmp(factors[f].name, "service") == 0});
        if (id == 0)
            return false;
        factorIds.append(id);
    }

    const qint64 online
        = repository.addChannel({0, translated(QT_TRANSLATE_NOOP("DemoProject", "online"))});
    const qint64 offline
        = repository.addChannel({0, translated(QT_TRANSLATE_NOOP("DemoProject", "offline"))});
    const qint64 phone
        = repository.addChannel({0, translated(QT_TRANSLATE_NOOP("DemoProject", "phone"))});
    struct TouchpointEntry
    {
        const char *name;
        qint64 channel;
        int stage;
    };
    const TouchpointEntry touchpointTable[] = {
        {QT_TRANSLATE_NOOP("DemoProject", "Advertising"), offline, 0},
        {QT_TRANSLATE_NOOP("DemoProject", "Vendor website"), online, 1},
        {QT_TRANSLATE_NOOP("DemoProject", "Trade shows and events"), offline, 2},
        {QT_TRANSLATE_NOOP("DemoProject", "Sales representative"), offline, 4},
        {QT_TRANSLATE_NOOP("DemoProject", "Sales call centre"), phone, 4},
        {QT_TRANSLATE_NOOP("DemoProject", "Online configurator and quote"), online, priceQuote},
        {QT_TRANSLATE_NOOP("DemoProject", "Account manager quote"), offline, priceQuote},
        {QT_TRANSLATE_NOOP("DemoProject", "Online store"), online, 12},
        {QT_TRANSLATE_NOOP("DemoProject", "Order desk"), phone, 12},
        {QT_TRANSLATE_NOOP("DemoProject", "Installation engineers"), offline, 14},
        {QT_TRANSLATE_NOOP("DemoProject", "Training portal"), online, 17},
        {QT_TRANSLATE_NOOP("DemoProject", "Billing and collections"), phone, invoicing},
        {QT_TRANSLATE_NOOP("DemoProject", "Support hotline"), phone, serviceRequests},
        {QT_TRANSLATE_NOOP("DemoProject", "Support portal"), online, serviceRequests},
        {QT_TRANSLATE_NOOP("DemoProject", "Product manuals"), offline, technicalSupport},
    };
    QList<qint64> touchpointIds;
    int position = 0;
    for (const TouchpointEntry &entry : touchpointTable) {
        const qint64 id = repository.addTouchpoint(
            {0, translated(entry.name), entry.channel, stageIds.at(entry.stage), position++});
        if (id == 0)
            return false;
        touchpointIds.append(id);
    }

    Survey survey;
    survey.name = translated(
        QT_TRANSLATE_NOOP("DemoProject", "B2B purchasing experience, Jul–Aug 2007 (synthetic)"));
    survey.fieldedOn = text("2007-08-31");
    survey.sourceFormat = text("generated");
    survey.importedAt = QDateTime(QDate(2007, 9, 1), QTime(9, 0), Qt::UTC);
    survey.scale = repository.projectInfo().scale;
    const qint64 surveyId = repository.addSurvey(survey);
    if (surveyId == 0)
        return false;

    const MeanTable mu = trueMeans(random);
    std::array<double, subprocessCount> benchmark{}; // population mean per subprocess
    for (int s = 0; s < subprocessCount; ++s) {
        for (int v = 0; v < vendorCount; ++v)
            benchmark[s] += mu[v][s] / vendorCount;
    }

    QList<Rating> ratings;
    QList<FactorRating> factorRatings;
    QList<Evaluation> evaluations;
    QList<RespondentAttribute> attributes;
    QList<std::array<double, factorCount>> experienced; // per evaluation, for reasons
    const char *tiers[] = {"A", "B", "C"};
    const char *regions[] = {"North", "East", "South", "West"};
    const char *sizes[] = {"SMB", "mid-market", "enterprise"};

    for (int r = 0; r < respondentCount; ++r) {
        const qint64 respondentId = repository.addRespondent(
            {0, surveyId, QStringLiteral("R%1").arg(r + 1, 4, 10, QLatin1Char('0')), 1.0});
        if (respondentId == 0)
            return false;
        const double tierDraw = random.uniform();
        const double sizeDraw = random.uniform();
        attributes.append({respondentId, text("value tier"),
                           text(tiers[tierDraw < 0.2    ? 0
                                      : tierDraw < 0.55 ? 1
                                                        : 2])});
        attributes.append({respondentId, text("region"), text(regions[random.below(4)])});
        attributes.append({respondentId, text("company size"),
                           text(sizes[sizeDraw < 0.4    ? 0
                                      : sizeDraw < 0.75 ? 1
                                                        : 2])});

        const double leniency = random.normal(0.0, 0.4);
        const int rated = 1 + (random.uniform() < 0.6) + (random.uniform() < 0.25);
        QSet<int> chosen;
        while (chosen.size() < rated)
            chosen.insert(random.below(vendorCount));
        QList<int> chosenVendors(chosen.cbegin(), chosen.cend());
        std::sort(chosenVendors.begin(), chosenVendors.end());

        for (const int v : chosenVendors) {
            std::array<double, subprocessCount> x{};
            for (int s = 0; s < subprocessCount; ++s) {
                x[s] = clampRound(mu[v][s] + leniency + random.normal(0.0, 0.8), 1, 10);
                ratings.append({respondentId, vendorIds.at(v), stageIds.at(s), x[s]});
            }
            // Remembered experience: the most intense moment and the end (Kahneman), relative
            // to the market. Price moments are left out: the seed found price unimportant.
            int peak = -1;
            for (int s = 0; s < subprocessCount; ++s) {
                if (!isPrice(s)
                    && (peak < 0
                        || std::abs(x[s] - benchmark[s]) > std::abs(x[peak] - benchmark[peak]))) {
                    peak = s;
                }
            }
            const double remembered
                = (x[peak] - benchmark[peak] + x[afterSales] - benchmark[afterSales]) / 2.0;
            const double overall
                = clampRound(6.0 + 1.1 * remembered + random.normal(0.0, 0.7), 1, 10);
            const double recommend
                = clampRound(7.0 + 1.2 * (overall - 5.5) + random.normal(0.0, 1.0), 0, 10);
            evaluations.append({respondentId, vendorIds.at(v), overall, recommend});

            std::array<double, factorCount> experience{};
            for (int f = 0; f < factorCount; ++f) {
                double sum = 0.0;
                int n = 0;
                for (const int s : factors[f].subprocesses) {
                    if (s >= 0) {
                        sum += x[s];
                        ++n;
                    }
                }
                experience[f] = clampRound(sum / n + random.normal(0.0, 0.5), 1, 10);
                factorRatings.append({respondentId, vendorIds.at(v), factorIds.at(f),
                                      FactorRatingKind::Experience, experience[f]});
                factorRatings.append(
                    {respondentId, vendorIds.at(v), factorIds.at(f), FactorRatingKind::Expectation,
                     clampRound(random.normal(factors[f].expectation, 0.8), 1, 10)});
            }
            experienced.append(experience);
        }
    }

    // Reasons: exactly the published share of evaluations per factor; those who experienced
    // the factor well are likelier to name it as a reason to like, and the reverse.
    QList<Reason> reasons;
    const int evaluationCount = int(evaluations.size());
    for (int f = 0; f < factorCount; ++f) {
        QList<int> everyone(evaluationCount);
        std::iota(everyone.begin(), everyone.end(), 0);
        QList<double> likeWeights;
        for (int e = 0; e < evaluationCount; ++e)
            likeWeights.append(std::exp(0.6 * (experienced.at(e)[f] - 6.0)));
        const QList<int> likes
            = weightedPick(random, everyone, likeWeights,
                           int(std::lround(factors[f].likeShare * evaluationCount)));
        const QSet<int> liked(likes.cbegin(), likes.cend());
        QList<int> others;
        QList<double> dislikeWeights;
        for (int e = 0; e < evaluationCount; ++e) {
            if (!liked.contains(e)) {
                others.append(e);
                dislikeWeights.append(std::exp(-0.6 * (experienced.at(e)[f] - 6.0)));
            }
        }
        const QList<int> dislikes
            = weightedPick(random, others, dislikeWeights,
                           int(std::lround(factors[f].dislikeShare * evaluationCount)));
        for (const int e : likes)
            reasons.append({evaluations.at(e).respondentId, evaluations.at(e).vendorId,
                            factorIds.at(f), Polarity::Positive});
        for (const int e : dislikes)
            reasons.append({evaluations.at(e).respondentId, evaluations.at(e).vendorId,
                            factorIds.at(f), Polarity::Negative});
    }

    if (!repository.addRespondentAttributes(attributes) || !repository.addRatings(ratings)
        || !repository.addFactorRatings(factorRatings) || !repository.addEvaluations(evaluations)
        || !repository.addReasons(reasons)) {
        return false;
    }

    // A few critical incidents from the support and sales desks.
    struct IncidentEntry
    {
        const char *date;
        int touchpoint;
        Polarity polarity;
        const char *description;
        double hours; // NaN: never answered
    };
    const IncidentEntry incidentTable[] = {
        {"2007-07-03", 12, Polarity::Negative, "Server outage ticket bounced between queues", 71},
        {"2007-07-09", 3, Polarity::Positive, "Sales rep arranged a same-week on-site demo", 4},
        {"2007-07-14", 11, Polarity::Negative, "Invoice billed the list price, not the quote", 30},
        {"2007-07-20", 13, Polarity::Negative, "Portal closed a ticket without a fix", qQNaN()},
        {"2007-07-26", 9, Polarity::Positive, "Engineers finished installation a day early", 2},
        {"2007-08-02", 12, Polarity::Negative, "Hotline kept the customer on hold for an hour", 52},
        {"2007-08-08", 5, Polarity::Negative, "Online quote expired during approval", 20},
        {"2007-08-15", 14, Polarity::Positive, "Manual's troubleshooting guide solved it", 0},
        {"2007-08-21", 8, Polarity::Negative, "Order desk lost a purchase order", 96},
        {"2007-08-28", 12, Polarity::Positive, "Support called back within the hour", 1},
    };
    for (const IncidentEntry &entry : incidentTable) {
        if (repository.addIncident({0, text(entry.date), touchpointIds.at(entry.touchpoint),
                                    entry.polarity, text(entry.description), entry.hours})
            == 0) {
            return false;
        }
    }
    return true;
}

} // namespace Peakend
