#include "memorymodelchart.h"

#include "chartcanvas.h"
#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

MemoryModelChart::MemoryModelChart() : m_canvas(new ChartCanvas) {}

MemoryModelChart::~MemoryModelChart() = default;

void MemoryModelChart::setResult(const MemoryModelResult &result)
{
    m_result = result;
}

QString MemoryModelChart::title() const
{
    return tr("Which memory rule predicts the overall rating");
}

QString MemoryModelChart::emptyReason() const
{
    return m_result.n < 3 || m_result.rules.isEmpty()
               ? tr("Needs overall ratings and subprocess ratings from the same respondents.")
               : QString();
}

QString MemoryModelChart::captionText() const
{
    return tr("Best: %1. Each rule sums up a respondent's own ratings of one vendor (as e) and is "
              "set against the overall rating they gave: R² of the straight-line fit, Spearman's "
              "ρ beside it; n = %2 respondent × vendor pairs.")
        .arg(MemoryModel::ruleName(m_result.best), QLocale().toString(m_result.n));
}

void MemoryModelChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    m_canvas->clear();
    QChart *chart = m_canvas->chart();
    auto *series = new QHorizontalStackedBarSeries;
    auto *best = new QBarSet(QString());
    auto *others = new QBarSet(QString());
    best->setColor(color(Role::Pleasure));
    others->setColor(seriesColor(1));
    best->setBorderColor(Qt::transparent);
    others->setBorderColor(Qt::transparent);
    QStringList names;
    double highest = 0.05;
    for (auto it = m_result.rules.crbegin(); it != m_result.rules.crend(); ++it) {
        const double r2 = std::isnan(it->rSquared) ? 0.0 : it->rSquared;
        *best << (it->rule == m_result.best ? r2 : 0.0);
        *others << (it->rule == m_result.best ? 0.0 : r2);
        names.append(MemoryModel::ruleName(it->rule));
        highest = std::max(highest, r2);
    }
    series->append(best);
    series->append(others);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    QBarCategoryAxis *yAxis = ChartCanvas::categoryAxis(names, area);
    QCategoryAxis *xAxis = ChartCanvas::valueAxis(
        niceTicks(0, highest * 1.15, 5), [](double tick) { return number(tick, 2); },
        tr("R² with the overall rating"), area);
    m_canvas->attach(series, xAxis, yAxis);
    m_canvas->layout(area.size());
    m_canvas->draw(painter, area.topLeft());

    const QFont valueFont = font(area, 0.85);
    const QFontMetricsF metrics(valueFont);
    painter.setFont(valueFont);
    painter.setPen(color(Role::Text));
    const int rows = int(m_result.rules.size());
    for (int i = 0; i < rows; ++i) {
        const MemoryRuleFit &fit = m_result.rules.at(i);
        const QPointF end
            = m_canvas->map(QPointF(std::isnan(fit.rSquared) ? 0 : fit.rSquared, rows - 1 - i),
                            series)
              + area.topLeft();
        const QString text
            = tr("R² %1 · ρ %2").arg(number(fit.rSquared, 3), signedNumber(fit.spearman, 2));
        painter.drawText(QRectF(end.x() + 6, end.y() - metrics.height() / 2,
                                metrics.horizontalAdvance(text) + 4, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        const QRectF plot = m_canvas->plotArea().translated(area.topLeft());
        addHoverArea(
            QRectF(area.left(), plot.top() + i * plot.height() / rows, area.width(),
                   plot.height() / rows),
            MemoryModel::ruleName(fit.rule) + QLatin1Char('\n') + text + QLatin1Char('\n')
                + tr("n = %1 respondent × vendor pairs").arg(QLocale().toString(m_result.n))
                + (fit.rule == m_result.best ? QLatin1Char('\n') + tr("the best fit") : QString()));
    }
}

} // namespace Peakend
