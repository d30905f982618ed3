#pragma once

#include "analysis/driverimportance.h"
#include "chart.h"

#include <memory>

namespace Peakend {

class ChartCanvas;

// Derived importance (DESIGN.md §2.3): one bar per driver, largest first, as % of R² (LMG or
// Johnson's relative weights) or as the standardised beta, with bootstrap 95 % whiskers; bars
// of drivers whose beta is negative are drawn in the pain colour and marked "−".
class DriverImportanceChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(DriverImportanceChart)

public:
    enum class Method { Shapley, RelativeWeights, Beta };

    DriverImportanceChart();
    // A copy (a report's page of a long ranking) draws on a canvas of its own.
    DriverImportanceChart(const DriverImportanceChart &other);
    DriverImportanceChart &operator=(const DriverImportanceChart &) = delete;
    ~DriverImportanceChart() override;

    // subject names the drivers ("subprocesses", "factors") in the title.
    void setImportance(const ImportanceResult &result, const QString &subject);
    void setMethod(Method method) { m_method = method; }
    // The estimates are shown while their bootstrap runs: the caption says the whiskers follow.
    void setIntervalsFollow(bool follow) { m_intervalsFollow = follow; }
    // The method drawn: Shapley falls back to relative weights when LMG was not computed.
    Method method() const;
    static QString methodName(Method method);

    struct Bar
    {
        QString name;
        double value = 0.0; // % of R², or beta
        double low = qQNaN();
        double high = qQNaN();
        int sign = 0;
    };
    // The bars in drawing order, largest first.
    QList<Bar> bars() const;

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;
    QString toolTipAt(const QPointF &pos) const override;
    int rowCount() const override { return int(bars().size()); }
    int rowsFitting(const QRectF &target) const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    ImportanceResult m_result;
    QString m_subject;
    Method m_method = Method::Shapley;
    bool m_intervalsFollow = false;
    std::unique_ptr<ChartCanvas> m_canvas;
    mutable QList<QRectF> m_rows; // the last render's band of each bar drawn, top first
};

} // namespace Peakend
