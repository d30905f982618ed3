#include "cyclerepository.h"

#include "projectstore.h"

#include <QSqlQuery>

namespace Peakend {

CycleRepository::CycleRepository(const ProjectStore &store) : RepositoryCore(store) {}

// ---- CEM cycles ---------------------------------------------------------------------

QList<CemCycle> CycleRepository::cycles() const
{
    QList<CemCycle> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, name, number, started_on, current_step, "
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

qint64 CycleRepository::addCycle(const CemCycle &cycle)
{
    QString error;
    run(QStringLiteral("INSERT INTO cem_cycle (id, name, number, started_on, current_step, "
                       "brand_value, strategy, survey_id, baseline_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {nullableId(cycle.id), cycle.name, cycle.number, cycle.startedOn, cycle.currentStep,
         cycle.brandValue, cycle.strategy, nullableId(cycle.surveyId),
         nullableId(cycle.baselineId)},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<CycleFactor> CycleRepository::cycleFactors(qint64 cycleId) const
{
    QList<CycleFactor> result;
    QSqlQuery query = run(QStringLiteral("SELECT cf.id, cf.cycle_id, cf.factor_id, "
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

bool CycleRepository::removeCycle(qint64 id)
{
    QString error;
    run(QStringLiteral("DELETE FROM cem_cycle WHERE id = ?"), {id}, &error);
    return error.isEmpty() || fail(error);
}

bool CycleRepository::setRequirementFactors(qint64 requirementId, const QList<qint64> &factorIds)
{
    return transaction([&] {
        QString error;
        run(QStringLiteral("DELETE FROM requirement_factor WHERE requirement_id = ?"),
            {requirementId}, &error);
        for (const qint64 factorId : factorIds) {
            if (!error.isEmpty())
                break;
            run(QStringLiteral("INSERT INTO requirement_factor (requirement_id, factor_id) "
                               "VALUES (?, ?)"),
                {requirementId, factorId}, &error);
        }
        return error.isEmpty() || fail(error);
    });
}

qint64 CycleRepository::addCycleFactor(const CycleFactor &entry)
{
    QString error;
    run(QStringLiteral("INSERT INTO cycle_factor (id, cycle_id, factor_id, carries_brand, "
                       "experience, expectation, importance, ideal) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {nullableId(entry.id), entry.cycleId, entry.factorId, int(entry.carriesBrand),
         nullable(entry.experience), nullable(entry.expectation), nullable(entry.importance),
         nullable(entry.ideal)},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<Requirement> CycleRepository::requirements(qint64 cycleId) const
{
    QList<Requirement> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, cycle_id, title, description, owner, "
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
        QSqlQuery links = run(QStringLiteral("SELECT rf.factor_id FROM requirement_factor rf "
                                             "JOIN factor f ON f.id = rf.factor_id "
                                             "WHERE rf.requirement_id = ? ORDER BY f.position"),
                              {requirement.id}, &m_lastError);
        while (links.next())
            requirement.factorIds.append(links.value(0).toLongLong());
        result.append(requirement);
    }
    return result;
}

qint64 CycleRepository::addRequirement(const Requirement &requirement)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QString error;
        run(QStringLiteral("INSERT INTO requirement (id, cycle_id, title, description, owner, "
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
            run(QStringLiteral("INSERT INTO requirement_factor (requirement_id, factor_id) "
                               "VALUES (?, ?)"),
                {id, factorId}, &error);
            if (!error.isEmpty())
                return fail(error);
        }
        return true;
    });
    return ok ? id : 0;
}

QList<Kpi> CycleRepository::kpis(qint64 cycleId) const
{
    QList<Kpi> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, cycle_id, requirement_id, name, unit, "
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
        QSqlQuery values = run(QStringLiteral("SELECT period, value, position FROM kpi_value "
                                              "WHERE kpi_id = ? ORDER BY position"),
                               {kpi.id}, &m_lastError);
        while (values.next())
            kpi.values.append(
                {values.value(0).toString(), values.value(1).toDouble(), values.value(2).toInt()});
        result.append(kpi);
    }
    return result;
}

std::optional<KpiValue> CycleRepository::kpiValue(qint64 kpiId, int position) const
{
    QSqlQuery query = run(QStringLiteral("SELECT period, value FROM kpi_value WHERE kpi_id = ? "
                                         "AND position = ?"),
                          {kpiId, position}, &m_lastError);
    if (!query.next())
        return std::nullopt;
    return KpiValue{query.value(0).toString(), query.value(1).toDouble()};
}

bool CycleRepository::setKpiValue(qint64 kpiId, int position, const std::optional<KpiValue> &value)
{
    QString error;
    if (value) {
        run(QStringLiteral("INSERT INTO kpi_value (kpi_id, position, period, value) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (kpi_id, position) DO UPDATE SET "
                           "period = excluded.period, value = excluded.value"),
            {kpiId, position, value->period, value->value}, &error);
    } else {
        run(QStringLiteral("DELETE FROM kpi_value WHERE kpi_id = ? AND position = ?"),
            {kpiId, position}, &error);
    }
    return error.isEmpty() || fail(error);
}

qint64 CycleRepository::addKpi(const Kpi &kpi)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QString error;
        run(QStringLiteral("INSERT INTO kpi (id, cycle_id, requirement_id, name, unit, position) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {nullableId(kpi.id), kpi.cycleId, nullableId(kpi.requirementId), kpi.name, kpi.unit,
             kpi.position},
            &error);
        if (!error.isEmpty())
            return fail(error);
        id = insertedId();
        for (int i = 0; i < kpi.values.size(); ++i) {
            run(QStringLiteral("INSERT INTO kpi_value (kpi_id, position, period, value) "
                               "VALUES (?, ?, ?, ?)"),
                {id, i, kpi.values.at(i).period, kpi.values.at(i).value}, &error);
            if (!error.isEmpty())
                return fail(error);
        }
        return true;
    });
    return ok ? id : 0;
}

QList<CriticalIncident> CycleRepository::incidents() const
{
    QList<CriticalIncident> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, occurred_on, touchpoint_id, polarity, "
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

qint64 CycleRepository::addIncident(const CriticalIncident &incident)
{
    QString error;
    run(QStringLiteral("INSERT INTO critical_incident (id, occurred_on, touchpoint_id, polarity, "
                       "description, response_hours) VALUES (?, ?, ?, ?, ?, ?)"),
        {nullableId(incident.id), incident.occurredOn, nullableId(incident.touchpointId),
         int(incident.polarity), incident.description, nullable(incident.responseHours)},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

} // namespace Peakend
