#include "surveydataloader.h"

#include "storage/projectrepository.h"

#include <QHash>

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

} // namespace

SurveyData SurveyDataLoader::load(const ProjectRepository &repository, qint64 surveyId)
{
    SurveyData data;
    data.scale = repository.projectInfo().scale;
    data.vendors = repository.vendors();
    data.subprocesses = repository.subprocesses();
    data.factors = repository.factors();
    const QList<Survey> surveys = repository.surveys();
    const Survey *wave = nullptr;
    for (const Survey &survey : surveys) {
        const bool later = !wave || survey.importedAt > wave->importedAt
                           || (survey.importedAt == wave->importedAt && survey.id > wave->id);
        if (surveyId == 0 ? later : survey.id == surveyId)
            wave = &survey;
    }
    if (!wave)
        return data;
    surveyId = wave->id;
    // The workshop scores on the project's scale, whatever it was when the wave began.
    if (wave->sourceFormat != ProjectRepository::workshopFormat())
        data.scale = wave->scale;

    const QList<Respondent> respondents = repository.respondents(surveyId);
    QHash<qint64, int> respondentIndex;
    for (const Respondent &respondent : respondents) {
        respondentIndex.insert(respondent.id, int(data.respondents.size()));
        data.respondents.append({respondent.id, respondent.externalId, respondent.weight, {}});
    }
    for (const RespondentAttribute &attribute : repository.respondentAttributes(surveyId)) {
        qsizetype column = data.attributeNames.indexOf(attribute.name);
        if (column < 0) {
            column = data.attributeNames.size();
            data.attributeNames.append(attribute.name);
        }
        QStringList &values
            = data.respondents[respondentIndex.value(attribute.respondentId)].attributes;
        while (values.size() <= column)
            values.append(QString());
        values[column] = attribute.value;
    }

    const QHash<qint64, int> vendorIndex = indexById(data.vendors);
    const QHash<qint64, int> subprocessIndex = indexById(data.subprocesses);
    const QHash<qint64, int> factorIndex = indexById(data.factors);
    const QList<Rating> ratings = repository.ratings(surveyId);
    const QList<FactorRating> factorRatings = repository.factorRatings(surveyId);
    const QList<Evaluation> evaluations = repository.evaluations(surveyId);
    const QList<Reason> reasons = repository.reasons(surveyId);

    // Cases first (every respondent × vendor pair that answered anything), then the arrays.
    QHash<QPair<qint64, qint64>, int> caseIndex;
    const auto caseFor = [&](qint64 respondentId, qint64 vendorId) {
        const QPair<qint64, qint64> key(respondentId, vendorId);
        auto it = caseIndex.find(key);
        if (it == caseIndex.end()) {
            it = caseIndex.insert(key, int(data.cases.size()));
            data.cases.append({respondentIndex.value(respondentId), vendorIndex.value(vendorId),
                               qQNaN(), qQNaN()});
        }
        return *it;
    };
    for (const Evaluation &evaluation : evaluations) {
        SurveyCase &surveyCase = data.cases[caseFor(evaluation.respondentId, evaluation.vendorId)];
        surveyCase.overall = evaluation.overall;
        surveyCase.recommend = evaluation.recommend;
    }
    for (const Rating &rating : ratings)
        caseFor(rating.respondentId, rating.vendorId);
    for (const FactorRating &rating : factorRatings)
        caseFor(rating.respondentId, rating.vendorId);
    data.allocate();

    const size_t subprocessCount = size_t(data.subprocessCount());
    const size_t factorCount = size_t(data.factorCount());
    for (const Rating &rating : ratings) {
        const auto c = size_t(caseIndex.value({rating.respondentId, rating.vendorId}));
        data.ratings[c * subprocessCount + size_t(subprocessIndex.value(rating.subprocessId))]
            = rating.value;
    }
    for (const FactorRating &rating : factorRatings) {
        const auto c = size_t(caseIndex.value({rating.respondentId, rating.vendorId}));
        data.factorRatings[(c * factorCount + size_t(factorIndex.value(rating.factorId))) * 3
                           + size_t(rating.kind)]
            = rating.value;
    }
    for (const Reason &reason : reasons) {
        const auto c = size_t(caseIndex.value({reason.respondentId, reason.vendorId}));
        data.reasons[c * factorCount + size_t(factorIndex.value(reason.factorId))]
            |= reason.polarity == Polarity::Positive ? SurveyData::Like : SurveyData::Dislike;
    }
    return data;
}

} // namespace Peakend
