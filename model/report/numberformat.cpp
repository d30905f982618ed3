#include "numberformat.h"

#include <QLocale>

#include <cmath>

namespace Peakend::NumberFormat {

QString number(double value, int decimals)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    const double rounded = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    return QLocale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', decimals);
}

QString signedNumber(double value, int decimals)
{
    QString text = number(std::fabs(value), decimals);
    if (std::isnan(value))
        return text;
    const double rounded = std::round(value * std::pow(10.0, decimals));
    if (rounded > 0)
        text.prepend(QLatin1Char('+'));
    else if (rounded < 0)
        text.prepend(QChar(0x2212));
    return text;
}

QString value(double value, int decimals)
{
    const QString text = signedNumber(value, decimals);
    return text.startsWith(QLatin1Char('+')) ? text.mid(1) : text;
}

} // namespace Peakend::NumberFormat
