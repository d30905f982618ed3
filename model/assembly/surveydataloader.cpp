#include "surveydataloader.h"

#include "storage/projectrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <type_traits>
#include <utility>

namespace Peakend {

namespace {

template<typename Item>
QHash<qint64, int> indexById(const QList<Item> &items)
{
    QHash<qint64, int> index;
    for (int i = 0; i < int(items.size()); ++i)
        index.insert(items.at(i).id, i);
    return index;
}

// Counts the rows left out, by what they name that is not there.
struct LeftOut
{
    qint64 respondents = 0;
    qint64 vendors = 0;
    qint64 subprocesses = 0;
    qint64 factors = 0;
    qint64 unreadable = 0;
    qint64 weights = 0;     // respondents with a weight Peakend never imports
    qint64 implausible = 0; // values no scale has (another program's): infinite sums otherwise
    qint64 firstUnreadableRespondent = 0;
    qint64 firstUnreadableVendor = 0;
    bool orderUnreadable = false;
};

// What the user knows a row by: a respondent's id in the export, a vendor's name; the stored
// id when there is none.
template<typename Item>
QString name(const QHash<qint64, int> &index, const QList<Item> &items, qint64 id)
{
    const int i = index.value(id, -1);
    if (i < 0)
        return QString::number(id);
    if constexpr (std::is_same_v<Item, SurveyRespondent>)
        return items.at(i).externalId;
    else
        return items.at(i).name;
}

// Beyond any rating scale or weight Peakend imports; such a value would turn a sum infinite.
bool plausible(double value)
{
    return std::isfinite(value) && std::fabs(value) <= 1e6;
}

} // namespace

SurveyData SurveyDataLoader::load(const ProjectRepository &repository, const Survey &wave,
                                  QStringList *problems)
{
    SurveyData data;
    data.scale = repository.projectInfo().scale;
    data.vendors = repository.vendors();
    data.subprocesses = repository.subprocesses();
    data.factors = repository.factors();
    if (wave.id == 0)
        return data;
    // The workshop scores on the project's scale, whatever it was when the wave began.
    if (wave.sourceFormat != ProjectRepository::workshopFormat())
        data.scale = wave.scale;

    LeftOut leftOut;
    QHash<qint64, int> respondentIndex;
    QSet<qint64> excluded; // respondents left out for their weight
    for (const Respondent &respondent : repository.respondents(wave.id)) {
        if (!(respondent.weight >= 1e-6 && respondent.weight <= 1e6)) {
            ++leftOut.weights; // their answers are then left out as of no respondent
            excluded.insert(respondent.id);
            continue;
        }
        respondentIndex.insert(respondent.id, int(data.respondents.size()));
        data.respondents.append({respondent.id, respondent.externalId, respondent.weight, {}});
    }
    for (const RespondentAttribute &attribute : repository.respondentAttributes(wave.id)) {
        const auto respondent = respondentIndex.constFind(attribute.respondentId);
        if (respondent == respondentIndex.cend()) {
            leftOut.respondents += !excluded.contains(attribute.respondentId);
            continue;
        }
        qsizetype column = data.attributeNames.indexOf(attribute.name);
        if (column < 0) {
            column = data.attributeNames.size();
            data.attributeNames.append(attribute.name);
        }
        QStringList &values = data.respondents[*respondent].attributes;
        while (values.size() <= column)
            values.append(QString());
        values[column] = attribute.value;
    }

    const QHash<qint64, int> vendorIndex = indexById(data.vendors);
    const QHash<qint64, int> subprocessIndex = indexById(data.subprocesses);
    const QHash<qint64, int> factorIndex = indexById(data.factors);
    const size_t subprocessCount = size_t(data.subprocessCount());

    // The case of a respondent × vendor pair, added on first sight; -1 (and counted) when
    // either is not in the project.
    QHash<QPair<qint64, qint64>, int> caseIndex;
    const auto caseFor = [&](qint64 respondentId, qint64 vendorId) {
        const QPair<qint64, qint64> key(respondentId, vendorId);
        auto it = caseIndex.find(key);
        if (it != caseIndex.end())
            return *it;
        const auto respondent = respondentIndex.constFind(respondentId);
        const auto vendor = vendorIndex.constFind(vendorId);
        if (respondent == respondentIndex.cend() || vendor == vendorIndex.cend()) {
            if (respondent == respondentIndex.cend() && excluded.contains(respondentId))
                return -1; // said once, with the weights
            ++(respondent == respondentIndex.cend() ? leftOut.respondents : leftOut.vendors);
            return -1;
        }
        it = caseIndex.insert(key, int(data.cases.size()));
        data.cases.append({*respondent, *vendor, qQNaN(), qQNaN()});
        data.ratings.resize(data.ratings.size() + subprocessCount, qQNaN());
        return *it;
    };

    // Room for every case up front: growing the ratings array by doubling would hold the old
    // and the new one at once (a 10 M-rating wave: 80 MB becomes a 200 MB peak).
    const QList<Evaluation> evaluations = repository.evaluations(wave.id);
    const qint64 expectedCases
        = std::min<qint64>(std::max<qint64>(evaluations.size(), repository.journeyCount(wave.id)),
                           qint64(data.respondents.size()) * data.vendors.size());
    data.cases.reserve(expectedCases);
    data.ratings.reserve(size_t(expectedCases) * subprocessCount);
    for (const Evaluation &evaluation : evaluations) {
        const int c = caseFor(evaluation.respondentId, evaluation.vendorId);
        if (c < 0)
            continue;
        for (const auto &[value, into] :
             {std::pair(evaluation.overall, &data.cases[c].overall),
              std::pair(evaluation.recommend, &data.cases[c].recommend)}) {
            if (qIsNaN(value) || plausible(value))
                *into = value;
            else
                ++leftOut.implausible;
        }
    }
    // Each stored journey goes straight into its case's row of the ratings array.
    std::vector<int> column; // the wave's journey position → subprocess index, -1: not there
    const bool ordered = repository.forEachJourney(
        wave.id, [&](qint64 respondentId, qint64 vendorId, const std::vector<qint64> &order,
                     const std::vector<double> *values) {
            if (column.size() != order.size()) {
                column.resize(order.size());
                for (size_t i = 0; i < order.size(); ++i)
                    column[i] = subprocessIndex.value(order[i], -1);
            }
            if (!values) {
                if (leftOut.unreadable++ == 0) {
                    leftOut.firstUnreadableRespondent = respondentId;
                    leftOut.firstUnreadableVendor = vendorId;
                }
                return;
            }
            if (std::all_of(values->cbegin(), values->cend(),
                            [](double value) { return qIsNaN(value); }))
                return;
            const int c = caseFor(respondentId, vendorId);
            if (c < 0)
                return;
            double *row = data.ratings.data() + size_t(c) * subprocessCount;
            for (size_t i = 0; i < values->size(); ++i) {
                if (qIsNaN((*values)[i]))
                    continue;
                if (!plausible((*values)[i])) {
                    ++leftOut.implausible;
                    continue;
                }
                if (column[i] < 0)
                    ++leftOut.subprocesses;
                else
                    row[column[i]] = (*values)[i];
            }
        });
    leftOut.orderUnreadable = !ordered;

    const QList<FactorRating> factorRatings = repository.factorRatings(wave.id);
    const QList<Reason> reasons = repository.reasons(wave.id);
    for (const FactorRating &rating : factorRatings)
        caseFor(rating.respondentId, rating.vendorId);
    const size_t factorCount = size_t(data.factorCount());
    data.factorRatings.assign(size_t(data.caseCount()) * factorCount * 3, qQNaN());
    data.reasons.assign(size_t(data.caseCount()) * factorCount, 0);
    for (const FactorRating &rating : factorRatings) {
        const int c = caseIndex.value({rating.respondentId, rating.vendorId}, -1);
        const int f = factorIndex.value(rating.factorId, -1);
        const int kind = int(rating.kind);
        if (c < 0)
            continue; // counted by caseFor
        if (f < 0 || kind < 0 || kind > 2) {
            ++leftOut.factors;
            continue;
        }
        if (!qIsNaN(rating.value) && !plausible(rating.value)) {
            ++leftOut.implausible;
            continue;
        }
        data.factorRatings[(size_t(c) * factorCount + size_t(f)) * 3 + size_t(kind)] = rating.value;
    }
    for (const Reason &reason : reasons) {
        const int c = caseIndex.value({reason.respondentId, reason.vendorId}, -1);
        const int f = factorIndex.value(reason.factorId, -1);
        if (c < 0)
            continue; // a reason alone does not make a case
        if (f < 0) {
            ++leftOut.factors;
            continue;
        }
        data.reasons[size_t(c) * factorCount + size_t(f)]
            |= reason.polarity == Polarity::Positive ? SurveyData::Like : SurveyData::Dislike;
    }

    if (problems) {
        if (leftOut.orderUnreadable)
            *problems << tr("The order of the subprocesses of wave “%1” does not read back: its "
                            "subprocess ratings were left out.")
                             .arg(wave.name);
        if (leftOut.unreadable > 0)
            *problems << tr("The ratings of %n respondent × vendor pair(s) of wave “%1” do not "
                            "read back and were left out (the first: respondent %2, vendor %3).",
                            nullptr, int(std::min<qint64>(leftOut.unreadable, INT_MAX)))
                             .arg(wave.name,
                                  name(respondentIndex, data.respondents,
                                       leftOut.firstUnreadableRespondent),
                                  name(vendorIndex, data.vendors, leftOut.firstUnreadableVendor));
        const auto count = [](qint64 n) {
            return int(std::min<qint64>(n, INT_MAX));
        };
        if (leftOut.weights > 0)
            *problems << tr("%n respondent(s) of wave “%1” have a weight outside 0.000001 to "
                            "1,000,000 and were left out.",
                            nullptr, count(leftOut.weights))
                             .arg(wave.name);
        if (leftOut.implausible > 0)
            *problems << tr("%n answer(s) of wave “%1” hold a number no rating scale has (above a "
                            "million, or infinite) and were left out.",
                            nullptr, count(leftOut.implausible))
                             .arg(wave.name);
        if (leftOut.respondents > 0)
            *problems << tr("%n answer(s) name a respondent who is not in wave “%1” and were left "
                            "out.",
                            nullptr, count(leftOut.respondents))
                             .arg(wave.name);
        if (leftOut.vendors > 0)
            *problems << tr("%n answer(s) name a vendor that is not in the project and were left "
                            "out.",
                            nullptr, count(leftOut.vendors));
        if (leftOut.subprocesses > 0)
            *problems << tr("%n rating(s) name a subprocess that is not in the project and were "
                            "left out.",
                            nullptr, count(leftOut.subprocesses));
        if (leftOut.factors > 0)
            *problems << tr("%n factor answer(s) name a factor or a kind that is not in the "
                            "project and were left out.",
                            nullptr, count(leftOut.factors));
    }
    return data;
}

} // namespace Peakend
