#include "emotioncurvechart.h"

#include "categorylabels.h"
#include "chartcanvas.h"
#include "chartstyle.h"
#include "domain/phase.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Peakend {

using namespace ChartStyle;

EmotionCurveChart::EmotionCurveChart() : m_canvas(new ChartCanvas) {}

EmotionCurveChart::~EmotionCurveChart() = default;

void EmotionCurveChart::setCurves(const EmotionCurves &curves)
{
    m_curves = curves;
}

void EmotionCurveChart::setHighlightedVendor(qint64 vendorId)
{
    m_highlighted = vendorId;
}

void EmotionCurveChart::setHiddenVendors(const QSet<qint64> &vendorIds)
{
    m_hidden = vendorIds;
}

QList<int> EmotionCurveChart::shownVendors() const
{
    QList<int> shown;
    for (int v = 0; v < m_curves.vendors.size(); ++v) {
        const VendorCurve &curve = m_curves.vendors.at(v);
        if (curve.shape.points > 0 && !m_hidden.contains(curve.vendor.id))
            shown.append(v);
    }
    // The focus curve last, so that it is drawn on top of the others.
    const int focus = focusVendor();
    if (focus >= 0 && shown.removeOne(focus))
        shown.append(focus);
    return shown;
}

int EmotionCurveChart::focusVendor() const
{
    int own = -1;
    int best = -1;
    int first = -1;
    for (int v = 0; v < m_curves.vendors.size(); ++v) {
        const VendorCurve &curve = m_curves.vendors.at(v);
        if (curve.shape.points == 0 || m_hidden.contains(curve.vendor.id))
            continue;
        if (m_highlighted != 0 && curve.vendor.id == m_highlighted)
            return v;
        if (first < 0)
            first = v;
        if (own < 0 && curve.vendor.isOwn)
            own = v;
        if (curve.overallRank > 0
            && (best < 0 || curve.overallRank < m_curves.vendors.at(best).overallRank))
            best = v;
    }
    return own >= 0 ? own : best >= 0 ? best : first;
}

QList<CurveMarker> EmotionCurveChart::markers() const
{
    const int focus = focusVendor();
    if (focus < 0)
        return {};
    const CurveShape &shape = m_curves.vendors.at(focus).shape;
    return {{CurveMarker::PleasurePeak, shape.pleasurePeak, shape.pleasure},
            {CurveMarker::PainPeak, shape.painPeak, shape.pain},
            {CurveMarker::End, shape.end, shape.endValue}};
}

int EmotionCurveChart::pointNear(const QPointF &pos, double reach, int *subprocess) const
{
    const int count = int(m_curves.subprocesses.size());
    if (m_plot.isEmpty() || count == 0)
        return -1;
    const int s = int(std::floor((pos.x() - m_plot.left()) / m_plot.width() * count));
    if (s < 0 || s >= count)
        return -1;
    const double x = m_plot.left() + (s + 0.5) * m_plot.width() / count;
    int best = -1;
    double bestDistance = reach;
    QList<int> order = shownVendors();
    std::reverse(order.begin(), order.end()); // the focus (drawn on top) first
    for (const int v : std::as_const(order)) {
        const double e = m_curves.vendors.at(v).cells.at(s).e;
        if (std::isnan(e))
            continue;
        const double y = m_plot.bottom() - (e - m_low) / (m_high - m_low) * m_plot.height();
        const double distance = std::hypot(pos.x() - x, pos.y() - y);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = v;
        }
    }
    if (best >= 0 && subprocess)
        *subprocess = s;
    return best;
}

QString EmotionCurveChart::toolTipAt(const QPointF &pos) const
{
    int subprocess = -1;
    const int vendor = pointNear(pos, textSize(m_plot) * 0.9, &subprocess);
    if (vendor < 0)
        return QString();
    const CurveCell &cell = m_curves.vendors.at(vendor).cells.at(subprocess);
    QString text = tr("%1 · %2").arg(m_curves.vendors.at(vendor).vendor.name,
                                     m_curves.subprocesses.at(subprocess).name)
                   + QLatin1Char('\n')
                   + tr("mean %1 · e %2").arg(number(cell.rating.mean, 2), signedNumber(cell.e, 2));
    if (!std::isnan(cell.rating.ciLow))
        text += QLatin1Char('\n')
                + tr("95 % CI %1 to %2")
                      .arg(number(cell.rating.ciLow, 2), number(cell.rating.ciHigh, 2));
    return text + QLatin1Char('\n') + tr("n = %1").arg(QLocale().toString(cell.rating.n));
}

QPointF EmotionCurveChart::pointPosition(int vendor, int subprocess) const
{
    const double e = m_curves.vendors.at(vendor).cells.at(subprocess).e;
    return {m_plot.left() + (subprocess + 0.5) * m_plot.width() / m_curves.subprocesses.size(),
            m_plot.bottom() - (e - m_low) / (m_high - m_low) * m_plot.height()};
}

double EmotionCurveChart::eAt(double y) const
{
    return m_low + (m_plot.bottom() - y) / m_plot.height() * (m_high - m_low);
}

QString EmotionCurveChart::markerLabel(CurveMarker::Kind kind)
{
    switch (kind) {
    case CurveMarker::PleasurePeak:
        return tr("Pleasure peak");
    case CurveMarker::PainPeak:
        return tr("Pain peak");
    case CurveMarker::End:
        return tr("End");
    }
    return QString();
}

QString EmotionCurveChart::title() const
{
    return m_curves.mode == CurveMode::Benchmark ? tr("Emotion curves against the benchmark")
                                                 : tr("Emotion curves");
}

QString EmotionCurveChart::emptyReason() const
{
    if (m_curves.subprocesses.isEmpty())
        return tr("The project has no subprocesses yet: add the stages of the purchase journey "
                  "to see emotion curves.");
    if (focusVendor() < 0)
        return tr("No ratings to draw: import a survey wave or enter workshop ratings, or show "
                  "at least one vendor.");
    return QString();
}

QString EmotionCurveChart::captionText() const
{
    const int focus = focusVendor();
    if (focus < 0)
        return QString();
    const VendorCurve &curve = m_curves.vendors.at(focus);
    int low = -1;
    int high = 0;
    for (const CurveCell &cell : curve.cells) {
        if (cell.rating.n == 0)
            continue;
        low = low < 0 ? cell.rating.n : std::min(low, cell.rating.n);
        high = std::max(high, cell.rating.n);
    }
    const QString reference
        = m_curves.mode == CurveMode::Benchmark
              ? tr("e = mean rating − mean of the other vendors at the same subprocess")
              : tr("e = mean rating − neutral %1").arg(number(m_curves.neutral, 1));
    const QString sample
        = low == high
              ? tr("n = %1 per point").arg(QLocale().toString(low))
              : tr("n = %1–%2 per point").arg(QLocale().toString(low), QLocale().toString(high));
    QString text = tr("%1: peak-end %2, pleasure–pain–end %3, pleasure–pain spread %4.")
                       .arg(curve.vendor.name, signedNumber(curve.shape.peakEnd, 2),
                            signedNumber(curve.shape.peakPainEnd, 2), number(curve.shape.spread, 2))
                   + QLatin1Char(' ') + reference + QStringLiteral(" · ") + sample;
    if (curve.efficiencyParadox && m_paradoxExplained)
        text += QLatin1Char('\n') + m_curves.paradoxExplanation(focus);
    if (const QString brand = m_curves.brandExplanation(focus); !brand.isEmpty())
        text += QLatin1Char('\n') + brand;
    if (m_draggable)
        text += QLatin1Char('\n')
                + tr("Workshop ratings: drag a point up or down to change its score (Undo takes it "
                     "back).");
    return text;
}

void EmotionCurveChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    m_canvas->clear();
    QChart *chart = m_canvas->chart();

    const int count = int(m_curves.subprocesses.size());
    const QList<int> shown = shownVendors();
    const int focus = focusVendor();
    const bool fade = m_highlighted != 0 && focus >= 0;

    // The y range covers every shown point (and the band), symmetric enough to show zero.
    double low = 0.0;
    double high = 0.0;
    for (const int v : shown) {
        for (const CurveCell &cell : m_curves.vendors.at(v).cells) {
            if (std::isnan(cell.e))
                continue;
            low = std::min(low, cell.e);
            high = std::max(high, cell.e);
            if (m_band && v == focus && !std::isnan(cell.rating.ciLow)) {
                low = std::min(low, cell.rating.ciLow - cell.reference);
                high = std::max(high, cell.rating.ciHigh - cell.reference);
            }
        }
    }
    const double pad = std::max(0.1, (high - low) * 0.12);
    const QList<double> ticks = niceTicks(low - pad, high + pad, 8);

    // The subprocess names are drawn below as CategoryLabels; the axis itself only places the
    // points (a label-less value axis: Qt lays out every category label, even hidden ones).
    auto *xAxis = new QValueAxis;
    xAxis->setRange(-0.5, count - 0.5);
    xAxis->setTickCount(2);
    xAxis->setGridLineVisible(false);
    ChartCanvas::styleAxis(xAxis, area);
    xAxis->setLabelsVisible(false);

    QCategoryAxis *yAxis = ChartCanvas::valueAxis(
        ticks, [](double tick) { return signedNumber(tick, tick == std::round(tick) ? 0 : 1); },
        tr("e"), area);

    if (m_band && focus >= 0) {
        auto *band = new QAreaSeries;
        auto *upper = new QLineSeries(band);
        auto *lower = new QLineSeries(band);
        for (int s = 0; s < count; ++s) {
            const CurveCell &cell = m_curves.vendors.at(focus).cells.at(s);
            if (std::isnan(cell.rating.ciLow))
                continue;
            upper->append(s, cell.rating.ciHigh - cell.reference);
            lower->append(s, cell.rating.ciLow - cell.reference);
        }
        band->setUpperSeries(upper);
        band->setLowerSeries(lower);
        QColor fill = vendorColor(m_curves.vendors.at(focus).vendor, focus);
        fill.setAlphaF(0.18);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        band->setName(tr("95 % CI"));
        chart->addSeries(band);
        m_canvas->attach(band, xAxis, yAxis);
    }

    QLineSeries *focusSeries = nullptr;
    const double width = std::max(1.5, textSize(area) / 6.0);
    for (const int v : shown) {
        const VendorCurve &curve = m_curves.vendors.at(v);
        auto *series = new QLineSeries;
        series->setName(curve.vendor.name);
        for (int s = 0; s < count; ++s) {
            if (!std::isnan(curve.cells.at(s).e))
                series->append(s, curve.cells.at(s).e);
        }
        QColor colour = vendorColor(curve.vendor, v);
        double penWidth = width;
        if (fade && v != focus) {
            colour = color(Role::Faded);
            colour.setAlphaF(0.6);
            penWidth = width * 0.7;
        } else if (v == focus) {
            penWidth = width * 1.8;
        }
        QPen pen(colour, penWidth, seriesPenStyle(v), Qt::FlatCap, Qt::BevelJoin);
        series->setPen(pen);
        series->setPointsVisible(v == focus);
        chart->addSeries(series);
        m_canvas->attach(series, xAxis, yAxis);
        if (v == focus)
            focusSeries = series;
    }

    // Our own legend at the right, in vendor order (the focus curve is drawn last, and Qt's
    // legend would drop it first when the entries do not fit), in columns when needed.
    QList<int> legendOrder = shown;
    std::sort(legendOrder.begin(), legendOrder.end());
    QFont legendFont = font(area, 0.85);
    const auto legendSize = [&](const QFont &font) {
        const QFontMetricsF metrics(font);
        const double line = metrics.height() * 1.25;
        const int perColumn = std::max(1, int(area.height() * 0.9 / line));
        const int columns = (int(legendOrder.size()) + perColumn - 1) / perColumn;
        double widest = 0.0;
        for (const int v : std::as_const(legendOrder))
            widest
                = std::max(widest, metrics.horizontalAdvance(m_curves.vendors.at(v).vendor.name));
        const double column = widest + metrics.height() * 2.6;
        return std::tuple(perColumn, column, legendOrder.size() > 1 ? columns * column : 0.0);
    };
    auto [perColumn, legendColumn, legendWidth] = legendSize(legendFont);
    if (legendWidth > area.width() * 0.3) {
        legendFont.setPixelSize(
            int(std::max({9.0, minimumTextSize(), std::floor(legendFont.pixelSize() * 0.8)})));
        std::tie(perColumn, legendColumn, legendWidth) = legendSize(legendFont);
    }
    m_canvas->layout(area.size(), QMarginsF(0, 0, legendWidth, 0));
    QStringList names;
    for (const Subprocess &subprocess : m_curves.subprocesses)
        names.append(subprocess.name);
    const CategoryLabels labels(names, font(area, 0.85),
                                m_canvas->plotArea().width() / std::max(1, count));
    const double firstTick
        = m_canvas->plotArea().left() + m_canvas->plotArea().width() / std::max(1, count) / 2;
    m_canvas->layout(area.size(), QMarginsF(std::max(0.0, labels.leftOverhang() - firstTick), 0,
                                            legendWidth, labels.height()));

    // Under the curves: pleasure and pain zones, then the phases.
    const QRectF plot = m_canvas->plotArea().translated(area.topLeft());
    m_plot = plot;
    m_low = ticks.first();
    m_high = ticks.last();
    const auto toArea = [&](double x, double y) {
        return m_canvas->map(QPointF(x, y), focusSeries) + area.topLeft();
    };
    if (focusSeries) {
        const double zeroY = toArea(0, 0).y();
        QColor pleasure = color(Role::Pleasure);
        pleasure.setAlphaF(0.07);
        QColor pain = color(Role::Pain);
        pain.setAlphaF(0.07);
        painter.fillRect(QRectF(plot.left(), plot.top(), plot.width(), zeroY - plot.top()),
                         pleasure);
        painter.fillRect(QRectF(plot.left(), zeroY, plot.width(), plot.bottom() - zeroY), pain);

        const QFont phaseFont = font(area, 0.8, true);
        painter.setFont(phaseFont);
        int start = 0;
        int band = 0;
        for (int s = 1; s <= count; ++s) {
            if (s < count
                && m_curves.subprocesses.at(s).phase == m_curves.subprocesses.at(start).phase)
                continue;
            const double left = toArea(start - 0.5, 0).x();
            const double right = toArea(s - 0.5, 0).x();
            const QRectF phaseRect(left, plot.top(), right - left, plot.height());
            if (band % 2 == 1)
                painter.fillRect(phaseRect, QColor(0, 0, 0, 12));
            painter.setPen(color(Role::Muted));
            painter.drawText(phaseRect.adjusted(4, 2, -4, 0), Qt::AlignHCenter | Qt::AlignTop,
                             QFontMetricsF(phaseFont).elidedText(
                                 PhaseNames::name(m_curves.subprocesses.at(start).phase),
                                 Qt::ElideRight, phaseRect.width() - 8));
            start = s;
            ++band;
        }
    }

    m_canvas->draw(painter, area.topLeft());
    QList<double> centres;
    for (int s = 0; s < count; ++s)
        centres.append(toArea(s, 0).x());
    painter.setPen(color(Role::Text));
    labels.draw(painter, centres, plot.bottom());
    if (legendWidth > 0) {
        const QFontMetricsF metrics(legendFont);
        const double line = metrics.height() * 1.25;
        for (int i = 0; i < legendOrder.size(); ++i) {
            const int v = legendOrder.at(i);
            const VendorCurve &curve = m_curves.vendors.at(v);
            const double x = area.right() - legendWidth + (i / perColumn) * legendColumn + 8;
            const double y = plot.top() + (i % perColumn) * line + line / 2;
            const bool faded = fade && v != focus;
            QColor colour = faded ? color(Role::Faded) : vendorColor(curve.vendor, v);
            painter.setPen(
                QPen(colour, v == focus ? width * 1.8 : width, seriesPenStyle(v), Qt::FlatCap));
            painter.drawLine(QPointF(x, y), QPointF(x + metrics.height() * 1.6, y));
            addVendorArea(QRectF(x, y - line / 2, legendColumn - 8, line), curve.vendor.id);
            QFont entryFont = legendFont;
            entryFont.setBold(v == focus);
            painter.setFont(entryFont);
            painter.setPen(faded ? color(Role::Muted) : color(Role::Text));
            painter.drawText(QRectF(x + metrics.height() * 2.0, y - line / 2,
                                    legendColumn - metrics.height() * 2.2, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(curve.vendor.name, Qt::ElideRight,
                                                legendColumn - metrics.height() * 2.2));
        }
    }
    if (!focusSeries)
        return;

    // Over the curves: the zero line, then the focus vendor's marks.
    const double zeroY = toArea(0, 0).y();
    painter.setPen(QPen(color(Role::Text), std::max(1.0, width * 0.6)));
    painter.drawLine(QPointF(plot.left(), zeroY), QPointF(plot.right(), zeroY));
    const QFont small = font(area, 0.8);
    painter.setFont(small);
    painter.setPen(color(Role::Muted));
    const QString zeroLabel = m_curves.mode == CurveMode::Benchmark
                                  ? tr("benchmark (the other vendors)")
                                  : tr("neutral (%1)").arg(number(m_curves.neutral, 1));
    const QSizeF zeroSize(QFontMetricsF(small).horizontalAdvance(zeroLabel) + 8,
                          QFontMetricsF(small).height());
    const QRectF zeroRect(
        QPointF(plot.right() - zeroSize.width() - 2, zeroY - zeroSize.height() - 2), zeroSize);
    painter.fillRect(zeroRect, QColor(255, 255, 255, 210));
    painter.drawText(zeroRect, Qt::AlignCenter, zeroLabel);

    const QFont markFont = font(area, 0.85, true);
    const QFontMetricsF markMetrics(markFont);
    painter.setFont(markFont);
    const double radius = textSize(area) * 0.45;
    QList<QRectF> placed;
    for (const CurveMarker &marker : markers()) {
        if (marker.subprocess < 0)
            continue;
        const QPointF point = toArea(marker.subprocess, marker.e);
        const QColor colour = marker.kind == CurveMarker::PleasurePeak ? color(Role::Pleasure)
                              : marker.kind == CurveMarker::PainPeak   ? color(Role::Pain)
                                                                       : color(Role::Text);
        painter.setPen(QPen(Qt::white, radius * 0.35));
        painter.setBrush(colour);
        painter.drawEllipse(point, radius, radius);

        QString text
            = tr("%1: %2 %3", "marker, subprocess, e")
                  .arg(markerLabel(marker.kind), m_curves.subprocesses.at(marker.subprocess).name,
                       signedNumber(marker.e, 1));
        // Principle 3: the peak and the end should carry the brand value.
        if (m_curves.brandTagged && marker.kind != CurveMarker::PainPeak
            && !m_curves.subprocesses.at(marker.subprocess).carriesBrand)
            text += tr(" (off brand)");
        const QSizeF size(markMetrics.horizontalAdvance(text) + 8, markMetrics.height() + 2);
        const bool below = marker.kind == CurveMarker::PainPeak;
        QRectF box(
            QPointF(point.x() - size.width() / 2,
                    below ? point.y() + radius * 1.6 : point.y() - radius * 1.6 - size.height()),
            size);
        // Keep the label inside the plot, and off labels already placed.
        box.moveLeft(
            std::clamp(box.left(), plot.left(), std::max(plot.left(), plot.right() - box.width())));
        box.moveTop(
            std::clamp(box.top(), plot.top(), std::max(plot.top(), plot.bottom() - box.height())));
        for (const QRectF &other : std::as_const(placed)) {
            if (box.intersects(other))
                box.moveTop(below ? other.bottom() + 2 : other.top() - box.height() - 2);
        }
        placed.append(box);
        QColor backing = Qt::white;
        backing.setAlphaF(0.85);
        painter.setPen(Qt::NoPen);
        painter.setBrush(backing);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(colour == color(Role::Text) ? colour : colour.darker(130));
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

} // namespace Peakend
