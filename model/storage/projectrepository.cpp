#include "projectrepository.h"

#include "document/change.h"
#include "journeyratings.h"
#include "projectstore.h"
#include "sqlitesavepoint.h"
#include "sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtNumeric>

#include <algorithm>
#include <sqlite3.h>

namespace Peakend {

namespace {

QVariant nullable(double value)
{
    return qIsNaN(value) ? QVariant() : QVariant(value);
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QVariant nullableScore(int score)
{
    return score == 0 ? QVariant() : QVariant(score);
}

double toDouble(const QVariant &value)
{
    return value.isNull() ? qQNaN() : value.toDouble();
}

QDateTime toDateTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ProjectRepository::ProjectRepository(const ProjectStore &store) : m_store(store) {}

bool ProjectRepository::fail(const QString &reason) const
{
    m_lastError = reason;
    return false;
}

qint64 ProjectRepository::insertedId() const
{
    return sqlite3_last_insert_rowid(m_store.handle());
}

namespace {

// Prepares, binds and runs one statement; on failure error holds the driver's text.
QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return query;
    }
    for (const QVariant &bind : binds) {
        // A null QString would bind SQL NULL; text columns are NOT NULL: bind "" instead.
        // Intended NULLs are passed as an invalid QVariant.
        const bool nullText = bind.typeId() == QMetaType::QString && bind.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : bind);
    }
    if (!query.exec())
        *error = query.lastError().text();
    return query;
}

} // namespace

bool ProjectRepository::transaction(const std::function<bool()> &work)
{
    // A savepoint nests: a repository write that needs its own transaction (a requirement
    // and its factor links) can run inside a caller's larger one (a whole demo project).
    SqliteSavepoint savepoint(m_store.handle(), "peakend_write");
    if (!savepoint.begin())
        return fail(savepoint.errorString());
    if (!work()) {
        savepoint.rollback();
        return false;
    }
    if (!savepoint.release()) {
        const QString reason = savepoint.errorString();
        savepoint.rollback();
        return fail(reason);
    }
    return true;
}

// ---- project and catalogue ------------------------------------------------------------

ProjectInfo ProjectRepository::projectInfo() const
{
    ProjectInfo info;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT name, brand_value, description, scale_min, "
                                         "scale_max, scale_neutral, is_synthetic, created_at "
                                         "FROM project WHERE id = 1"),
                          {}, &m_lastError);
    if (query.next()) {
        info.name = query.value(0).toString();
        info.brandValue = query.value(1).toString();
        info.description = query.value(2).toString();
        info.scale
            = {query.value(3).toDouble(), query.value(4).toDouble(), query.value(5).toDouble()};
        info.isSynthetic = query.value(6).toBool();
        info.createdAt = toDateTime(query.value(7));
    }
    return info;
}

bool ProjectRepository::setProjectInfo(const ProjectInfo &info)
{
    if (!info.scale.isValid())
        return fail(tr("The scale must have a minimum below its maximum and the neutral point "
                       "between them."));
    QString error;
    const QSqlQuery query = run(m_store.database(),
                                QStringLiteral("UPDATE project SET name = ?, brand_value = ?, "
                                               "description = ?, scale_min = ?, scale_max = ?, "
                                               "scale_neutral = ?, is_synthetic = ? WHERE id = 1"),
                                {info.name, info.brandValue, info.description, info.scale.min,
                                 info.scale.max, info.scale.neutral, int(info.isSynthetic)},
                                &error);
    return error.isEmpty() || fail(error);
}

QList<Vendor> ProjectRepository::vendors() const
{
    QList<Vendor> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, name, is_own, color, position FROM vendor "
                                         "ORDER BY position, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toBool(), query.value(3).toString(), query.value(4).toInt()});
    }
    return result;
}

qint64 ProjectRepository::addVendor(const Vendor &vendor)
{
    QString error;
    run(m_store.database(),
        QStringLiteral("INSERT INTO vendor (id, name, is_own, color, position) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {nullableId(vendor.id), vendor.name, int(vendor.isOwn), vendor.color, vendor.position},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

bool ProjectRepository::removeVendor(qint64 id)
{
    QString error;
    run(m_store.database(), QStringLiteral("DELETE FROM vendor WHERE id = ?"), {id}, &error);
    return error.isEmpty() || fail(error);
}

QList<Subprocess> ProjectRepository::subprocesses() const
{
    QList<Subprocess> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, name, phase, position, carries_brand "
                                         "FROM subprocess ORDER BY position, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       Phase(query.value(2).toInt()), query.value(3).toInt(),
                       query.value(4).toBool()});
    }
    return result;
}

qint64 ProjectRepository::addSubprocess(const Subprocess &subprocess)
{
    QString error;
    run(m_store.database(),
        QStringLiteral("INSERT INTO subprocess (id, name, phase, position, carries_brand) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {nullableId(subprocess.id), subprocess.name, int(subprocess.phase), subprocess.position,
         int(subprocess.carriesBrand)},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<Factor> ProjectRepository::factors() const
{
    QList<Factor> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, name, position, carries_brand FROM factor "
                                         "ORDER BY position, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toInt(), query.value(3).toBool()});
    }
    return result;
}

qint64 ProjectRepository::addFactor(const Factor &factor)
{
    QString error;
    run(m_store.database(),
        QStringLiteral(
            "INSERT INTO factor (id, name, position, carries_brand) VALUES (?, ?, ?, ?)"),
        {nullableId(factor.id), factor.name, factor.position, int(factor.carriesBrand)}, &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<Channel> ProjectRepository::channels() const
{
    QList<Channel> result;
    QSqlQuery query
        = run(m_store.database(), QStringLiteral("SELECT id, name FROM channel ORDER BY id"), {},
              &m_lastError);
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    return result;
}

qint64 ProjectRepository::addChannel(const Channel &channel)
{
    QString error;
    run(m_store.database(), QStringLiteral("INSERT INTO channel (id, name) VALUES (?, ?)"),
        {nullableId(channel.id), channel.name}, &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<Touchpoint> ProjectRepository::touchpoints() const
{
    QList<Touchpoint> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, name, channel_id, subprocess_id, position "
                                         "FROM touchpoint ORDER BY position, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toLongLong(), query.value(3).toLongLong(),
                       query.value(4).toInt()});
    }
    return result;
}

qint64 ProjectRepository::addTouchpoint(const Touchpoint &touchpoint)
{
    QString error;
    run(m_store.database(),
        QStringLiteral("INSERT INTO touchpoint (id, name, channel_id, subprocess_id, position) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {nullableId(touchpoint.id), touchpoint.name, nullableId(touchpoint.channelId),
         nullableId(touchpoint.subprocessId), touchpoint.position},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

// ---- surveys and responses -----------------------------------------------------------

QList<Survey> ProjectRepository::surveys() const
{
    QList<Survey> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, name, fielded_on, source_file, "
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

qint64 ProjectRepository::addSurvey(const Survey &survey)
{
    QString error;
    const QString importedAt
        = survey.importedAt.isValid() ? survey.importedAt.toUTC().toString(Qt::ISODate) : isoNow();
    run(m_store.database(),
        QStringLiteral("INSERT INTO survey (id, name, fielded_on, source_file, source_format, "
                       "source_sha256, imported_at, scale_min, scale_max, scale_neutral, "
                       "mapping) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {nullableId(survey.id), survey.name, survey.fieldedOn, survey.sourceFile,
         survey.sourceFormat, survey.sourceSha256, importedAt, survey.scale.min, survey.scale.max,
         survey.scale.neutral, survey.mapping},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<Segment> ProjectRepository::segments() const
{
    QList<Segment> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, name, definition, position FROM segment "
                                         "ORDER BY position, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toInt()});
    }
    return result;
}

qint64 ProjectRepository::addSegment(const Segment &segment)
{
    QString error;
    run(m_store.database(),
        QStringLiteral("INSERT INTO segment (id, name, definition, position) VALUES (?, ?, ?, ?)"),
        {nullableId(segment.id), segment.name, segment.definition, segment.position}, &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

qint64 ProjectRepository::workshopSurvey() const
{
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id FROM survey WHERE source_format = ? "
                                         "ORDER BY id LIMIT 1"),
                          {workshopFormat()}, &m_lastError);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 ProjectRepository::ensureWorkshopSurvey(const QString &name, qint64 preferredId)
{
    const qint64 existing = workshopSurvey();
    if (existing != 0)
        return existing;
    qint64 id = 0;
    transaction([&] {
        Survey survey;
        survey.id = preferredId;
        survey.name = name;
        survey.sourceFormat = workshopFormat();
        survey.scale = projectInfo().scale; // the room scores on the project's scale
        id = addSurvey(survey);
        return id != 0 && addRespondent({0, id, workshopFormat(), 1.0}) != 0;
    });
    return workshopSurvey() == id ? id : 0;
}

double ProjectRepository::workshopRating(qint64 surveyId, qint64 vendorId,
                                         qint64 subprocessId) const
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

bool ProjectRepository::setWorkshopRating(qint64 surveyId, qint64 vendorId, qint64 subprocessId,
                                          double value)
{
    QSqlQuery respondent = run(m_store.database(),
                               QStringLiteral("SELECT id FROM respondent WHERE survey_id = ? "
                                              "AND external_id = ?"),
                               {surveyId, workshopFormat()}, &m_lastError);
    if (!respondent.next())
        return fail(tr("The workshop wave has no workshop respondent."));
    return putJourney(respondent.value(0).toLongLong(), vendorId, {{subprocessId, value}});
}

bool ProjectRepository::removeSurvey(qint64 id)
{
    QString error;
    run(m_store.database(), QStringLiteral("DELETE FROM survey WHERE id = ?"), {id}, &error);
    return error.isEmpty() || fail(error);
}

QList<Respondent> ProjectRepository::respondents(qint64 surveyId) const
{
    QList<Respondent> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, survey_id, external_id, weight FROM "
                                         "respondent WHERE survey_id = ? ORDER BY id"),
                          {surveyId}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toDouble()});
    }
    return result;
}

qint64 ProjectRepository::addRespondent(const Respondent &respondent)
{
    QString error;
    run(m_store.database(),
        QStringLiteral("INSERT INTO respondent (id, survey_id, external_id, weight) "
                       "VALUES (?, ?, ?, ?)"),
        {nullableId(respondent.id), respondent.surveyId, respondent.externalId, respondent.weight},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<RespondentAttribute> ProjectRepository::respondentAttributes(qint64 surveyId) const
{
    QList<RespondentAttribute> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT ra.respondent_id, a.name, ra.value "
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

bool ProjectRepository::addRespondentAttributes(const QList<RespondentAttribute> &attributes)
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

bool ProjectRepository::journeyOrder(qint64 surveyId, std::vector<qint64> *order) const
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

bool ProjectRepository::forEachJourney(qint64 surveyId, const JourneyVisitor &visit) const
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

QList<Rating> ProjectRepository::ratings(qint64 surveyId) const
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

QStringList ProjectRepository::journeyProblems() const
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

bool ProjectRepository::addRatings(const QList<Rating> &ratings)
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
bool ProjectRepository::putJourney(qint64 respondentId, qint64 vendorId,
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

QList<FactorRating> ProjectRepository::factorRatings(qint64 surveyId) const
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

bool ProjectRepository::addFactorRatings(const QList<FactorRating> &ratings)
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

QList<Evaluation> ProjectRepository::evaluations(qint64 surveyId) const
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

bool ProjectRepository::addEvaluations(const QList<Evaluation> &evaluations)
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

QList<Reason> ProjectRepository::reasons(qint64 surveyId) const
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

bool ProjectRepository::addReasons(const QList<Reason> &reasons)
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

// ---- CEM cycles ---------------------------------------------------------------------

QList<CemCycle> ProjectRepository::cycles() const
{
    QList<CemCycle> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, name, number, started_on, current_step, "
                                         "brand_value, strategy, survey_id, baseline_id "
                                         "FROM cem_cycle ORDER BY number"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toInt(), query.value(3).toString(), query.value(4).toInt(),
                       query.value(5).toString(), query.value(6).toString(),
                       query.value(7).toLongLong(), query.value(8).toLongLong()});
    }
    return result;
}

qint64 ProjectRepository::addCycle(const CemCycle &cycle)
{
    QString error;
    run(m_store.database(),
        QStringLiteral("INSERT INTO cem_cycle (id, name, number, started_on, current_step, "
                       "brand_value, strategy, survey_id, baseline_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {nullableId(cycle.id), cycle.name, cycle.number, cycle.startedOn, cycle.currentStep,
         cycle.brandValue, cycle.strategy, nullableId(cycle.surveyId),
         nullableId(cycle.baselineId)},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<CycleFactor> ProjectRepository::cycleFactors(qint64 cycleId) const
{
    QList<CycleFactor> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT cf.id, cf.cycle_id, cf.factor_id, "
                                         "cf.carries_brand, cf.experience, cf.expectation, "
                                         "cf.importance, cf.ideal FROM cycle_factor cf "
                                         "JOIN factor f ON f.id = cf.factor_id "
                                         "WHERE cf.cycle_id = ? ORDER BY f.position, f.id"),
                          {cycleId}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toLongLong(), query.value(3).toBool(),
                       toDouble(query.value(4)), toDouble(query.value(5)), toDouble(query.value(6)),
                       toDouble(query.value(7))});
    }
    return result;
}

CycleDraft ProjectRepository::cycleDraft(qint64 cycleId) const
{
    CycleDraft draft;
    for (const CemCycle &cycle : cycles()) {
        if (cycle.id == cycleId)
            draft.cycle = cycle;
    }
    if (draft.cycle.id == 0)
        return draft;
    draft.factors = cycleFactors(cycleId);
    draft.subprocesses = subprocesses();
    draft.requirements = requirements(cycleId);
    draft.kpis = kpis(cycleId);
    return draft;
}

bool ProjectRepository::removeCycle(qint64 id)
{
    QString error;
    run(m_store.database(), QStringLiteral("DELETE FROM cem_cycle WHERE id = ?"), {id}, &error);
    return error.isEmpty() || fail(error);
}

bool ProjectRepository::setRequirementFactors(qint64 requirementId, const QList<qint64> &factorIds)
{
    return transaction([&] {
        QString error;
        run(m_store.database(),
            QStringLiteral("DELETE FROM requirement_factor WHERE requirement_id = ?"),
            {requirementId}, &error);
        for (const qint64 factorId : factorIds) {
            if (!error.isEmpty())
                break;
            run(m_store.database(),
                QStringLiteral("INSERT INTO requirement_factor (requirement_id, factor_id) "
                               "VALUES (?, ?)"),
                {requirementId, factorId}, &error);
        }
        return error.isEmpty() || fail(error);
    });
}

qint64 ProjectRepository::addCycleFactor(const CycleFactor &entry)
{
    QString error;
    run(m_store.database(),
        QStringLiteral("INSERT INTO cycle_factor (id, cycle_id, factor_id, carries_brand, "
                       "experience, expectation, importance, ideal) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {nullableId(entry.id), entry.cycleId, entry.factorId, int(entry.carriesBrand),
         nullable(entry.experience), nullable(entry.expectation), nullable(entry.importance),
         nullable(entry.ideal)},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<Requirement> ProjectRepository::requirements(qint64 cycleId) const
{
    QList<Requirement> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, cycle_id, title, description, owner, "
                                         "cost_estimate, strategic_fit, readiness_people, "
                                         "readiness_process, readiness_technology, decision, "
                                         "position FROM requirement WHERE cycle_id = ? "
                                         "ORDER BY position, id"),
                          {cycleId}, &m_lastError);
    while (query.next()) {
        Requirement requirement{query.value(0).toLongLong(),
                                query.value(1).toLongLong(),
                                query.value(2).toString(),
                                query.value(3).toString(),
                                query.value(4).toString(),
                                toDouble(query.value(5)),
                                query.value(6).toInt(),
                                query.value(7).toInt(),
                                query.value(8).toInt(),
                                query.value(9).toInt(),
                                Decision(query.value(10).toInt()),
                                query.value(11).toInt(),
                                {}};
        QSqlQuery links = run(m_store.database(),
                              QStringLiteral("SELECT rf.factor_id FROM requirement_factor rf "
                                             "JOIN factor f ON f.id = rf.factor_id "
                                             "WHERE rf.requirement_id = ? ORDER BY f.position"),
                              {requirement.id}, &m_lastError);
        while (links.next())
            requirement.factorIds.append(links.value(0).toLongLong());
        result.append(requirement);
    }
    return result;
}

qint64 ProjectRepository::addRequirement(const Requirement &requirement)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QString error;
        run(m_store.database(),
            QStringLiteral("INSERT INTO requirement (id, cycle_id, title, description, owner, "
                           "cost_estimate, strategic_fit, readiness_people, readiness_process, "
                           "readiness_technology, decision, position) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {nullableId(requirement.id), requirement.cycleId, requirement.title,
             requirement.description, requirement.owner, nullable(requirement.costEstimate),
             nullableScore(requirement.strategicFit), nullableScore(requirement.readinessPeople),
             nullableScore(requirement.readinessProcess),
             nullableScore(requirement.readinessTechnology), int(requirement.decision),
             requirement.position},
            &error);
        if (!error.isEmpty())
            return fail(error);
        id = insertedId();
        for (const qint64 factorId : requirement.factorIds) {
            run(m_store.database(),
                QStringLiteral("INSERT INTO requirement_factor (requirement_id, factor_id) "
                               "VALUES (?, ?)"),
                {id, factorId}, &error);
            if (!error.isEmpty())
                return fail(error);
        }
        return true;
    });
    return ok ? id : 0;
}

QList<Kpi> ProjectRepository::kpis(qint64 cycleId) const
{
    QList<Kpi> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, cycle_id, requirement_id, name, unit, "
                                         "position FROM kpi WHERE cycle_id = ? "
                                         "ORDER BY position, id"),
                          {cycleId}, &m_lastError);
    while (query.next()) {
        Kpi kpi{query.value(0).toLongLong(),
                query.value(1).toLongLong(),
                query.value(2).toLongLong(),
                query.value(3).toString(),
                query.value(4).toString(),
                query.value(5).toInt(),
                {}};
        QSqlQuery values = run(m_store.database(),
                               QStringLiteral("SELECT period, value, position FROM kpi_value "
                                              "WHERE kpi_id = ? ORDER BY position"),
                               {kpi.id}, &m_lastError);
        while (values.next())
            kpi.values.append(
                {values.value(0).toString(), values.value(1).toDouble(), values.value(2).toInt()});
        result.append(kpi);
    }
    return result;
}

std::optional<KpiValue> ProjectRepository::kpiValue(qint64 kpiId, int position) const
{
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT period, value FROM kpi_value WHERE kpi_id = ? "
                                         "AND position = ?"),
                          {kpiId, position}, &m_lastError);
    if (!query.next())
        return std::nullopt;
    return KpiValue{query.value(0).toString(), query.value(1).toDouble()};
}

bool ProjectRepository::setKpiValue(qint64 kpiId, int position,
                                    const std::optional<KpiValue> &value)
{
    QString error;
    if (value) {
        run(m_store.database(),
            QStringLiteral("INSERT INTO kpi_value (kpi_id, position, period, value) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (kpi_id, position) DO UPDATE SET "
                           "period = excluded.period, value = excluded.value"),
            {kpiId, position, value->period, value->value}, &error);
    } else {
        run(m_store.database(),
            QStringLiteral("DELETE FROM kpi_value WHERE kpi_id = ? AND position = ?"),
            {kpiId, position}, &error);
    }
    return error.isEmpty() || fail(error);
}

qint64 ProjectRepository::addKpi(const Kpi &kpi)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QString error;
        run(m_store.database(),
            QStringLiteral("INSERT INTO kpi (id, cycle_id, requirement_id, name, unit, position) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {nullableId(kpi.id), kpi.cycleId, nullableId(kpi.requirementId), kpi.name, kpi.unit,
             kpi.position},
            &error);
        if (!error.isEmpty())
            return fail(error);
        id = insertedId();
        for (int i = 0; i < kpi.values.size(); ++i) {
            run(m_store.database(),
                QStringLiteral("INSERT INTO kpi_value (kpi_id, position, period, value) "
                               "VALUES (?, ?, ?, ?)"),
                {id, i, kpi.values.at(i).period, kpi.values.at(i).value}, &error);
            if (!error.isEmpty())
                return fail(error);
        }
        return true;
    });
    return ok ? id : 0;
}

QList<CriticalIncident> ProjectRepository::incidents() const
{
    QList<CriticalIncident> result;
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT id, occurred_on, touchpoint_id, polarity, "
                                         "description, response_hours FROM critical_incident "
                                         "ORDER BY occurred_on, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toLongLong(), Polarity(query.value(3).toInt()),
                       query.value(4).toString(), toDouble(query.value(5))});
    }
    return result;
}

qint64 ProjectRepository::addIncident(const CriticalIncident &incident)
{
    QString error;
    run(m_store.database(),
        QStringLiteral("INSERT INTO critical_incident (id, occurred_on, touchpoint_id, polarity, "
                       "description, response_hours) VALUES (?, ?, ?, ?, ?, ?)"),
        {nullableId(incident.id), incident.occurredOn, nullableId(incident.touchpointId),
         int(incident.polarity), incident.description, nullable(incident.responseHours)},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

qint64 ProjectRepository::ratingCount() const
{
    QSqlQuery query
        = run(m_store.database(),
              QStringLiteral("SELECT coalesce(sum(rating_count), 0) FROM journey_rating"), {},
              &m_lastError);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 ProjectRepository::surveyedRespondentCount() const
{
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT count(*) FROM respondent WHERE survey_id NOT IN "
                                         "(SELECT id FROM survey WHERE source_format = ?)"),
                          {workshopFormat()}, &m_lastError);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 ProjectRepository::count(const char *table) const
{
    QSqlQuery query
        = run(m_store.database(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table),
              {}, &m_lastError);
    return query.next() ? query.value(0).toLongLong() : 0;
}

// ---- generic values ----------------------------------------------------------------------

namespace {
const char *catalogueTable(Catalogue catalogue)
{
    switch (catalogue) {
    case Catalogue::Vendors:
        return "vendor";
    case Catalogue::Subprocesses:
        return "subprocess";
    case Catalogue::Factors:
        return "factor";
    case Catalogue::Channels:
        return "channel";
    case Catalogue::Touchpoints:
        return "touchpoint";
    case Catalogue::Incidents:
        return "critical_incident";
    case Catalogue::Requirements:
        return "requirement";
    case Catalogue::Kpis:
        return "kpi";
    case Catalogue::Segments:
        return "segment";
    }
    return nullptr;
}
} // namespace

bool ProjectRepository::removeItem(Catalogue catalogue, qint64 id)
{
    QString error;
    const QSqlQuery query = run(
        m_store.database(),
        QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(catalogueTable(catalogue))),
        {id}, &error);
    if (!error.isEmpty())
        return fail(error);
    return query.numRowsAffected() == 1 || fail(tr("The item to change no longer exists."));
}

qint64 ProjectRepository::references(Catalogue catalogue, qint64 id) const
{
    // (table, condition) pairs: the rows that point at the item (bound to ?).
    QList<std::pair<const char *, const char *>> referrers;
    switch (catalogue) {
    case Catalogue::Vendors:
        referrers = {{"journey_rating", "vendor_id = ?"},
                     {"factor_rating", "vendor_id = ?"},
                     {"evaluation", "vendor_id = ?"},
                     {"reason", "vendor_id = ?"}};
        break;
    case Catalogue::Subprocesses:
        // the journeys of every wave that asks about it and has a rating there
        referrers = {{"journey_rating j JOIN respondent p ON p.id = j.respondent_id "
                      "JOIN survey s ON s.id = p.survey_id "
                      "JOIN json_each(s.journey_subprocesses) c",
                      "c.value = ? AND "
                      "coalesce(json_type(j.ratings, '$[' || c.key || ']'), 'null') <> 'null'"},
                     {"touchpoint", "subprocess_id = ?"}};
        break;
    case Catalogue::Factors:
        referrers = {{"factor_rating", "factor_id = ?"},
                     {"reason", "factor_id = ?"},
                     {"cycle_factor", "factor_id = ?"},
                     {"requirement_factor", "factor_id = ?"}};
        break;
    case Catalogue::Channels:
        referrers = {{"touchpoint", "channel_id = ?"}};
        break;
    case Catalogue::Touchpoints:
        referrers = {{"critical_incident", "touchpoint_id = ?"}};
        break;
    case Catalogue::Requirements: // its factor links go with it and come back with it
        referrers = {{"kpi", "requirement_id = ?"}};
        break;
    case Catalogue::Incidents:
    case Catalogue::Kpis: // its values go with it and come back with it
    case Catalogue::Segments:
        break;
    }
    qint64 total = 0;
    for (const auto &[table, condition] : std::as_const(referrers)) {
        QSqlQuery query = run(m_store.database(),
                              QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                  .arg(QLatin1String(table), QLatin1String(condition)),
                              {id}, &m_lastError);
        if (query.next())
            total += query.value(0).toLongLong();
    }
    return total;
}

QVariant ProjectRepository::value(Field field, qint64 id) const
{
    const FieldColumn column = fieldColumn(field);
    if (!column.table)
        return {};
    QSqlQuery query = run(m_store.database(),
                          QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                              .arg(QLatin1String(column.column), QLatin1String(column.table)),
                          {id}, &m_lastError);
    return query.next() && !query.value(0).isNull() ? query.value(0) : QVariant();
}

bool ProjectRepository::setValue(Field field, qint64 id, const QVariant &value)
{
    const FieldColumn column = fieldColumn(field);
    if (!column.table)
        return fail(tr("Unknown field."));
    QVariant bound = value;
    if (value.typeId() == QMetaType::Double && qIsNaN(value.toDouble()))
        bound = QVariant();
    QString error;
    const QSqlQuery query = run(m_store.database(),
                                QStringLiteral("UPDATE %2 SET %1 = ? WHERE id = ?")
                                    .arg(QLatin1String(column.column), QLatin1String(column.table)),
                                {bound, id}, &error);
    if (!error.isEmpty())
        return fail(error);
    if (query.numRowsAffected() != 1)
        return fail(tr("The item to change no longer exists."));
    return true;
}

} // namespace Peakend
