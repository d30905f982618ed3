#include "driverimportancechart.h"

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

DriverImportanceChart::DriverImportanceChart() : m_canvas(new ChartCanvas) {}

DriverImportanceChart::DriverImportanceChart(const DriverImportanceChart &other)
    : Chart(other)
    , m_result(other.m_result)
    , m_subject(other.m_subject)
    , m_method(other.m_method)
    , m_canvas(new ChartCanvas)
{}

DriverImportanceChart::~DriverImportanceChart() = default;

void DriverImportanceChart::setImportance(const ImportanceResult &result, const QString &subject)
{
    m_result = result;
    m_subject = subject;
}

DriverImportanceChart::Method DriverImportanceChart::method() const
{
    return m_method == Method::Shapley && !m_result.hasShapley ? Method::RelativeWeights : m_method;
}

QString DriverImportanceChart::methodName(Method method)
{
    switch (method) {
    case Method::Shapley:
        return tr("Shapley / LMG");
    case Method::RelativeWeights:
        return tr("Johnson's relative weights");
    case Method::Beta:
        return tr("standardised β");
    }
    return QString();
}

QList<DriverImportanceChart::Bar> DriverImportanceChart::bars() const
{
    QList<Bar> bars;
    for (const DriverImportanceRow &row : m_result.drivers) {
        Bar bar;
        bar.name = row.name;
        bar.sign = row.sign;
        switch (method()) {
        case Method::Shapley:
            bar.value = row.shapleyShare;
            bar.low = row.shapleyShareCi.low;
            bar.high = row.shapleyShareCi.high;
            break;
        case Method::RelativeWeights:
            bar.value = row.relativeWeightShare;
            bar.low = row.relativeWeightShareCi.low;
            bar.high = row.relativeWeightShareCi.high;
            break;
        case Method::Beta:
            bar.value = row.beta;
            bar.low = row.betaCi.low;
            bar.high = row.betaCi.high;
            break;
        }
        if (!std::isnan(bar.value))
            bars.append(bar);
    }
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar &a, const Bar &b) { return a.value > b.value; });
    return bars;
}

QString DriverImportanceChart::title() const
{
    return tr("What drives %1: importance of the %2")
        .arg(m_result.outcomeName.isEmpty() ? tr("overall satisfaction") : m_result.outcomeName,
             m_subject);
}

QString DriverImportanceChart::emptyReason() const
{
    if (!m_result.isValid())
        return m_result.error;
    if (m_result.drivers.isEmpty())
        return tr("No survey ratings to derive importance from: import a survey wave with overall "
                  "satisfaction and ratings of the %1.")
            .arg(m_subject);
    return QString();
}

QString DriverImportanceChart::captionText() const
{
    QString text
        = m_result.model == ImportanceResult::Model::Logistic
              ? tr("Yes/no outcome, logistic model. Method: %1. n = %2 respondent × vendor rows, "
                   "R² of the outcome with the predicted probability = %3")
                    .arg(method() == Method::Beta
                             ? tr("standardised logistic β")
                             : tr("relative weights for logistic regression (Tonidandel & "
                                  "LeBreton); no Shapley values for a yes/no outcome"),
                         QLocale().toString(m_result.n), number(m_result.rSquared, 3))
              : tr("Method: %1. n = %2 respondent × vendor rows, R² = %3")
                    .arg(methodName(method()), QLocale().toString(m_result.n),
                         number(m_result.rSquared, 3));
    if (m_result.excluded > 0)
        text += tr(" (%Ln rows with a missing answer left out)", nullptr, m_result.excluded);
    text += tr(". ", "the full stop after the method sentence");
    const bool intervals
        = method() == Method::Shapley ? m_result.shapleyBootstrapped : m_result.resamples > 0;
    if (intervals) {
        text += tr("Whiskers: bootstrap %1 % interval, %2 resamples of whole respondents.")
                    .arg(QLocale().toString(m_result.level * 100, 'f', 0))
                    .arg(QLocale().toString(m_result.resamples));
        if (m_result.bootstrapDraws < m_result.bootstrapUnits)
            text += QLatin1Char(' ')
                    + tr("Each resample drew %1 of the %2 respondents (m-out-of-n, scaled by "
                         "√(m/n)).")
                          .arg(QLocale().toString(m_result.bootstrapDraws),
                               QLocale().toString(m_result.bootstrapUnits));
    } else if (m_result.resamples > 0 && m_result.model == ImportanceResult::Model::Linear)
        text += tr("No whiskers: Shapley intervals are left out for this many drivers (the "
                   "relative weights' intervals are computed).");
    else if (m_intervalsFollow)
        text += tr("The bootstrap intervals are being computed: the whiskers follow.");
    else
        text += tr("No intervals computed.");
    if (method() != Method::Beta)
        text += QLatin1Char(' ')
                + tr("Bars are shares of R² and sum to 100 %; red bars and “−”: "
                     "the rating works against the outcome (negative β).");
    return text;
}

int DriverImportanceChart::rowsFitting(const QRectF &target) const
{
    // Qt's axis leaves out a bar's name where its line and half a line more do not fit; the
    // value axis under the bars takes about three lines (labels, title, padding).
    const QRectF area = frame(target).plot;
    const double line = QFontMetricsF(font(area, 0.9)).height();
    return int(std::floor((area.height() - 3 * line) / (1.5 * line)));
}

QString DriverImportanceChart::toolTipAt(const QPointF &pos) const
{
    const QList<Bar> shown = windowed(bars());
    for (int i = 0; i < m_rows.size() && i < shown.size(); ++i) {
        if (!m_rows.at(i).contains(pos))
            continue;
        const Bar &bar = shown.at(i);
        const bool beta = method() == Method::Beta;
        QString text = bar.name + QLatin1Char('\n')
                       + (beta ? tr("standardised β %1").arg(signedNumber(bar.value, 3))
                               : tr("%1 % of R²").arg(number(bar.value, 1)));
        if (!std::isnan(bar.low) && !std::isnan(bar.high))
            text += QLatin1Char('\n')
                    + tr("%1 % interval %2 to %3")
                          .arg(QLocale().toString(m_result.level * 100, 'f', 0),
                               beta ? signedNumber(bar.low, 3) : number(bar.low, 1),
                               beta ? signedNumber(bar.high, 3) : number(bar.high, 1));
        if (bar.sign < 0 && !beta)
            text += QLatin1Char('\n') + tr("works against the outcome (negative β)");
        return text + QLatin1Char('\n')
               + tr("n = %1 respondent × vendor rows").arg(QLocale().toString(m_result.n));
    }
    return QString();
}

void DriverImportanceChart::renderPlot(QPainter &painter, const QRectF &area) const
{
    m_rows.clear();
    m_canvas->clear();
    QChart *chart = m_canvas->chart();
    const QList<Bar> all = bars();
    const QList<Bar> shown = windowed(all);
    const bool beta = method() == Method::Beta;

    // Largest at the top: a horizontal bar axis lists its first category at the bottom.
    auto *series = new QHorizontalStackedBarSeries;
    auto *positive = new QBarSet(tr("raises the outcome"));
    auto *negative = new QBarSet(tr("lowers the outcome"));
    positive->setColor(seriesColor(4));
    negative->setColor(color(Role::Pain));
    positive->setBorderColor(Qt::transparent);
    negative->setBorderColor(Qt::transparent);
    QStringList names;
    double low = 0.0;
    double high = 0.0;
    for (int i = int(shown.size()) - 1; i >= 0; --i) {
        const Bar &bar = shown.at(i);
        const bool against = bar.sign < 0;
        *positive << (against ? 0.0 : bar.value);
        *negative << (against ? bar.value : 0.0);
        QString name = bar.name;
        while (names.contains(name))
            name += QChar(0x200b);
        names.append(name);
    }
    for (const Bar &bar : all) { // one scale for every page of a long ranking
        low = std::min({low, bar.value, std::isnan(bar.low) ? 0.0 : bar.low});
        high = std::max({high, bar.value, std::isnan(bar.high) ? 0.0 : bar.high});
    }
    series->append(positive);
    series->append(negative);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    QBarCategoryAxis *yAxis = ChartCanvas::categoryAxis(names, area);
    QCategoryAxis *xAxis = ChartCanvas::valueAxis(
        niceTicks(low, high * 1.05, 6),
        [beta](double tick) {
            const int decimals = std::fabs(tick - std::round(tick)) < 1e-9 ? 0 : beta ? 2 : 1;
            return beta ? signedNumber(tick, decimals) : tr("%1 %").arg(number(tick, decimals));
        },
        beta ? tr("standardised β") : tr("% of R²"), area);
    m_canvas->attach(series, xAxis, yAxis);
    m_canvas->layout(area.size());
    m_canvas->draw(painter, area.topLeft());

    // Whiskers and values over the bars.
    const QFont valueFont = font(area, 0.8);
    const QFontMetricsF metrics(valueFont);
    painter.setFont(valueFont);
    const double barHeight = std::abs(m_canvas->map(QPointF(0, 1), series).y()
                                      - m_canvas->map(QPointF(0, 0), series).y());
    for (int i = 0; i < shown.size(); ++i) {
        const Bar &bar = shown.at(i);
        const double row = double(shown.size() - 1 - i);
        const QPointF end = m_canvas->map(QPointF(bar.value, row), series) + area.topLeft();
        const QPointF origin = m_canvas->map(QPointF(0, row), series) + area.topLeft();
        m_rows.append(QRectF(area.left(), end.y() - barHeight / 2, area.width(), barHeight));
        double left = std::min(origin.x(), end.x());
        double right = std::max(origin.x(), end.x());
        if (!std::isnan(bar.low) && !std::isnan(bar.high)) {
            const QPointF from = m_canvas->map(QPointF(bar.low, row), series) + area.topLeft();
            const QPointF to = m_canvas->map(QPointF(bar.high, row), series) + area.topLeft();
            const double cap = barHeight * 0.18;
            painter.setPen(QPen(color(Role::Text), std::max(1.0, textSize(area) / 10.0)));
            painter.drawLine(QPointF(from.x(), end.y()), QPointF(to.x(), end.y()));
            painter.drawLine(QPointF(from.x(), end.y() - cap), QPointF(from.x(), end.y() + cap));
            painter.drawLine(QPointF(to.x(), end.y() - cap), QPointF(to.x(), end.y() + cap));
            left = std::min(left, from.x());
            right = std::max(right, to.x());
        }
        QString value = beta ? signedNumber(bar.value, 2) : tr("%1 %").arg(number(bar.value, 1));
        if (bar.sign < 0 && !beta)
            value = QChar(0x2212) + QLatin1Char(' ') + value;
        painter.setPen(bar.sign < 0 ? color(Role::Pain).darker(130) : color(Role::Text));
        const double width = metrics.horizontalAdvance(value) + 4;
        // Beside the bar's far end: right of a positive bar, left of a negative one.
        const QRectF box = bar.value < 0 ? QRectF(left - 4 - width, end.y() - metrics.height() / 2,
                                                  width, metrics.height())
                                         : QRectF(right + 4, end.y() - metrics.height() / 2, width,
                                                  metrics.height());
        painter.drawText(box,
                         bar.value < 0 ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter,
                         value);
    }
}

} // namespace Peakend
