#include "chartstyle.h"

#include "domain/vendor.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <array>
#include <cmath>

namespace Peakend::ChartStyle {

namespace {
// Okabe & Ito (2008), with black moved last: it reads as "axis" rather than as a series.
const std::array<QRgb, 8> palette{0xe69f00, 0x56b4e9, 0x009e73, 0xcc79a7,
                                  0x0072b2, 0xd55e00, 0xf0e442, 0x000000};
Theme currentTheme = Theme::Screen; // charts are drawn on the GUI thread only
} // namespace

Theme theme()
{
    return currentTheme;
}

ThemeScope::ThemeScope(Theme theme) : m_previous(currentTheme)
{
    currentTheme = theme;
}

ThemeScope::~ThemeScope()
{
    currentTheme = m_previous;
}

QColor color(Role role)
{
    if (currentTheme == Theme::Projector) {
        switch (role) {
        case Role::Text:
        case Role::Axis:
            return Qt::black;
        case Role::Muted:
            return QColor(0x30, 0x30, 0x30);
        case Role::Grid:
            return QColor(0xa8, 0xa8, 0xa8);
        case Role::Faded:
            return QColor(0x90, 0x90, 0x90);
        default:
            break;
        }
    }
    switch (role) {
    case Role::Text:
        return QColor(0x20, 0x20, 0x20);
    case Role::Muted:
        return QColor(0x60, 0x60, 0x60);
    case Role::Grid:
        return QColor(0xdd, 0xdd, 0xdd);
    case Role::Axis:
        return QColor(0x80, 0x80, 0x80);
    case Role::Pleasure:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case Role::Pain:
        return QColor(0xd5, 0x5e, 0x00); // vermilion
    case Role::Highlight:
        return QColor(0xcc, 0x79, 0xa7);
    case Role::Faded:
        return QColor(0xbb, 0xbb, 0xbb);
    case Role::Background:
        return Qt::white;
    }
    return Qt::black;
}

QColor highlightBand()
{
    QColor band = color(Role::Highlight);
    band.setAlphaF(0.14);
    return band;
}

QColor seriesColor(int index)
{
    return QColor(palette[size_t(index) % palette.size()]);
}

QColor vendorColor(const Vendor &vendor, int index)
{
    const QColor own(vendor.color);
    return own.isValid() ? own : seriesColor(index);
}

Qt::PenStyle seriesPenStyle(int index)
{
    static const std::array<Qt::PenStyle, 3> styles{Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    return styles[size_t(index) / palette.size() % styles.size()];
}

double textSize(const QRectF &target)
{
    const double room = std::min(target.height(), target.width() * 0.75);
    // 13 px in a 800 px tall drawing, 17 px at 1080, never below 11 px; projected, larger.
    return std::max(11.0, room / (currentTheme == Theme::Projector ? 44.0 : 62.0));
}

double minimumTextSize()
{
    return currentTheme == Theme::Projector ? projectorMinimumText : 1.0;
}

QFont font(const QRectF &target, double scale, bool bold)
{
    QFont font;
    font.setPixelSize(int(std::lround(std::max(minimumTextSize(), textSize(target) * scale))));
    font.setBold(bold);
    return font;
}

QList<double> niceTicks(double low, double high, int count)
{
    // No finite range (no data, or values beyond any scale): no ticks, and every caller
    // draws an empty axis.
    if (!std::isfinite(low) || !std::isfinite(high) || !std::isfinite(high - low))
        return {};
    if (high - low < 1e-9) {
        low -= 0.5;
        high += 0.5;
    }
    const double rough = (high - low) / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10.0;
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (magnitude * factor >= rough) {
            step = magnitude * factor;
            break;
        }
    }
    QList<double> ticks;
    const double firstStep = std::floor(low / step + 1e-9);
    const double lastStep = std::ceil(high / step - 1e-9);
    if (!std::isfinite(firstStep) || !std::isfinite(lastStep) || lastStep - firstStep > 1000)
        return {};
    const auto first = static_cast<long long>(firstStep);
    const auto last = static_cast<long long>(lastStep);
    for (long long k = first; k <= last; ++k)
        ticks.append(k == 0 ? 0.0 : double(k) * step);
    return ticks;
}

void drawScaleAxis(QPainter &painter, double scaleMin, double scaleMax,
                   const std::function<double(double)> &x, double top, double axisY)
{
    const double height = QFontMetricsF(painter.font()).height();
    for (const double tick : niceTicks(scaleMin, scaleMax, 9)) {
        if (tick < scaleMin - 1e-9 || tick > scaleMax + 1e-9)
            continue;
        painter.setPen(color(Role::Grid));
        painter.drawLine(QPointF(x(tick), top), QPointF(x(tick), axisY));
        painter.setPen(color(Role::Text));
        painter.drawText(QRectF(x(tick) - 30, axisY + 2, 60, height), Qt::AlignCenter,
                         number(tick, 0));
    }
}

} // namespace Peakend::ChartStyle
