#pragma once

#include <QList>

namespace Peakend {

// The names an import added to the project's catalogue, so that undoing it takes them too.
struct CreatedNames
{
    QList<qint64> vendors;
    QList<qint64> subprocesses;
    QList<qint64> factors;
    QList<qint64> attributes;

    bool isEmpty() const
    {
        return vendors.isEmpty() && subprocesses.isEmpty() && factors.isEmpty()
               && attributes.isEmpty();
    }
};

} // namespace Peakend
