#pragma once

#include "cemwizardpage.h"

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Peakend {

class ChartView;
class DraftKpiValuesModel;
class DraftKpisModel;
class KpiChart;

// Step 7: KPIs measured per period, linked to the requirements they track, with a line chart of
// the selected one; the comparison of X, S, W and G with the baseline cycle; and "Start next
// cycle", which copies the factors and makes this cycle the next one's baseline.
class FeedbackPage : public CemWizardPage
{
    Q_OBJECT

public:
    explicit FeedbackPage(CemWizard *wizard);
    ~FeedbackPage() override;

    void load() override;
    DraftKpisModel *kpis() const { return m_kpis; }
    DraftKpiValuesModel *values() const { return m_values; }
    QTableWidget *comparison() const { return m_comparison; }
    void selectKpi(int row);

protected:
    QString problem() const override;

private:
    void updateChart();
    void updateComparison();

    DraftKpisModel *m_kpis;
    DraftKpiValuesModel *m_values;
    QTableView *m_kpiTable;
    QTableView *m_valueTable;
    std::unique_ptr<KpiChart> m_chart;
    ChartView *m_chartView;
    QLabel *m_comparisonTitle;
    QTableWidget *m_comparison;
    QPushButton *m_startNext;
};

} // namespace Peakend
