#include "projectinfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Peakend {

std::optional<Scale> Scale::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(-?\\d+(?:\\.\\d+)?)\\s*(?:\\.\\.|-|–|—|to)\\s*(-?\\d+(?:\\.\\d+)?)\\s*"
        "(?::\\s*(-?\\d+(?:\\.\\d+)?))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Scale scale;
    scale.min = match.captured(1).toDouble();
    scale.max = match.captured(2).toDouble();
    scale.neutral = match.captured(3).isEmpty() ? (scale.min + scale.max) / 2.0
                                                : match.captured(3).toDouble();
    if (!scale.isValid())
        return std::nullopt;
    return scale;
}

QString Scale::toText() const
{
    const QLocale locale;
    return QCoreApplication::translate("Scale", "%1–%2, neutral %3")
        .arg(locale.toString(min), locale.toString(max), locale.toString(neutral));
}

} // namespace Peakend
