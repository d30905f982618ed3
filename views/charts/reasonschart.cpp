#include "reasonschart.h"

#include "chartcanvas.h"
#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Peakend {

using namespace ChartStyle;

ReasonsChart::ReasonsChart() : m_canvas(new ChartCanvas) {}

ReasonsChart::~ReasonsChart() = default;

void ReasonsChart::setReasons(const ReasonShares &reasons, const ImportanceResult &importance,
                              const QString &about)
{
    m_reasons = reasons;
    m_importance = importance;
    m_about = about;
}

double ReasonsChart::importanceShare(const QString &factor) const
{
    for (const DriverImportanceRow &row : m_importance.drivers) {
        if (row.name == factor)
            return m_importance.hasShapley ? row.shapleyShare : row.relativeWeightShare;
    }
    return qQNaN();
}

QString ReasonsChart::title() const
{
    return tr("Reasons to like and to dislike: %1").arg(m_about);
}

QString ReasonsChart::emptyReason() const
{
    for (const ReasonShare &share : m_reasons.factors) {
        if (share.like.share > 0 || share.dislike.share > 0)
            return QString();
    }
    return tr("No like or dislike reasons in this survey wave.");
}

QString ReasonsChart::captionText() const
{
    return tr("Share of %1 respondent × vendor evaluations naming each factor (several reasons "
              "allowed, so shares can add up past 100 %); whiskers: Wilson 95 % interval. "
              "Right of each row: the factor's derived importance, % of R².")
        .arg(QLocale().toString(m_reasons.n));
}

void ReasonsChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    m_canvas->clear();
    QChart *chart = m_canvas->chart();
    auto *series = new QHorizontalStackedBarSeries;
    auto *likes = new QBarSet(tr("reason to like"));
    auto *dislikes = new QBarSet(tr("reason to dislike"));
    likes->setColor(color(Role::Pleasure));
    dislikes->setColor(color(Role::Pain));
    likes->setBorderColor(Qt::transparent);
    dislikes->setBorderColor(Qt::transparent);
    QStringList names;
    double widest = 0.1;
    // First factor at the top.
    for (auto it = m_reasons.factors.crbegin(); it != m_reasons.factors.crend(); ++it) {
        *likes << it->like.share * 100;
        *dislikes << -it->dislike.share * 100;
        names.append(it->factor.name);
        widest = std::max({widest, it->like.ciHigh * 100, it->dislike.ciHigh * 100});
    }
    series->append(likes);
    series->append(dislikes);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    QBarCategoryAxis *yAxis = ChartCanvas::categoryAxis(names, area);
    QList<double> ticks = niceTicks(-widest, widest, 6);
    const double edge = ticks.isEmpty() ? 1.0 : std::max(-ticks.first(), ticks.last());
    ticks = niceTicks(-edge, edge, 6);
    QCategoryAxis *xAxis = ChartCanvas::valueAxis(
        ticks,
        [](double tick) {
            // Both sides read as shares; the axis keys labels by text, so the like side's
            // carry an invisible mark.
            const QString label = tr("%1 %").arg(number(std::fabs(tick), 0));
            return tick > 0 ? label + QChar(0x200b) : label;
        },
        tr("← dislike · share of evaluations · like →"), area);
    m_canvas->attach(series, xAxis, yAxis);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font(area, 0.85));
    const QFont valueFont = font(area, 0.8);
    const QFontMetricsF metrics(valueFont);
    const double importanceWidth = metrics.horizontalAdvance(tr("importance")) + 16;
    m_canvas->layout(QSizeF(area.width() - importanceWidth, area.height()));
    m_canvas->draw(painter, area.topLeft());

    painter.setFont(valueFont);
    const QRectF plot = m_canvas->plotArea().translated(area.topLeft());
    painter.setPen(color(Role::Muted));
    painter.drawText(QRectF(plot.right() + 8, plot.top() - metrics.height() * 1.2, importanceWidth,
                            metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("importance"));
    const int rows = int(m_reasons.factors.size());
    for (int i = 0; i < rows; ++i) {
        const ReasonShare &share = m_reasons.factors.at(i);
        const double row = rows - 1 - i;
        const auto at = [&](double x) {
            return m_canvas->map(QPointF(x, row), series) + area.topLeft();
        };
        painter.setPen(QPen(color(Role::Text), 1.2));
        for (const double sign : {1.0, -1.0}) {
            const Proportion &p = sign > 0 ? share.like : share.dislike;
            if (std::isnan(p.ciLow))
                continue;
            const QPointF from = at(sign * p.ciLow * 100);
            const QPointF to = at(sign * p.ciHigh * 100);
            painter.drawLine(from, to);
            painter.drawLine(from + QPointF(0, -3), from + QPointF(0, 3));
            painter.drawLine(to + QPointF(0, -3), to + QPointF(0, 3));
        }
        const QPointF likeEnd = at(std::max(share.like.share, share.like.ciHigh) * 100);
        const QPointF dislikeEnd = at(-std::max(share.dislike.share, share.dislike.ciHigh) * 100);
        const QString like = tr("%1 %").arg(number(share.like.share * 100, 1));
        const QString dislike = tr("%1 %").arg(number(share.dislike.share * 100, 1));
        painter.drawText(QRectF(likeEnd.x() + 4, likeEnd.y() - metrics.height() / 2,
                                metrics.horizontalAdvance(like) + 4, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, like);
        const double width = metrics.horizontalAdvance(dislike) + 4;
        painter.drawText(QRectF(dislikeEnd.x() - 4 - width, dislikeEnd.y() - metrics.height() / 2,
                                width, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, dislike);
        const double importance = importanceShare(share.factor.name);
        QString hover = share.factor.name + QLatin1Char('\n')
                        + tr("reason to like: %1").arg(shareText(share.like)) + QLatin1Char('\n')
                        + tr("reason to dislike: %1").arg(shareText(share.dislike));
        if (!std::isnan(importance))
            hover += QLatin1Char('\n') + tr("importance %1 % of R²").arg(number(importance, 1));
        addHoverArea(QRectF(area.left(), plot.top() + i * plot.height() / rows, area.width(),
                            plot.height() / rows),
                     hover);
        painter.setPen(color(Role::Muted));
        painter.drawText(QRectF(plot.right() + 8, likeEnd.y() - metrics.height() / 2,
                                importanceWidth, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         std::isnan(importance) ? QStringLiteral("–")
                                                : tr("%1 %").arg(number(importance, 1)));
    }
}

} // namespace Peakend
