#include "emotioncurvechart.h"

#include "chartcanvas.h"
#include "chartstyle.h"
#include "domain/phase.h"
#include "labelplacer.h"

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

QPointF EmotionCurveChart::Layout::point(double subprocess, double value) const
{
    return {plot.left() + (subprocess + 0.5) * plot.width() / std::max(1, count),
            plot.bottom() - (value - low) / (high - low) * plot.height()};
}

double EmotionCurveChart::Layout::eAt(double y) const
{
    return low + (plot.bottom() - y) / plot.height() * (high - low);
}

int EmotionCurveChart::Layout::pointNear(const QPointF &pos, double reach, int *subprocess) const
{
    if (plot.isEmpty() || count == 0)
        return -1;
    const int s = int(std::floor((pos.x() - plot.left()) / plot.width() * count));
    if (s < 0 || s >= count)
        return -1;
    int best = -1;
    double bestDistance = reach;
    for (auto v = shown.crbegin(); v != shown.crend(); ++v) { // the focus (drawn on top) first
        const double value = e.at(*v).at(s);
        if (std::isnan(value))
            continue;
        const QPointF at = point(s, value);
        const double distance = std::hypot(pos.x() - at.x(), pos.y() - at.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = *v;
        }
    }
    if (best >= 0 && subprocess)
        *subprocess = s;
    return best;
}

const EmotionCurveChart::Layout &EmotionCurveChart::layOut(const QRectF &target) const
{
    const QRectF area = frame(target).plot;
    m_layout = emptyReason().isEmpty() && area.width() > 10 && area.height() > 10 ? layOutPlot(area)
                                                                                  : Layout();
    return m_layout;
}

int EmotionCurveChart::pointNear(const QPointF &pos, double reach, int *subprocess) const
{
    return m_layout.pointNear(pos, reach, subprocess);
}

QString EmotionCurveChart::toolTipAt(const QPointF &pos) const
{
    int subprocess = -1;
    const int vendor = pointNear(pos, textSize(m_layout.plot) * 0.9, &subprocess);
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
    return m_layout.point(subprocess, m_layout.e.at(vendor).at(subprocess));
}

double EmotionCurveChart::eAt(double y) const
{
    return m_layout.eAt(y);
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

EmotionCurveChart::Layout EmotionCurveChart::layOutPlot(const QRectF &area) const
{
    Layout layout;
    layout.area = area;
    layout.count = int(m_curves.subprocesses.size());
    layout.shown = shownVendors();
    layout.focus = focusVendor();
    const int count = layout.count;
    const int focus = layout.focus;
    const bool fade = m_highlighted != 0 && focus >= 0;
    for (const VendorCurve &curve : m_curves.vendors) {
        QList<double> values;
        for (const CurveCell &cell : curve.cells)
            values.append(cell.e);
        layout.e.append(values);
    }

    // The y range covers every shown point (and the band), symmetric enough to show zero.
    double low = 0.0;
    double high = 0.0;
    for (const int v : std::as_const(layout.shown)) {
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
    layout.ticks = niceTicks(low - pad, high + pad, 8);
    if (layout.ticks.isEmpty()) // no finite values to show
        layout.ticks = {-1.0, 0.0, 1.0};
    layout.low = layout.ticks.first();
    layout.high = layout.ticks.last();

    // The Qt chart: the axes (their labels decide where the plot is), the band, the curves.
    m_canvas->clear();
    QChart *chart = m_canvas->chart();
    // The subprocess names are drawn below as CategoryLabels; the axis itself only places the
    // points (a label-less value axis: Qt lays out every category label, even hidden ones).
    auto *xAxis = new QValueAxis;
    xAxis->setRange(-0.5, count - 0.5);
    xAxis->setTickCount(2);
    xAxis->setGridLineVisible(false);
    ChartCanvas::styleAxis(xAxis, area);
    xAxis->setLabelsVisible(false);
    QCategoryAxis *yAxis = ChartCanvas::valueAxis(
        layout.ticks,
        [](double tick) { return signedNumber(tick, tick == std::round(tick) ? 0 : 1); }, tr("e"),
        area);
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
    // Our legend at the right, in vendor order, in columns when needed. With more vendors than
    // it has room for, it names the focus and the first others; the rest are drawn in grey,
    // behind, as one entry.
    QList<int> legendOrder = layout.shown;
    std::sort(legendOrder.begin(), legendOrder.end());
    const QFont legendFont = font(area, 0.85);
    const double legendHeight = area.height() * 0.9;
    const double legendWidthAtMost = area.width() * 0.3;
    QSet<int> grouped;
    if (legendOrder.size() > 1) {
        QList<ChartLegend::Entry> names;
        for (const int v : std::as_const(legendOrder))
            names.append({m_curves.vendors.at(v).vendor.name, QPen(), QColor(), v == focus});
        // The entry that would count the others is measured too: it may be the widest.
        names.append({tr("%n other vendor(s)", "", int(legendOrder.size())), QPen(), QColor(),
                      false, false, 0});
        const int room = ChartLegend(names, legendFont).capacity(legendHeight, legendWidthAtMost);
        if (legendOrder.size() > room) {
            QList<int> listed{focus};
            for (const int v : std::as_const(legendOrder)) {
                if (listed.size() < room - 1 && v != focus)
                    listed.append(v);
                else if (!listed.contains(v))
                    grouped.insert(v);
            }
            std::stable_partition(layout.shown.begin(), layout.shown.end(),
                                  [&](int v) { return grouped.contains(v); });
        }
    }

    const double width = std::max(1.5, textSize(area) / 6.0);
    const auto penOf = [&](int v) {
        if ((fade && v != focus) || grouped.contains(v)) {
            // Solid and opaque (the faded grey at 60 % on white): a grey dash pattern tells
            // nothing apart, and a PDF carries each segment of a translucent line as a shape
            // of its own (2 MB for a page of 200 curves).
            const QColor faded = color(Role::Faded);
            const auto onWhite = [](int c) {
                return int(std::lround(0.6 * c + 0.4 * 255));
            };
            return QPen(QColor(onWhite(faded.red()), onWhite(faded.green()), onWhite(faded.blue())),
                        width * 0.7, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
        }
        return QPen(vendorColor(m_curves.vendors.at(v).vendor, v), v == focus ? width * 1.8 : width,
                    seriesPenStyle(v), Qt::FlatCap, Qt::BevelJoin);
    };
    for (const int v : std::as_const(layout.shown)) {
        auto *series = new QLineSeries;
        series->setName(m_curves.vendors.at(v).vendor.name);
        for (int s = 0; s < count; ++s) {
            if (!std::isnan(layout.e.at(v).at(s)))
                series->append(s, layout.e.at(v).at(s));
        }
        series->setPen(penOf(v));
        series->setPointsVisible(v == focus);
        chart->addSeries(series);
        m_canvas->attach(series, xAxis, yAxis);
    }

    QList<ChartLegend::Entry> entries;
    if (legendOrder.size() > 1) {
        for (const int v : std::as_const(legendOrder)) {
            if (grouped.contains(v))
                continue;
            QPen sample = penOf(v);
            sample.setColor(fade && v != focus ? color(Role::Faded) : sample.color());
            entries.append({m_curves.vendors.at(v).vendor.name, sample, QColor(), v == focus,
                            fade && v != focus, m_curves.vendors.at(v).vendor.id});
        }
    }
    if (!grouped.isEmpty())
        entries.append({tr("%n other vendor(s)", "", int(grouped.size())),
                        QPen(color(Role::Faded), width * 0.7), QColor(), false, true, 0});
    layout.legend = ChartLegend(entries, legendFont);
    layout.legend.layOutColumns(legendHeight, legendWidthAtMost);
    const double legendWidth = layout.legend.size().width();

    // The plot leaves room for the legend and for the subprocess names under it.
    m_canvas->layout(area.size(), QMarginsF(0, 0, legendWidth, 0));
    QStringList names;
    for (const Subprocess &subprocess : m_curves.subprocesses)
        names.append(subprocess.name);
    const double slot = m_canvas->plotArea().width() / std::max(1, count);
    layout.labels.emplace(names, font(area, 0.85), slot);
    const double firstTick = m_canvas->plotArea().left() + slot / 2;
    m_canvas->layout(area.size(),
                     QMarginsF(std::max(0.0, layout.labels->leftOverhang() - firstTick), 0,
                               legendWidth, layout.labels->height()));
    layout.plot = m_canvas->plotArea().translated(area.topLeft());
    const QRectF &plot = layout.plot;
    layout.legendAt = QPointF(area.right() - legendWidth + 8, plot.top());

    // Phases: one band per run of subprocesses of the same phase.
    int start = 0;
    for (int s = 1; s <= count; ++s) {
        if (s < count && m_curves.subprocesses.at(s).phase == m_curves.subprocesses.at(start).phase)
            continue;
        const double left = layout.point(start - 0.5, 0).x();
        const double right = layout.point(s - 0.5, 0).x();
        layout.phases.append({QRectF(left, plot.top(), right - left, plot.height()), start});
        start = s;
    }
    if (focus < 0)
        return layout;

    // The zero line's name at its right end; the focus vendor's marks labelled where they
    // cover neither each other, the marks nor that name.
    const double zeroY = layout.point(0, 0).y();
    const QFont small = font(area, 0.8);
    const QSizeF zeroSize(QFontMetricsF(small).horizontalAdvance(zeroLineName()) + 8,
                          QFontMetricsF(small).height());
    layout.zeroLabel = QRectF(
        QPointF(plot.right() - zeroSize.width() - 2, zeroY - zeroSize.height() - 2), zeroSize);
    const QFontMetricsF markMetrics(font(area, 0.85, true));
    const double radius = markRadius(area);
    LabelPlacer placer(plot);
    placer.take(layout.zeroLabel);
    for (const CurveMarker &marker : markers()) {
        if (marker.subprocess >= 0) {
            const QPointF at = layout.point(marker.subprocess, marker.e);
            layout.marks.append({marker, at, QRectF(), QString()});
            placer.take(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius));
        }
    }
    using Side = LabelPlacer::Side;
    for (Layout::Mark &mark : layout.marks) {
        const CurveMarker &marker = mark.marker;
        mark.text
            = tr("%1: %2 %3", "marker, subprocess, e")
                  .arg(markerLabel(marker.kind), m_curves.subprocesses.at(marker.subprocess).name,
                       signedNumber(marker.e, 1));
        // Principle 3: the peak and the end should carry the brand value.
        if (m_curves.brandTagged && marker.kind != CurveMarker::PainPeak
            && !m_curves.subprocesses.at(marker.subprocess).carriesBrand)
            mark.text += tr(" (off brand)");
        const QSizeF size(markMetrics.horizontalAdvance(mark.text) + 8, markMetrics.height() + 2);
        const bool below = marker.kind == CurveMarker::PainPeak;
        const std::optional<QRectF> box = placer.place(mark.point, size, radius * 1.6,
                                                       below ? QList{Side::Below, Side::Above}
                                                             : QList{Side::Above, Side::Below},
                                                       markMetrics.height());
        if (box) {
            mark.box = *box;
            continue;
        }
        // No free place: beside the mark anyway, inside the plot (the marks must be named).
        QRectF fallback(QPointF(mark.point.x() - size.width() / 2,
                                below ? mark.point.y() + radius * 1.6
                                      : mark.point.y() - radius * 1.6 - size.height()),
                        size);
        fallback.moveLeft(std::clamp(fallback.left(), plot.left(),
                                     std::max(plot.left(), plot.right() - fallback.width())));
        fallback.moveTop(std::clamp(fallback.top(), plot.top(),
                                    std::max(plot.top(), plot.bottom() - fallback.height())));
        mark.box = fallback;
    }
    return layout;
}

QString EmotionCurveChart::zeroLineName() const
{
    return m_curves.mode == CurveMode::Benchmark
               ? tr("benchmark (the other vendors)")
               : tr("neutral (%1)").arg(number(m_curves.neutral, 1));
}

double EmotionCurveChart::markRadius(const QRectF &area)
{
    return textSize(area) * 0.45;
}

void EmotionCurveChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    m_layout = layOutPlot(area);
    const Layout &layout = m_layout;
    const QRectF &plot = layout.plot;
    const double width = std::max(1.5, textSize(area) / 6.0);

    // Under the curves: pleasure and pain zones, then the phases.
    if (layout.focus >= 0) {
        const double zeroY = layout.point(0, 0).y();
        QColor pleasure = color(Role::Pleasure);
        pleasure.setAlphaF(0.07);
        QColor pain = color(Role::Pain);
        pain.setAlphaF(0.07);
        painter.fillRect(QRectF(plot.left(), plot.top(), plot.width(), zeroY - plot.top()),
                         pleasure);
        painter.fillRect(QRectF(plot.left(), zeroY, plot.width(), plot.bottom() - zeroY), pain);

        const QFont phaseFont = font(area, 0.8, true);
        painter.setFont(phaseFont);
        for (int band = 0; band < layout.phases.size(); ++band) {
            const QRectF &phaseRect = layout.phases.at(band).rect;
            if (band % 2 == 1)
                painter.fillRect(phaseRect, QColor(0, 0, 0, 12));
            painter.setPen(color(Role::Muted));
            painter.drawText(
                phaseRect.adjusted(4, 2, -4, 0), Qt::AlignHCenter | Qt::AlignTop,
                QFontMetricsF(phaseFont).elidedText(
                    PhaseNames::name(m_curves.subprocesses.at(layout.phases.at(band).first).phase),
                    Qt::ElideRight, phaseRect.width() - 8));
        }
    }

    m_canvas->draw(painter, area.topLeft());
    // The layout keeps what hovering and dragging need; the Qt chart's series and their
    // graphics items are not kept for every chart of a report (200 vendors: 40,000 series).
    m_canvas->clear();
    QList<double> centres;
    for (int s = 0; s < layout.count; ++s)
        centres.append(layout.point(s, 0).x());
    painter.setPen(color(Role::Text));
    layout.labels->draw(painter, centres, plot.bottom());
    layout.legend.draw(painter, layout.legendAt);
    for (int i = 0; i < layout.legend.entryRects().size(); ++i)
        addVendorArea(layout.legend.entryRects().at(i).translated(layout.legendAt),
                      layout.legend.entries().at(i).vendor);
    if (layout.focus < 0)
        return;

    // Over the curves: the zero line, then the focus vendor's marks.
    const double zeroY = layout.point(0, 0).y();
    painter.setPen(QPen(color(Role::Text), std::max(1.0, width * 0.6)));
    painter.drawLine(QPointF(plot.left(), zeroY), QPointF(plot.right(), zeroY));
    painter.setFont(font(area, 0.8));
    painter.setPen(color(Role::Muted));
    painter.fillRect(layout.zeroLabel, QColor(255, 255, 255, 210));
    painter.drawText(layout.zeroLabel, Qt::AlignCenter, zeroLineName());

    painter.setFont(font(area, 0.85, true));
    const double radius = markRadius(area);
    for (const Layout::Mark &mark : layout.marks) {
        const QColor colour = mark.marker.kind == CurveMarker::PleasurePeak ? color(Role::Pleasure)
                              : mark.marker.kind == CurveMarker::PainPeak   ? color(Role::Pain)
                                                                            : color(Role::Text);
        painter.setPen(QPen(Qt::white, radius * 0.35));
        painter.setBrush(colour);
        painter.drawEllipse(mark.point, radius, radius);
        const double near = radius * 2.4;
        if (!mark.box.adjusted(-near, -near, near, near).contains(mark.point)) {
            // Placed away from its mark: a leader line to it.
            painter.setPen(QPen(color(Role::Muted), 1.0));
            painter.drawLine(
                mark.point, QPointF(std::clamp(mark.point.x(), mark.box.left(), mark.box.right()),
                                    std::clamp(mark.point.y(), mark.box.top(), mark.box.bottom())));
        }
        QColor backing = Qt::white;
        backing.setAlphaF(0.85);
        painter.setPen(Qt::NoPen);
        painter.setBrush(backing);
        painter.drawRoundedRect(mark.box, 3, 3);
        painter.setPen(colour == color(Role::Text) ? colour : colour.darker(130));
        painter.drawText(mark.box, Qt::AlignCenter, mark.text);
    }
}

} // namespace Peakend
