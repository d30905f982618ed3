#pragma once

#include <QString>

namespace Peakend::NumberFormat {

// A number for axis labels, captions and sentences: locale digits, never "-0.0"; "–" for NaN.
QString number(double value, int decimals = 1);
// A signed number for gaps and differences: "+2.0", "−1.5" (true minus sign), "0.0".
QString signedNumber(double value, int decimals = 1);
// A number that may be negative, with a true minus sign and no plus: "−1.5", "2.0".
QString value(double value, int decimals = 2);

} // namespace Peakend::NumberFormat
