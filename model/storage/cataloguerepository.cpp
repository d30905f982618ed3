#include "cataloguerepository.h"

#include "domain/projectlimits.h"
#include "projectstore.h"

#include <QSqlQuery>

namespace Peakend {

CatalogueRepository::CatalogueRepository(const ProjectStore &store) : RepositoryCore(store) {}

// ---- project and catalogue ------------------------------------------------------------

ProjectInfo CatalogueRepository::projectInfo() const
{
    ProjectInfo info;
    QSqlQuery query = run(QStringLiteral("SELECT name, brand_value, description, scale_min, "
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

bool CatalogueRepository::setProjectInfo(const ProjectInfo &info)
{
    if (!nameFits(info.name))
        return false;
    if (!info.scale.isValid())
        return fail(tr("The scale must have a minimum below its maximum and the neutral point "
                       "between them."));
    QString error;
    const QSqlQuery query = run(QStringLiteral("UPDATE project SET name = ?, brand_value = ?, "
                                               "description = ?, scale_min = ?, scale_max = ?, "
                                               "scale_neutral = ?, is_synthetic = ? WHERE id = 1"),
                                {info.name, info.brandValue, info.description, info.scale.min,
                                 info.scale.max, info.scale.neutral, int(info.isSynthetic)},
                                &error);
    return error.isEmpty() || fail(error);
}

QList<Vendor> CatalogueRepository::vendors() const
{
    QList<Vendor> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, name, is_own, color, position FROM vendor "
                                         "ORDER BY position, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toBool(), query.value(3).toString(), query.value(4).toInt()});
    }
    return result;
}

qint64 CatalogueRepository::addVendor(const Vendor &vendor)
{
    if (!hasRoom("vendor", ProjectLimits::vendors,
                 tr("A project holds at most %1 vendors.").arg(ProjectLimits::vendors),
                 vendor.name))
        return 0;
    QString error;
    run(QStringLiteral("INSERT INTO vendor (id, name, is_own, color, position) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {nullableId(vendor.id), vendor.name, int(vendor.isOwn), vendor.color, vendor.position},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

bool CatalogueRepository::removeVendor(qint64 id)
{
    QString error;
    run(QStringLiteral("DELETE FROM vendor WHERE id = ?"), {id}, &error);
    return error.isEmpty() || fail(error);
}

QList<Subprocess> CatalogueRepository::subprocesses() const
{
    QList<Subprocess> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, name, phase, position, carries_brand "
                                         "FROM subprocess ORDER BY position, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       Phase(query.value(2).toInt()), query.value(3).toInt(),
                       query.value(4).toBool()});
    }
    return result;
}

qint64 CatalogueRepository::addSubprocess(const Subprocess &subprocess)
{
    if (!hasRoom("subprocess", ProjectLimits::subprocesses,
                 tr("A project holds at most %1 subprocesses.").arg(ProjectLimits::subprocesses),
                 subprocess.name))
        return 0;
    QString error;
    run(QStringLiteral("INSERT INTO subprocess (id, name, phase, position, carries_brand) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {nullableId(subprocess.id), subprocess.name, int(subprocess.phase), subprocess.position,
         int(subprocess.carriesBrand)},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<Factor> CatalogueRepository::factors() const
{
    QList<Factor> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, name, position, carries_brand FROM factor "
                                         "ORDER BY position, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toInt(), query.value(3).toBool()});
    }
    return result;
}

qint64 CatalogueRepository::addFactor(const Factor &factor)
{
    if (!hasRoom("factor", ProjectLimits::factors,
                 tr("A project holds at most %1 factors.").arg(ProjectLimits::factors),
                 factor.name))
        return 0;
    QString error;
    run(QStringLiteral(
            "INSERT INTO factor (id, name, position, carries_brand) VALUES (?, ?, ?, ?)"),
        {nullableId(factor.id), factor.name, factor.position, int(factor.carriesBrand)}, &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<Channel> CatalogueRepository::channels() const
{
    QList<Channel> result;
    QSqlQuery query
        = run(QStringLiteral("SELECT id, name FROM channel ORDER BY id"), {}, &m_lastError);
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    return result;
}

qint64 CatalogueRepository::addChannel(const Channel &channel)
{
    if (!hasRoom("channel", ProjectLimits::channels,
                 tr("A project holds at most %1 channels.").arg(ProjectLimits::channels),
                 channel.name))
        return 0;
    QString error;
    run(QStringLiteral("INSERT INTO channel (id, name) VALUES (?, ?)"),
        {nullableId(channel.id), channel.name}, &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<Touchpoint> CatalogueRepository::touchpoints() const
{
    QList<Touchpoint> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, name, channel_id, subprocess_id, position "
                                         "FROM touchpoint ORDER BY position, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toLongLong(), query.value(3).toLongLong(),
                       query.value(4).toInt()});
    }
    return result;
}

qint64 CatalogueRepository::addTouchpoint(const Touchpoint &touchpoint)
{
    if (!hasRoom("touchpoint", ProjectLimits::touchpoints,
                 tr("A project holds at most %1 touchpoints.").arg(ProjectLimits::touchpoints),
                 touchpoint.name))
        return 0;
    QString error;
    run(QStringLiteral("INSERT INTO touchpoint (id, name, channel_id, subprocess_id, position) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {nullableId(touchpoint.id), touchpoint.name, nullableId(touchpoint.channelId),
         nullableId(touchpoint.subprocessId), touchpoint.position},
        &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

QList<Segment> CatalogueRepository::segments() const
{
    QList<Segment> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, name, definition, position FROM segment "
                                         "ORDER BY position, id"),
                          {}, &m_lastError);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toInt()});
    }
    return result;
}

qint64 CatalogueRepository::addSegment(const Segment &segment)
{
    QString error;
    run(QStringLiteral("INSERT INTO segment (id, name, definition, position) VALUES (?, ?, ?, ?)"),
        {nullableId(segment.id), segment.name, segment.definition, segment.position}, &error);
    return error.isEmpty() ? insertedId() : (fail(error), 0);
}

} // namespace Peakend
