#pragma once

#include <QString>

namespace Peakend {

// A CEM experience factor (product, service, relationship, convenience, brand image, price).
struct Factor
{
    qint64 id = 0;
    QString name;
    int position = 0;
    bool carriesBrand = false;
};

} // namespace Peakend
