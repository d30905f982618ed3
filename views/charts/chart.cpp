#include "chart.h"

#include "analysis/descriptive.h"
#include "chartstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Peakend {

Chart::~Chart() = default;

QString Chart::toolTipAt(const QPointF &pos) const
{
    for (auto it = m_hoverAreas.crbegin(); it != m_hoverAreas.crend(); ++it) {
        if (it->first.contains(pos))
            return it->second;
    }
    return QString();
}

QString Chart::shownReason() const
{
    return m_pending.isEmpty() ? emptyReason() : m_pending;
}

QString Chart::caption() const
{
    static const QRegularExpression spaceAfterFullWidth(
        QStringLiteral("(?<=[\\x{3001}\\x{3002}\\x{ff0c}\\x{ff1a}\\x{ff1b}\\x{ff09}]) +"));
    if (!shownReason().isEmpty()) // a chart with nothing to draw has no numbers to explain
        return QString();
    QString text = captionText();
    return text.replace(spaceAfterFullWidth, QString());
}

int Chart::rowsFitting(const QRectF &) const
{
    return std::numeric_limits<int>::max();
}

void Chart::setRowWindow(int first, int count)
{
    m_firstRow = std::max(0, first);
    m_rowWindow = std::max(0, count);
}

int Chart::shownRowCount() const
{
    const int rows = rowCount();
    return m_rowWindow == 0 ? rows : std::clamp(rows - m_firstRow, 0, m_rowWindow);
}

QString Chart::shownTitle() const
{
    if (m_rowWindow == 0)
        return title();
    const QLocale locale;
    return tr("%1 (%2–%3 of %4)")
        .arg(title(), locale.toString(m_firstRow + 1),
             locale.toString(m_firstRow + shownRowCount()), locale.toString(rowCount()));
}

QString Chart::layoutProblem(const QRectF &target) const
{
    if (!shownReason().isEmpty())
        return QString();
    const int rows = shownRowCount();
    const int fitting = rowsFitting(target);
    if (rows <= fitting)
        return QString();
    const QLocale locale;
    return tr("“%1” has %2 rows, and only %3 fit in its space with their names readable.")
        .arg(shownTitle(), locale.toString(rows), locale.toString(std::max(0, fitting)));
}

int Chart::readableHeight(double width, int height) const
{
    for (double h = height; h <= 100000.0; h = std::ceil(h * 1.05)) {
        if (layoutProblem(QRectF(0, 0, width, h)).isEmpty())
            return int(h);
    }
    return 0;
}

void Chart::addHoverArea(const QRectF &area, const QString &text) const
{
    m_hoverAreas.append({area, text});
}

QString Chart::summaryText(const Summary &rating, int decimals)
{
    using ChartStyle::number;
    if (rating.n == 0 || std::isnan(rating.mean))
        return tr("no ratings");
    QString text
        = tr("mean %1 · n = %2").arg(number(rating.mean, decimals), QLocale().toString(rating.n));
    if (!std::isnan(rating.ciLow))
        text += QLatin1Char('\n')
                + tr("95 % CI %1 to %2")
                      .arg(number(rating.ciLow, decimals), number(rating.ciHigh, decimals));
    return text;
}

QString Chart::shareText(const Proportion &share)
{
    using ChartStyle::number;
    if (share.n == 0 || std::isnan(share.share))
        return tr("no answers");
    QString text
        = tr("%1 % · n = %2").arg(number(share.share * 100.0, 1), QLocale().toString(share.n));
    if (!std::isnan(share.ciLow))
        text += QLatin1Char('\n')
                + tr("95 % CI %1 to %2 %")
                      .arg(number(share.ciLow * 100.0, 1), number(share.ciHigh * 100.0, 1));
    return text;
}

qint64 Chart::legendVendorAt(const QPointF &pos) const
{
    for (const auto &[area, vendor] : m_vendorAreas) {
        if (area.contains(pos))
            return vendor;
    }
    return 0;
}

void Chart::addVendorArea(const QRectF &area, qint64 vendor) const
{
    m_vendorAreas.append({area, vendor});
}

Chart::Frame Chart::frame(const QRectF &target) const
{
    using namespace ChartStyle;
    Frame frame;
    const double margin = textSize(target);
    QRectF area = target.adjusted(margin, margin * 0.6, -margin, -margin * 0.6);
    frame.title = QRectF(area.left(), area.top(), area.width(),
                         QFontMetricsF(font(target, 1.45, true)).height());
    area.setTop(frame.title.bottom() + margin * 0.5);
    if (const QString note = caption(); !note.isEmpty()) {
        const QRectF bounds
            = QFontMetricsF(font(target, 0.9))
                  .boundingRect(QRectF(area.left(), 0, area.width(), 1e6),
                                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
        frame.caption
            = QRectF(area.left(), area.bottom() - bounds.height(), area.width(), bounds.height());
        area.setBottom(frame.caption.top() - margin * 0.5);
    }
    frame.plot = area;
    return frame;
}

void Chart::render(QPainter &painter, const QRectF &target) const
{
    using namespace ChartStyle;
    m_hoverAreas.clear();
    m_vendorAreas.clear();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(target, color(Role::Background));

    const Frame parts = frame(target);
    const QFont titleFont = font(target, 1.45, true);
    painter.setFont(titleFont);
    painter.setPen(color(Role::Text));
    painter.drawText(
        parts.title, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(titleFont).elidedText(shownTitle(), Qt::ElideRight, parts.title.width()));
    if (!parts.caption.isEmpty()) {
        painter.setFont(font(target, 0.9));
        painter.setPen(color(Role::Muted));
        QTextOption option(Qt::AlignLeft | Qt::AlignTop);
        option.setWrapMode(QTextOption::WordWrap);
        painter.drawText(parts.caption, caption(), option);
    }

    if (const QString reason = shownReason(); !reason.isEmpty()) {
        painter.setFont(font(target, 1.1));
        painter.setPen(color(Role::Muted));
        QTextOption option(Qt::AlignCenter);
        option.setWrapMode(QTextOption::WordWrap);
        painter.drawText(parts.plot, reason, option);
    } else if (parts.plot.width() > 10 && parts.plot.height() > 10) {
        renderPlot(painter, parts.plot);
    }
    painter.restore();
}

} // namespace Peakend
