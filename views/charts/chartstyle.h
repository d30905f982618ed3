#pragma once

#include "report/numberformat.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace Peakend {

struct Vendor;

// Colours and type shared by every chart, for screens, projectors and print: the Okabe–Ito
// palette (distinguishable with every common colour-vision deficiency), dash patterns past
// its eight colours, and font sizes that grow with the drawing so that a chart stays
// readable at 1920×1080 from the back of a room.
namespace ChartStyle {

enum class Role { Text, Muted, Grid, Axis, Pleasure, Pain, Highlight, Faded, Background };

// Projector: black text and axes, darker grey for grids, captions and faded series, so that a
// washed-out projected image keeps its contrast. Charts built or drawn while a ThemeScope is
// alive take its colours.
enum class Theme { Screen, Projector };
Theme theme();
class ThemeScope
{
public:
    explicit ThemeScope(Theme theme);
    ~ThemeScope();
    ThemeScope(const ThemeScope &) = delete;
    ThemeScope &operator=(const ThemeScope &) = delete;

private:
    Theme m_previous;
};

QColor color(Role role);
// Behind the row of the highlighted vendor in tables of vendors (wins, weakest link).
QColor highlightBand();
// The i-th series colour (cycles through the palette).
QColor seriesColor(int index);
// A vendor's own colour when it has one, otherwise the palette's.
QColor vendorColor(const Vendor &vendor, int index);
// Past the palette's length, series are told apart by their dash pattern too.
Qt::PenStyle seriesPenStyle(int index);

// Base text size in logical pixels for a drawing of this size; scale multiplies it.
double textSize(const QRectF &target);
// No text smaller than this: 16 logical px in the projector theme, drawn at 1.5× on a
// 1920 × 1080 slide (24 px); 1 otherwise. Labels that do not fit at it are elided.
constexpr double projectorMinimumText = 16.0;
double minimumTextSize();
QFont font(const QRectF &target, double scale = 1.0, bool bold = false);

// Round tick values covering low…high with about count intervals (steps of 1, 2, 2.5 or 5
// times a power of ten); zero is exactly zero.
QList<double> niceTicks(double low, double high, int count = 5);

// The rating scale as a horizontal axis under rows of dots: grid lines from top to axisY at
// whole-number ticks, labels below. x maps a scale value to its horizontal position.
void drawScaleAxis(QPainter &painter, double scaleMin, double scaleMax,
                   const std::function<double(double)> &x, double top, double axisY);

// Numbers as every view writes them (report/numberformat.h): "−1.5", "+2.0", never "-0.0".
using NumberFormat::number;
using NumberFormat::signedNumber;

} // namespace ChartStyle
} // namespace Peakend
