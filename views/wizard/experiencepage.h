#pragma once

#include "analysis/cemsteps.h"
#include "cemwizardpage.h"

class QComboBox;
class QGroupBox;
class QTableView;
class QTableWidget;

namespace Peakend {

class ChartView;
class DraftFactorsModel;
class GapChart;

// Step 2: per factor experience X, expectation E and importance I, typed in from a workshop or
// filled from a survey wave (X and E from the factor ratings of one vendor; I stated by the
// respondents or derived from the ratings — both shown, the user picks). Satisfaction
// S = X − E and the gap chart beside the table follow every change.
class ExperiencePage : public CemWizardPage
{
    Q_OBJECT

public:
    explicit ExperiencePage(CemWizard *wizard);
    ~ExperiencePage() override;

    void load() override;
    DraftFactorsModel *model() const { return m_model; }
    // Fills X, E and I from the chosen wave and vendor (what "Use these values" does).
    void fillFromSurvey();

protected:
    QString problem() const override;

private:
    void updateChart();
    void updateSurveyPreview();

    DraftFactorsModel *m_model;
    QTableView *m_table;
    std::unique_ptr<GapChart> m_chart;
    ChartView *m_chartView;
    QGroupBox *m_surveyBox;
    QComboBox *m_wave;
    QComboBox *m_vendor;
    QComboBox *m_importance;
    QTableWidget *m_preview;
    CemFromSurvey::Result m_fromSurvey;
};

} // namespace Peakend
