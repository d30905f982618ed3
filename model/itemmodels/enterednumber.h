#pragma once

#include <QLocale>
#include <QVariant>
#include <QtNumeric>

#include <optional>

namespace Peakend {

// A number typed into a table cell: a double as given, text in the UI language's notation, or
// with a decimal point where the language writes commas ("12.5" typed in German). Empty text
// is NaN (not answered); nullopt when it is not a number at all.
inline std::optional<double> enteredNumber(const QVariant &value)
{
    bool ok = false;
    if (value.typeId() == QMetaType::Double) {
        const double number = value.toDouble(&ok);
        return ok ? std::optional<double>(number) : std::nullopt;
    }
    QString text = value.toString().trimmed();
    text.replace(QChar(0x2212), QLatin1Char('-')); // a minus sign copied from a table
    if (text.isEmpty())
        return qQNaN();
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = text.toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

} // namespace Peakend
