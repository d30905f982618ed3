#include "surveyrepository.h"

#include "domain/projectlimits.h"
#include "journeyratings.h"
#include "projectstore.h"
#include "sqlitestatement.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace Peakend {

SurveyRepository::SurveyRepository(const ProjectStore &store) : RepositoryCore(store) {}

// ---- surveys and responses -----------------------------------------------------------

QList<Survey> SurveyRepository::surveys() const
{
    QList<Survey> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, name, fielded_on, source_file, "
                                         "source_format, source_sha256, imported_at, scale_min, "
                                         "scale_max, scale_neutral, mapping FROM survey "
                                         "ORDER BY id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append(
            {query.value(0).toLongLong(),
             query.value(1).toString(),
             query.value(2).toString(),
             query.value(3).toString(),
             query.value(4).toString(),
             query.value(5).toString(),
             toDateTime(query.value(6)),
             {query.value(7).toDouble(), query.value(8).toDouble(), query.value(9).toDouble()},
             query.value(10).toString()});
    }
    return result;
}

qint64 SurveyRepository::addSurvey(const Survey &survey)
{
    if (!hasRoom("survey", ProjectLimits::waves,
                 tr("A project holds at most %1 waves.").arg(ProjectLimits::waves), survey.name))
        return 0;
    QString error;
    const QString importedAt
        = survey.importedAt.isValid() ? survey.importedAt.toUTC().toString(Qt::ISODate) : isoNow();
    run(QStringLiteral("INSERT INTO survey (id, name, fielded_on, source_file, source_format, "
                       "source_sha256, imported_at, scale_min, scale_max, scale_neutral, "
                       "mapping) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {nullableId(survey.id), survey.name, survey.fieldedOn, survey.sourceFile,
         survey.sourceFormat, survey.sourceSha256, importedAt, survey.scale.min, survey.scale.max,
         survey.scale.neutral, survey.mapping},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

qint64 SurveyRepository::workshopSurvey() const
{
    QSqlQuery query = run(QStringLiteral("SELECT id FROM survey WHERE source_format = ? "
                                         "ORDER BY id LIMIT 1"),
                          {workshopFormat()}, &m_lastError);
    return query.next() ? query.value(0).toLongLong() : 0;
}

double SurveyRepository::workshopRating(qint64 surveyId, qint64 vendorId, qint64 subprocessId) const
{
    std::vector<qint64> order;
    if (!journeyOrder(surveyId, &order))
        return qQNaN();
    const auto at = std::find(order.cbegin(), order.cend(), subprocessId);
    SqliteStatement query(m_store.handle(), "SELECT j.ratings FROM journey_rating j "
                                            "JOIN respondent p ON p.id = j.respondent_id "
                                            "WHERE p.survey_id = ? AND j.vendor_id = ?");
    query.bind(1, surveyId);
    query.bind(2, vendorId);
    std::vector<double> values;
    if (at == order.cend() || !query.next() || !JourneyRatings::read(query.columnUtf8(0), &values))
        return qQNaN();
    const auto index = size_t(at - order.cbegin());
    return index < values.size() ? values[index] : qQNaN();
}

bool SurveyRepository::setWorkshopRating(qint64 surveyId, qint64 vendorId, qint64 subprocessId,
                                         double value)
{
    QSqlQuery respondent = run(QStringLiteral("SELECT id FROM respondent WHERE survey_id = ? "
                                              "AND external_id = ?"),
                               {surveyId, workshopFormat()}, &m_lastError);
    if (!respondent.next())
        return fail(tr("The workshop wave has no workshop respondent."));
    return putJourney(respondent.value(0).toLongLong(), vendorId, {{subprocessId, value}});
}

bool SurveyRepository::removeSurvey(qint64 id)
{
    QString error;
    run(QStringLiteral("DELETE FROM survey WHERE id = ?"), {id}, &error);
    return error.isEmpty() || fail(error);
}

QList<Respondent> SurveyRepository::respondents(qint64 surveyId) const
{
    QList<Respondent> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, survey_id, external_id, weight FROM "
                                         "respondent WHERE survey_id = ? ORDER BY id"),
                          {surveyId}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toDouble()});
    }
    return result;
}

qint64 SurveyRepository::addRespondent(const Respondent &respondent)
{
    QString error;
    run(QStringLiteral("INSERT INTO respondent (id, survey_id, external_id, weight) "
                       "VALUES (?, ?, ?, ?)"),
        {nullableId(respondent.id), respondent.surveyId, respondent.externalId, respondent.weight},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<RespondentAttribute> SurveyRepository::respondentAttributes(qint64 surveyId) const
{
    QList<RespondentAttribute> result;
    QSqlQuery query = run(QStringLiteral("SELECT ra.respondent_id, a.name, ra.value "
                                         "FROM respondent_attribute ra "
                                         "JOIN attribute a ON a.id = ra.attribute_id "
                                         "JOIN respondent r ON r.id = ra.respondent_id "
                                         "WHERE r.survey_id = ? ORDER BY ra.respondent_id, a.id"),
                          {surveyId}, &m_lastError);
    while (query.next()) {
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

bool SurveyRepository::addRespondentAttributes(const QList<RespondentAttribute> &attributes)
{
    sqlite3 *db = m_store.handle();
    SqliteStatement addName(db, "INSERT OR IGNORE INTO attribute (name) VALUES (?)");
    SqliteStatement insert(db, "INSERT INTO respondent_attribute (respondent_id, attribute_id, "
                               "value) VALUES (?, (SELECT id FROM attribute WHERE name = ?), ?)");
    if (!addName.isValid() || !insert.isValid())
        return fail(addName.errorString());
    for (const RespondentAttribute &attribute : attributes) {
        addName.bind(1, attribute.name);
        insert.bind(1, attribute.respondentId);
        insert.bind(2, attribute.name);
        insert.bind(3, attribute.value);
        if (!addName.execute() || !insert.execute())
            return fail(insert.errorString());
    }
    return true;
}

bool SurveyRepository::journeyOrder(qint64 surveyId, std::vector<qint64> *order) const
{
    SqliteStatement query(m_store.handle(), "SELECT journey_subprocesses FROM survey WHERE id = ?");
    query.bind(1, surveyId);
    if (!query.next())
        return false;
    if (JourneyRatings::readIds(query.columnUtf8(0), order))
        return true;
    m_lastError = tr("The subprocesses of wave %1 are not readable.").arg(surveyId);
    return false;
}

bool SurveyRepository::forEachJourney(qint64 surveyId, const JourneyVisitor &visit) const
{
    std::vector<qint64> order;
    if (!journeyOrder(surveyId, &order))
        return false;
    SqliteStatement query(m_store.handle(),
                          "SELECT x.respondent_id, x.vendor_id, x.ratings, x.rating_count "
                          "FROM journey_rating x WHERE x.respondent_id IN "
                          "(SELECT id FROM respondent WHERE survey_id = ?) ORDER BY 1, 2");
    query.bind(1, surveyId);
    std::vector<double> values;
    while (query.next()) {
        const bool readable = JourneyRatings::read(query.columnUtf8(2), &values)
                              && values.size() <= order.size()
                              && JourneyRatings::count(values) == query.columnInt64(3);
        visit(query.columnInt64(0), query.columnInt64(1), order, readable ? &values : nullptr);
    }
    return true;
}

qint64 SurveyRepository::journeyCount(qint64 surveyId) const
{
    SqliteStatement query(m_store.handle(),
                          "SELECT count(*) FROM journey_rating WHERE respondent_id IN "
                          "(SELECT id FROM respondent WHERE survey_id = ?)");
    query.bind(1, surveyId);
    return query.next() ? query.columnInt64(0) : 0;
}

QList<Rating> SurveyRepository::ratings(qint64 surveyId) const
{
    QList<Rating> result;
    forEachJourney(surveyId, [&](qint64 respondentId, qint64 vendorId,
                                 const std::vector<qint64> &order,
                                 const std::vector<double> *values) {
        if (!values) {
            m_lastError = tr("The ratings of respondent %1 for vendor %2 are not readable and "
                             "were left out.")
                              .arg(respondentId)
                              .arg(vendorId);
            return;
        }
        for (size_t i = 0; i < values->size(); ++i) {
            if (!qIsNaN((*values)[i]))
                result.append({respondentId, vendorId, order[i], (*values)[i]});
        }
    });
    return result;
}

QStringList SurveyRepository::journeyProblems() const
{
    QStringList problems;
    for (const Survey &survey : surveys()) {
        const bool ordered = forEachJourney(survey.id, [&](qint64 respondentId, qint64 vendorId,
                                                           const std::vector<qint64> &,
                                                           const std::vector<double> *values) {
            if (!values) {
                problems << tr("The ratings of respondent %1 for vendor %2 are not readable.")
                                .arg(respondentId)
                                .arg(vendorId);
            }
        });
        if (!ordered)
            problems << tr("The subprocesses of wave %1 are not readable.").arg(survey.id);
    }
    return problems;
}

bool SurveyRepository::addRatings(const QList<Rating> &ratings)
{
    std::vector<std::pair<qint64, double>> journey;
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const Rating &rating = ratings.at(i);
        journey.emplace_back(rating.subprocessId, rating.value);
        const bool last = i + 1 == ratings.size()
                          || ratings.at(i + 1).respondentId != rating.respondentId
                          || ratings.at(i + 1).vendorId != rating.vendorId;
        if (!last)
            continue;
        if (!putJourney(rating.respondentId, rating.vendorId, journey))
            return false;
        journey.clear();
    }
    return true;
}

// Reads the journey, sets the ratings given (a NaN removes one) and writes it back, or
// deletes it when nothing is left; a subprocess new to the wave is added to its order.
bool SurveyRepository::putJourney(qint64 respondentId, qint64 vendorId,
                                  const std::vector<std::pair<qint64, double>> &ratings)
{
    sqlite3 *db = m_store.handle();
    SqliteStatement respondent(db, "SELECT survey_id FROM respondent WHERE id = ?");
    respondent.bind(1, respondentId);
    if (!respondent.next())
        return fail(tr("There is no respondent %1.").arg(respondentId));
    const qint64 surveyId = respondent.columnInt64(0);
    std::vector<qint64> order;
    if (!journeyOrder(surveyId, &order))
        return fail(m_lastError);
    SqliteStatement stored(db, "SELECT ratings FROM journey_rating "
                               "WHERE respondent_id = ? AND vendor_id = ?");
    stored.bind(1, respondentId);
    stored.bind(2, vendorId);
    std::vector<double> values;
    if (stored.next() && !JourneyRatings::read(stored.columnUtf8(0), &values)) {
        return fail(tr("The ratings of respondent %1 for vendor %2 are not readable.")
                        .arg(respondentId)
                        .arg(vendorId));
    }
    const size_t known = order.size();
    for (const auto &[subprocessId, value] : ratings) {
        auto at = std::find(order.begin(), order.end(), subprocessId);
        if (at == order.end()) {
            if (qIsNaN(value))
                continue;
            at = order.insert(order.end(), subprocessId);
        }
        const auto index = size_t(at - order.begin());
        if (values.size() <= index)
            values.resize(index + 1, qQNaN());
        values[index] = value;
    }
    std::string text;
    if (order.size() != known) {
        JourneyRatings::writeIds(order, &text);
        SqliteStatement update(db, "UPDATE survey SET journey_subprocesses = ? WHERE id = ?");
        update.bindUtf8(1, text);
        update.bind(2, surveyId);
        if (!update.execute())
            return fail(update.errorString());
    }
    const int count = JourneyRatings::count(values);
    SqliteStatement write(db, count == 0 ? "DELETE FROM journey_rating WHERE respondent_id = ?1 "
                                           "AND vendor_id = ?2"
                                         : "INSERT INTO journey_rating (respondent_id, vendor_id, "
                                           "ratings, rating_count) VALUES (?1, ?2, ?3, ?4) "
                                           "ON CONFLICT (respondent_id, vendor_id) DO UPDATE SET "
                                           "ratings = excluded.ratings, "
                                           "rating_count = excluded.rating_count");
    write.bind(1, respondentId);
    write.bind(2, vendorId);
    if (count > 0) {
        JourneyRatings::write(values, &text);
        write.bindUtf8(3, text);
        write.bind(4, qint64(count));
    }
    return write.execute() || fail(write.errorString());
}

QList<FactorRating> SurveyRepository::factorRatings(qint64 surveyId) const
{
    QList<FactorRating> result;
    SqliteStatement query(m_store.handle(),
                          "SELECT x.respondent_id, x.vendor_id, x.factor_id, x.kind, x.value "
                          "FROM factor_rating x WHERE x.respondent_id IN "
                          "(SELECT id FROM respondent WHERE survey_id = ?) ORDER BY 1, 2, 3, 4");
    query.bind(1, surveyId);
    while (query.next()) {
        result.append({query.columnInt64(0), query.columnInt64(1), query.columnInt64(2),
                       FactorRatingKind(query.columnInt64(3)), query.columnDouble(4)});
    }
    return result;
}

bool SurveyRepository::addFactorRatings(const QList<FactorRating> &ratings)
{
    SqliteStatement insert(m_store.handle(),
                           "INSERT INTO factor_rating (respondent_id, vendor_id, factor_id, kind, "
                           "value) VALUES (?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return fail(insert.errorString());
    for (const FactorRating &rating : ratings) {
        insert.bind(1, rating.respondentId);
        insert.bind(2, rating.vendorId);
        insert.bind(3, rating.factorId);
        insert.bind(4, qint64(rating.kind));
        insert.bind(5, rating.value);
        if (!insert.execute())
            return fail(insert.errorString());
    }
    return true;
}

QList<Evaluation> SurveyRepository::evaluations(qint64 surveyId) const
{
    QList<Evaluation> result;
    SqliteStatement query(m_store.handle(),
                          "SELECT x.respondent_id, x.vendor_id, x.overall, x.recommend "
                          "FROM evaluation x WHERE x.respondent_id IN "
                          "(SELECT id FROM respondent WHERE survey_id = ?) ORDER BY 1, 2");
    query.bind(1, surveyId);
    while (query.next()) {
        result.append({query.columnInt64(0), query.columnInt64(1), query.columnDouble(2),
                       query.columnDouble(3)});
    }
    return result;
}

bool SurveyRepository::addEvaluations(const QList<Evaluation> &evaluations)
{
    SqliteStatement insert(m_store.handle(),
                           "INSERT INTO evaluation (respondent_id, vendor_id, overall, recommend) "
                           "VALUES (?, ?, ?, ?)");
    if (!insert.isValid())
        return fail(insert.errorString());
    for (const Evaluation &evaluation : evaluations) {
        insert.bind(1, evaluation.respondentId);
        insert.bind(2, evaluation.vendorId);
        insert.bind(3, evaluation.overall);
        insert.bind(4, evaluation.recommend);
        if (!insert.execute())
            return fail(insert.errorString());
    }
    return true;
}

QList<Reason> SurveyRepository::reasons(qint64 surveyId) const
{
    QList<Reason> result;
    SqliteStatement query(m_store.handle(),
                          "SELECT x.respondent_id, x.vendor_id, x.factor_id, x.polarity "
                          "FROM reason x WHERE x.respondent_id IN "
                          "(SELECT id FROM respondent WHERE survey_id = ?) ORDER BY 1, 2, 3, 4");
    query.bind(1, surveyId);
    while (query.next()) {
        result.append({query.columnInt64(0), query.columnInt64(1), query.columnInt64(2),
                       Polarity(query.columnInt64(3))});
    }
    return result;
}

bool SurveyRepository::addReasons(const QList<Reason> &reasons)
{
    SqliteStatement insert(m_store.handle(),
                           "INSERT INTO reason (respondent_id, vendor_id, factor_id, polarity) "
                           "VALUES (?, ?, ?, ?)");
    if (!insert.isValid())
        return fail(insert.errorString());
    for (const Reason &reason : reasons) {
        insert.bind(1, reason.respondentId);
        insert.bind(2, reason.vendorId);
        insert.bind(3, reason.factorId);
        insert.bind(4, qint64(reason.polarity));
        if (!insert.execute())
            return fail(insert.errorString());
    }
    return true;
}

qint64 SurveyRepository::ratingCount() const
{
    QSqlQuery query
        = run(QStringLiteral("SELECT coalesce(sum(rating_count), 0) FROM journey_rating"), {},
              &m_lastError);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 SurveyRepository::surveyedRespondentCount() const
{
    QSqlQuery query = run(QStringLiteral("SELECT count(*) FROM respondent WHERE survey_id NOT IN "
                                         "(SELECT id FROM survey WHERE source_format = ?)"),
                          {workshopFormat()}, &m_lastError);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Peakend
