#pragma once

#include "cemwizardpage.h"

#include <memory>

class QPlainTextEdit;
class QTableView;

namespace Peakend {

class ChartView;
class DraftRequirementsModel;
class ImpactFeasibilityChart;

// Step 6: the strategy the cycle follows; per requirement its strategic fit and the readiness
// of people, process and technology (1–5), feasibility as their mean, the impact × feasibility
// matrix, and the decision: do, later or drop.
class AlignmentPage : public CemWizardPage
{
    Q_OBJECT

public:
    explicit AlignmentPage(CemWizard *wizard);
    ~AlignmentPage() override;

    void load() override;
    DraftRequirementsModel *model() const { return m_model; }

protected:
    QString problem() const override;

private:
    void updateChart();

    QPlainTextEdit *m_strategy;
    DraftRequirementsModel *m_model;
    QTableView *m_table;
    std::unique_ptr<ImpactFeasibilityChart> m_chart;
    ChartView *m_chartView;
};

} // namespace Peakend
