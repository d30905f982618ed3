#include "projectrepository.h"

#include "document/change.h"
#include "projectstore.h"

#include <QSqlQuery>

namespace Peakend {

ProjectRepository::ProjectRepository(const ProjectStore &store)
    : RepositoryCore(store)
    , CatalogueRepository(store)
    , SurveyRepository(store)
    , CycleRepository(store)
{}

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

qint64 ProjectRepository::count(const char *table) const
{
    QSqlQuery query
        = run(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table), {}, &m_lastError);
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
        QSqlQuery query = run(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
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
    QSqlQuery query = run(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                              .arg(QLatin1String(column.column), QLatin1String(column.table)),
                          {id}, &m_lastError);
    return query.next() && !query.value(0).isNull() ? query.value(0) : QVariant();
}

bool ProjectRepository::setValue(Field field, qint64 id, const QVariant &value)
{
    const FieldColumn column = fieldColumn(field);
    if (!column.table)
        return fail(tr("Unknown field."));
    if (qstrcmp(column.column, "name") == 0 && !nameFits(value.toString()))
        return false;
    QVariant bound = value;
    if (value.typeId() == QMetaType::Double && qIsNaN(value.toDouble()))
        bound = QVariant();
    QString error;
    const QSqlQuery query = run(QStringLiteral("UPDATE %2 SET %1 = ? WHERE id = ?")
                                    .arg(QLatin1String(column.column), QLatin1String(column.table)),
                                {bound, id}, &error);
    if (!error.isEmpty())
        return fail(error);
    if (query.numRowsAffected() != 1)
        return fail(tr("The item to change no longer exists."));
    return true;
}

} // namespace Peakend
