#include "gapchart.h"

#include "chartstyle.h"
#include "itemmodels/draftfactorsmodel.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

void GapChart::setSteps(const CemSteps &steps, const Scale &scale, const QString &cycleName)
{
    m_steps = steps;
    m_scale = scale;
    m_cycleName = cycleName;
}

QString GapChart::columnName(Column column)
{
    switch (column) {
    case Experience:
        return tr("2a Experience X");
    case Expectation:
        return tr("2b Expectation E");
    case Satisfaction:
        return tr("2c Satisfaction S = X − E");
    case Importance:
        return tr("2d Importance I");
    case Weighted:
        return tr("3 Weighted W = I × S");
    case Ideal:
        return tr("4a Ideal D");
    case Gap:
        return tr("4b Gap G = X − D");
    }
    return QString();
}

double GapChart::value(int factor, Column column) const
{
    const CemFactorRow &row = m_steps.factors.at(factor);
    switch (column) {
    case Experience:
        return row.experience;
    case Expectation:
        return row.expectation;
    case Satisfaction:
        return row.satisfaction;
    case Importance:
        return row.importance;
    case Weighted:
        return row.weighted;
    case Ideal:
        return row.ideal;
    case Gap:
        return row.gap;
    }
    return qQNaN();
}

QStringList GapChart::keyExperiences() const
{
    QStringList names;
    for (const int index : m_steps.keyExperiences)
        names.append(m_steps.factors.at(index).factor.name);
    return names;
}

QString GapChart::title() const
{
    return m_cycleName.isEmpty() ? tr("Experience, expectation and gaps")
                                 : tr("Experience, expectation and gaps: %1").arg(m_cycleName);
}

QString GapChart::emptyReason() const
{
    return m_steps.factors.isEmpty() ? tr("No CEM cycle with factor entries yet: run the seven "
                                          "steps (or fill step 2 from a survey) to see the gaps.")
                                     : QString();
}

QString GapChart::captionText() const
{
    const QStringList keys = keyExperiences();
    if (keys.isEmpty())
        return tr("No key experience: no factor has a negative weighted satisfaction.");
    const CemFactorRow &key = m_steps.factors.at(m_steps.keyExperiences.first());
    return tr("Key experience: %1 (importance %2 × satisfaction %3 = %4), gap to ideal %5. "
              "Scale %6–%7.")
        .arg(key.factor.name, DraftFactorsModel::number(key.importance),
             DraftFactorsModel::number(key.satisfaction), DraftFactorsModel::number(key.weighted),
             DraftFactorsModel::number(key.gap), number(m_scale.min, 0), number(m_scale.max, 0));
}

void GapChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    const int rows = int(m_steps.factors.size());
    const QFont text = font(area, 0.9);
    const QFont bold = font(area, 0.9, true);
    const QFont header = font(area, 0.8, true);
    const QFontMetricsF metrics(text);

    double nameWidth = 0.0;
    for (const CemFactorRow &row : m_steps.factors)
        nameWidth = std::max(nameWidth, QFontMetricsF(bold).horizontalAdvance(row.factor.name));
    nameWidth = std::min(nameWidth + metrics.height(), area.width() * 0.22);
    const double columnWidth = (area.width() - nameWidth) / columnCount;

    // Header: wrapped column names.
    double headerHeight = 0.0;
    painter.setFont(header);
    for (int c = 0; c < columnCount; ++c) {
        const QRectF bounds
            = painter.boundingRect(QRectF(0, 0, columnWidth - 8, 1e6),
                                   Qt::AlignCenter | Qt::TextWordWrap, columnName(Column(c)));
        headerHeight = std::max(headerHeight, bounds.height());
    }
    headerHeight += metrics.height() * 0.4;
    const double rowHeight
        = std::min((area.height() - headerHeight) / std::max(1, rows), metrics.height() * 4.5);

    // The diverging columns share one range so that their bars compare.
    double spread = 1.0;
    for (int f = 0; f < rows; ++f) {
        for (const Column c : {Satisfaction, Gap})
            spread = std::max(spread, std::fabs(value(f, c)));
    }
    double weightedSpread = 1.0;
    for (int f = 0; f < rows; ++f)
        weightedSpread = std::max(weightedSpread, std::fabs(value(f, Weighted)));

    // Each value is written beside its bar; the bars give way to the widest value.
    const auto label = [](double v, bool diverging) {
        const int decimals = v == std::round(v) ? 0 : 1;
        return diverging ? signedNumber(v, decimals) : number(v, decimals);
    };
    double labelWidth = 0.0;
    for (int f = 0; f < rows; ++f) {
        for (int c = 0; c < columnCount; ++c) {
            const double v = value(f, Column(c));
            if (!std::isnan(v)) {
                const bool diverging = c == Satisfaction || c == Weighted || c == Gap;
                labelWidth = std::max(labelWidth,
                                      QFontMetricsF(bold).horizontalAdvance(label(v, diverging)));
            }
        }
    }
    const double barRoom
        = std::max((columnWidth - 12) * 0.3,
                   std::min((columnWidth - 12) * 0.62, columnWidth - 12 - labelWidth - 6));

    painter.setPen(color(Role::Muted));
    for (int c = 0; c < columnCount; ++c) {
        const QRectF cell(area.left() + nameWidth + c * columnWidth + 4, area.top(),
                          columnWidth - 8, headerHeight);
        painter.drawText(cell, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                         columnName(Column(c)));
    }

    const double top = area.top() + headerHeight;
    const double keyIndex = m_steps.keyExperiences.isEmpty() ? -1 : m_steps.keyExperiences.first();
    for (int f = 0; f < rows; ++f) {
        const CemFactorRow &row = m_steps.factors.at(f);
        const QRectF line(area.left(), top + f * rowHeight, area.width(), rowHeight);
        const bool key = m_steps.keyExperiences.contains(f);
        if (key) {
            QColor band = color(Role::Pain);
            band.setAlphaF(f == keyIndex ? 0.14 : 0.07);
            painter.fillRect(line, band);
        } else if (f % 2 == 1) {
            painter.fillRect(line, QColor(0, 0, 0, 8));
        }
        painter.setFont(key ? bold : text);
        painter.setPen(color(Role::Text));
        QString name = row.factor.name;
        painter.drawText(
            QRectF(line.left() + 4, line.top(), nameWidth - 8, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(painter.font()).elidedText(name, Qt::ElideRight, nameWidth - 8));

        for (int c = 0; c < columnCount; ++c) {
            const Column column = Column(c);
            const double v = value(f, column);
            const QRectF cell(line.left() + nameWidth + c * columnWidth + 6,
                              line.top() + rowHeight * 0.2, columnWidth - 12, rowHeight * 0.6);
            addHoverArea(QRectF(line.left() + nameWidth + c * columnWidth, line.top(), columnWidth,
                                rowHeight),
                         row.factor.name + QLatin1Char('\n')
                             + tr("%1: %2").arg(columnName(column).simplified(),
                                                std::isnan(v) ? tr("no value") : number(v, 2)));
            if (std::isnan(v)) {
                painter.setPen(color(Role::Faded));
                painter.setFont(text);
                painter.drawText(cell, Qt::AlignCenter, QStringLiteral("–"));
                continue;
            }
            const bool diverging = column == Satisfaction || column == Weighted || column == Gap;
            QRectF bar;
            QColor fill;
            if (diverging) {
                const double range = column == Weighted ? weightedSpread : spread;
                const double mid = cell.left() + barRoom / 2;
                const double length = v / range * barRoom / 2;
                bar = QRectF(std::min(mid, mid + length), cell.top(), std::fabs(length),
                             cell.height());
                fill = v < 0 ? color(Role::Pain) : color(Role::Pleasure);
                painter.setPen(QPen(color(Role::Axis), 1));
                painter.drawLine(QPointF(mid, cell.top() - 2), QPointF(mid, cell.bottom() + 2));
            } else {
                const double share
                    = std::clamp((v - m_scale.min) / (m_scale.max - m_scale.min), 0.0, 1.0);
                bar = QRectF(cell.left(), cell.top(), barRoom * share, cell.height());
                fill = column == Importance ? seriesColor(4) : seriesColor(1);
            }
            if (key && column == Weighted && f == keyIndex)
                fill = color(Role::Pain).darker(115);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRect(bar);
            painter.setFont(key && (column == Weighted || column == Gap) ? bold : text);
            painter.setPen(color(Role::Text));
            painter.drawText(QRectF(cell.left() + barRoom + 4, cell.top(),
                                    cell.width() - barRoom - 4, cell.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, label(v, diverging));
        }
    }
}

} // namespace Peakend
