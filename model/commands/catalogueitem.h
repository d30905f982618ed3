#pragma once

#include "document/catalogue.h"
#include "document/change.h"
#include "storage/projectrepository.h"

#include <QCoreApplication>

namespace Peakend {

// What the catalogue commands need to know about each kind of row: where it is stored, which
// change it announces, how it is added back with its own id, and the undo texts.
template<class T>
struct CatalogueTraits;

template<>
struct CatalogueTraits<Vendor>
{
    static constexpr Catalogue catalogue = Catalogue::Vendors;
    static constexpr ChangeFlag change = ChangeFlag::Vendors;
    static qint64 add(ProjectRepository &repository, const Vendor &item)
    {
        return repository.addVendor(item);
    }
    static QString addText(const Vendor &item)
    {
        return QCoreApplication::translate("Undo", "Add vendor “%1”").arg(item.name);
    }
    static QString removeText(const Vendor &item)
    {
        return QCoreApplication::translate("Undo", "Remove vendor “%1”").arg(item.name);
    }
};

template<>
struct CatalogueTraits<Subprocess>
{
    static constexpr Catalogue catalogue = Catalogue::Subprocesses;
    static constexpr ChangeFlag change = ChangeFlag::Subprocesses;
    static qint64 add(ProjectRepository &repository, const Subprocess &item)
    {
        return repository.addSubprocess(item);
    }
    static QString addText(const Subprocess &item)
    {
        return QCoreApplication::translate("Undo", "Add subprocess “%1”").arg(item.name);
    }
    static QString removeText(const Subprocess &item)
    {
        return QCoreApplication::translate("Undo", "Remove subprocess “%1”").arg(item.name);
    }
};

template<>
struct CatalogueTraits<Factor>
{
    static constexpr Catalogue catalogue = Catalogue::Factors;
    static constexpr ChangeFlag change = ChangeFlag::Factors;
    static qint64 add(ProjectRepository &repository, const Factor &item)
    {
        return repository.addFactor(item);
    }
    static QString addText(const Factor &item)
    {
        return QCoreApplication::translate("Undo", "Add factor “%1”").arg(item.name);
    }
    static QString removeText(const Factor &item)
    {
        return QCoreApplication::translate("Undo", "Remove factor “%1”").arg(item.name);
    }
};

template<>
struct CatalogueTraits<Channel>
{
    static constexpr Catalogue catalogue = Catalogue::Channels;
    static constexpr ChangeFlag change = ChangeFlag::Touchpoints;
    static qint64 add(ProjectRepository &repository, const Channel &item)
    {
        return repository.addChannel(item);
    }
    static QString addText(const Channel &item)
    {
        return QCoreApplication::translate("Undo", "Add channel “%1”").arg(item.name);
    }
    static QString removeText(const Channel &item)
    {
        return QCoreApplication::translate("Undo", "Remove channel “%1”").arg(item.name);
    }
};

template<>
struct CatalogueTraits<Touchpoint>
{
    static constexpr Catalogue catalogue = Catalogue::Touchpoints;
    static constexpr ChangeFlag change = ChangeFlag::Touchpoints;
    static qint64 add(ProjectRepository &repository, const Touchpoint &item)
    {
        return repository.addTouchpoint(item);
    }
    static QString addText(const Touchpoint &item)
    {
        return QCoreApplication::translate("Undo", "Add touchpoint “%1”").arg(item.name);
    }
    static QString removeText(const Touchpoint &item)
    {
        return QCoreApplication::translate("Undo", "Remove touchpoint “%1”").arg(item.name);
    }
};

template<>
struct CatalogueTraits<CriticalIncident>
{
    static constexpr Catalogue catalogue = Catalogue::Incidents;
    static constexpr ChangeFlag change = ChangeFlag::Incidents;
    static qint64 add(ProjectRepository &repository, const CriticalIncident &item)
    {
        return repository.addIncident(item);
    }
    static QString addText(const CriticalIncident &)
    {
        return QCoreApplication::translate("Undo", "Add critical incident");
    }
    static QString removeText(const CriticalIncident &)
    {
        return QCoreApplication::translate("Undo", "Remove critical incident");
    }
};

template<>
struct CatalogueTraits<Requirement>
{
    static constexpr Catalogue catalogue = Catalogue::Requirements;
    static constexpr ChangeFlag change = ChangeFlag::Requirements;
    static qint64 add(ProjectRepository &repository, const Requirement &item)
    {
        return repository.addRequirement(item);
    }
    static QString addText(const Requirement &item)
    {
        return QCoreApplication::translate("Undo", "Add requirement “%1”").arg(item.title);
    }
    static QString removeText(const Requirement &item)
    {
        return QCoreApplication::translate("Undo", "Remove requirement “%1”").arg(item.title);
    }
};

template<>
struct CatalogueTraits<Kpi>
{
    static constexpr Catalogue catalogue = Catalogue::Kpis;
    static constexpr ChangeFlag change = ChangeFlag::Kpis;
    static qint64 add(ProjectRepository &repository, const Kpi &item)
    {
        return repository.addKpi(item);
    }
    static QString addText(const Kpi &item)
    {
        return QCoreApplication::translate("Undo", "Add KPI “%1”").arg(item.name);
    }
    static QString removeText(const Kpi &item)
    {
        return QCoreApplication::translate("Undo", "Remove KPI “%1”").arg(item.name);
    }
};

template<>
struct CatalogueTraits<Segment>
{
    static constexpr Catalogue catalogue = Catalogue::Segments;
    static constexpr ChangeFlag change = ChangeFlag::Segments;
    static qint64 add(ProjectRepository &repository, const Segment &item)
    {
        return repository.addSegment(item);
    }
    static QString addText(const Segment &item)
    {
        return QCoreApplication::translate("Undo", "Add segment “%1”").arg(item.name);
    }
    static QString removeText(const Segment &item)
    {
        return QCoreApplication::translate("Undo", "Remove segment “%1”").arg(item.name);
    }
};

} // namespace Peakend
