#include "kpichart.h"

#include "chartcanvas.h"
#include "chartstyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

KpiChart::KpiChart() : m_canvas(new ChartCanvas) {}

KpiChart::~KpiChart() = default;

void KpiChart::setKpi(const Kpi &kpi, const QString &requirement)
{
    m_kpi = kpi;
    m_requirement = requirement;
}

QString KpiChart::title() const
{
    if (m_kpi.name.isEmpty())
        return tr("KPI");
    return m_kpi.unit.isEmpty() ? m_kpi.name : tr("%1 (%2)").arg(m_kpi.name, m_kpi.unit);
}

QString KpiChart::emptyReason() const
{
    if (m_kpi.name.isEmpty())
        return tr("Add a KPI to see its values over time.");
    return m_kpi.values.isEmpty() ? tr("No values for this KPI yet: add a period.") : QString();
}

QString KpiChart::captionText() const
{
    const QString periods = tr("%n period(s).", nullptr, int(m_kpi.values.size()));
    return m_requirement.isEmpty() ? periods : tr("Tracks “%1”. %2").arg(m_requirement, periods);
}

void KpiChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    m_canvas->clear();
    auto *line = new QLineSeries;
    double low = 0.0, high = 0.0;
    for (int i = 0; i < m_kpi.values.size(); ++i) {
        const double value = m_kpi.values.at(i).value;
        line->append(i, value);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    line->setPointsVisible(true);
    line->setPen(QPen(seriesColor(4), textSize(area) * 0.25));
    m_canvas->chart()->addSeries(line);
    QList<double> positions;
    for (int i = 0; i < m_kpi.values.size(); ++i)
        positions.append(i);
    const int last = int(m_kpi.values.size()) - 1;
    QCategoryAxis *xAxis = ChartCanvas::valueAxis(
        positions,
        [this](double tick) {
            const int i = int(std::lround(tick));
            return i >= 0 && i < m_kpi.values.size() ? m_kpi.values.at(i).period : QString();
        },
        tr("period"), area);
    xAxis->setRange(-0.3, std::max(0, last) + 0.3);
    const double pad = std::max(0.05, (high - low) * 0.1);
    QCategoryAxis *yAxis = ChartCanvas::valueAxis(
        niceTicks(low, high + pad, 5),
        [](double tick) { return number(tick, std::fabs(tick - std::round(tick)) < 1e-9 ? 0 : 1); },
        QString(), area); // the title names the unit
    m_canvas->attach(line, xAxis, yAxis);
    m_canvas->layout(area.size());
    m_canvas->draw(painter, area.topLeft());

    // Each value written above its point.
    painter.setFont(font(area, 0.8));
    painter.setPen(color(Role::Text));
    for (int i = 0; i < m_kpi.values.size(); ++i) {
        const QPointF p
            = m_canvas->map(QPointF(i, m_kpi.values.at(i).value), line) + area.topLeft();
        const double h = textSize(area) * 1.4;
        painter.drawText(QRectF(p.x() - h * 3, p.y() - h * 1.2, h * 6, h), Qt::AlignCenter,
                         QLocale().toString(m_kpi.values.at(i).value, 'g', 6));
        QString hover = m_kpi.name + QLatin1Char('\n')
                        + tr("%1: %2 %3")
                              .arg(m_kpi.values.at(i).period,
                                   QLocale().toString(m_kpi.values.at(i).value, 'g', 6), m_kpi.unit)
                              .trimmed();
        if (i > 0)
            hover += QLatin1Char('\n')
                     + tr("%1 since %2")
                           .arg(signedNumber(
                                    m_kpi.values.at(i).value - m_kpi.values.at(i - 1).value, 2),
                                m_kpi.values.at(i - 1).period);
        addHoverArea(QRectF(p.x() - h, p.y() - h * 1.2, h * 2, h * 2.2), hover);
    }
}

} // namespace Peakend
