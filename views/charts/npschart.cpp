#include "npschart.h"

#include "chartcanvas.h"
#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

NpsChart::NpsChart() : m_canvas(new ChartCanvas) {}

NpsChart::~NpsChart() = default;

void NpsChart::setResult(const NpsResult &result, const QString &about)
{
    m_result = result;
    m_about = about;
}

QString NpsChart::title() const
{
    return tr("Net Promoter Score: %1").arg(m_about);
}

QString NpsChart::emptyReason() const
{
    if (!m_result.isValid())
        return m_result.error;
    return m_result.n == 0 ? tr("No likelihood-to-recommend answers (0–10) in this survey wave.")
                           : QString();
}

QString NpsChart::captionText() const
{
    return tr("NPS = %1 % promoters (9–10) − %2 % detractors (0–6); n = %3, %4 % interval "
              "%5 to %6.")
        .arg(number(m_result.promoters * 100, 1), number(m_result.detractors * 100, 1),
             QLocale().toString(m_result.n), QLocale().toString(95),
             signedNumber(m_result.ci.low, 1), signedNumber(m_result.ci.high, 1));
}

void NpsChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    // The score, large, on the left; the distribution on the right.
    const double scoreWidth = std::min(area.width() * 0.3, textSize(area) * 16);
    const QRectF scoreRect(area.left(), area.top(), scoreWidth, area.height());
    painter.setPen(m_result.nps < 0 ? color(Role::Pain).darker(120) : color(Role::Text));
    painter.setFont(font(area, 5.0, true));
    const QFontMetricsF big(painter.font());
    const QRectF numberRect(scoreRect.left(), scoreRect.center().y() - big.height(),
                            scoreRect.width(), big.height());
    painter.drawText(numberRect, Qt::AlignCenter, signedNumber(m_result.nps, 0));
    painter.setFont(font(area, 1.0));
    painter.setPen(color(Role::Muted));
    painter.drawText(QRectF(scoreRect.left(), numberRect.bottom(), scoreRect.width(), big.height()),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     tr("NPS\n95 % CI %1 … %2")
                         .arg(signedNumber(m_result.ci.low, 1), signedNumber(m_result.ci.high, 1)));

    m_canvas->clear();
    QChart *chart = m_canvas->chart();
    auto *series = new QStackedBarSeries;
    auto *detractors = new QBarSet(tr("detractors (0–6)"));
    auto *passives = new QBarSet(tr("passives (7–8)"));
    auto *promoters = new QBarSet(tr("promoters (9–10)"));
    detractors->setColor(color(Role::Pain));
    passives->setColor(color(Role::Faded));
    promoters->setColor(color(Role::Pleasure));
    double total = 0.0;
    for (const double count : m_result.distribution)
        total += count;
    double highest = 0.0;
    QStringList answers;
    for (int answer = 0; answer <= 10; ++answer) {
        const double share = total > 0 ? m_result.distribution[size_t(answer)] / total * 100 : 0;
        highest = std::max(highest, share);
        *detractors << (answer <= 6 ? share : 0.0);
        *passives << (answer >= 7 && answer <= 8 ? share : 0.0);
        *promoters << (answer >= 9 ? share : 0.0);
        answers.append(QLocale().toString(answer));
    }
    for (QBarSet *set : {detractors, passives, promoters}) {
        set->setBorderColor(Qt::transparent);
        series->append(set);
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(answers);
    xAxis->setTitleText(tr("likelihood to recommend"));
    xAxis->setGridLineVisible(false);
    ChartCanvas::styleAxis(xAxis, area);
    QCategoryAxis *yAxis = ChartCanvas::valueAxis(
        niceTicks(0, highest * 1.1, 5), [](double tick) { return tr("%1 %").arg(number(tick, 0)); },
        tr("share of answers"), area);
    m_canvas->attach(series, xAxis, yAxis);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font(area, 0.85));
    chart->legend()->setLabelColor(color(Role::Text));
    const QRectF plotRect(area.left() + scoreWidth, area.top(), area.width() - scoreWidth,
                          area.height());
    m_canvas->layout(plotRect.size());
    m_canvas->draw(painter, plotRect.topLeft());

    addHoverArea(QRectF(scoreRect.left(), numberRect.top(), scoreRect.width(), big.height() * 2),
                 tr("NPS %1 · n = %2\n95 % CI %3 to %4\n%5 % promoters, %6 % passives, %7 % "
                    "detractors")
                     .arg(signedNumber(m_result.nps, 1), QLocale().toString(m_result.n),
                          signedNumber(m_result.ci.low, 1), signedNumber(m_result.ci.high, 1),
                          number(m_result.promoters * 100, 1), number(m_result.passives * 100, 1),
                          number(m_result.detractors * 100, 1)));
    const QRectF plot = m_canvas->plotArea().translated(plotRect.topLeft());
    const double step = plot.width() / 11.0;
    for (int answer = 0; answer <= 10; ++answer) {
        const double count = m_result.distribution[size_t(answer)];
        const QString group = answer <= 6   ? tr("detractor")
                              : answer <= 8 ? tr("passive")
                                            : tr("promoter");
        addHoverArea(QRectF(plot.left() + answer * step, plot.top(), step, plot.height()),
                     tr("Answer %1 (%2)\n%3 % of answers · %4 answers")
                         .arg(QLocale().toString(answer), group,
                              number(total > 0 ? count / total * 100 : 0.0, 1),
                              number(count, count == std::round(count) ? 0 : 1)));
    }
}

} // namespace Peakend
