#pragma once

#include "domain/factor.h"
#include "domain/projectinfo.h"
#include "domain/segment.h"
#include "domain/subprocess.h"
#include "domain/touchpoint.h"
#include "domain/vendor.h"
#include "repositorycore.h"

#include <QCoreApplication>
#include <QList>

namespace Peakend {

// The project's own row and its catalogue: vendors, subprocesses (chronological), factors,
// channels, touchpoints and saved segments.
class CatalogueRepository : public virtual RepositoryCore
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueRepository)

public:
    explicit CatalogueRepository(const ProjectStore &store);

    ProjectInfo projectInfo() const;
    bool setProjectInfo(const ProjectInfo &info);
    QList<Vendor> vendors() const;
    qint64 addVendor(const Vendor &vendor);
    bool removeVendor(qint64 id);
    QList<Subprocess> subprocesses() const; // chronological
    qint64 addSubprocess(const Subprocess &subprocess);
    QList<Factor> factors() const;
    qint64 addFactor(const Factor &factor);
    QList<Channel> channels() const;
    qint64 addChannel(const Channel &channel);
    QList<Touchpoint> touchpoints() const;
    qint64 addTouchpoint(const Touchpoint &touchpoint);

    // Saved segments, in their order.
    QList<Segment> segments() const;
    qint64 addSegment(const Segment &segment);
};

} // namespace Peakend
