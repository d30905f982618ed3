#pragma once

#include "analysis/projectanalysis.h"
#include "change.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;

namespace Peakend {

class Chart;
class DriverImportanceChart;
class EmotionCurveChart;
class GapChart;
class IpaChart;
class NpsChart;
class ProjectDocument;
class WinMatrixChart;

// The chart pages of the main window under one filter bar (survey wave, segment, highlighted
// vendor, confidence band, importance method). It runs the analysis when the project or a
// filter changes and hands the plain results to the charts; highlighting and the band only
// repaint. Other pages (the overview) can sit in front of the charts.
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    enum Page { EmotionCurves, Wins, JourneyDrivers, FactorDrivers, Ipa, Gaps, Nps };
    static constexpr int pageCount = 7;

    explicit ChartsPage(QWidget *parent = nullptr);
    ~ChartsPage() override;

    void setDocument(ProjectDocument *document);
    // Puts a page that is not a chart (the overview) in front of the charts.
    void setFrontPage(QWidget *page, const QString &title);
    void setFrontPageTitle(const QString &title);

    void showChart(Page page);
    static QString pageName(Page page);
    const Chart *chart(Page page) const;
    // The current tab's chart, or nullptr on the front page.
    const Chart *currentChart() const;

    // The filters, for the window's actions and for tests.
    void setSurvey(qint64 surveyId);
    void setSegment(const QString &attribute, const QString &value); // empty: everyone
    void setHighlightedVendor(qint64 vendorId);                      // 0: none
    void highlightNextVendor(int step);

    const ProjectAnalysis &analysis() const { return m_analysis; }
    // "n = 312 respondents, segment tier = A", for the status bar.
    QString sampleText() const;

signals:
    void sampleChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void projectChanged(const ProjectChange &change);
    void reloadFilters();
    void analyse();
    void updateCharts();
    void repaintCharts();

    QPointer<ProjectDocument> m_document;
    ProjectAnalysis m_analysis;
    QComboBox *m_survey;
    QComboBox *m_segment;
    QComboBox *m_highlight;
    QComboBox *m_method;
    QCheckBox *m_band;
    QLabel *m_surveyLabel;
    QLabel *m_segmentLabel;
    QLabel *m_highlightLabel;
    QLabel *m_methodLabel;
    QTabWidget *m_tabs;
    QWidget *m_frontPage = nullptr;
    std::unique_ptr<EmotionCurveChart> m_curves;
    std::unique_ptr<WinMatrixChart> m_wins;
    std::unique_ptr<DriverImportanceChart> m_journeyDrivers;
    std::unique_ptr<DriverImportanceChart> m_factorDrivers;
    std::unique_ptr<IpaChart> m_ipa;
    std::unique_ptr<GapChart> m_gaps;
    std::unique_ptr<NpsChart> m_nps;
    bool m_loading = false;
};

} // namespace Peakend
