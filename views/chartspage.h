#pragma once

#include "assembly/waveassembly.h"
#include "charts/chartbook.h"
#include "document/change.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;

namespace Peakend {

class BootstrapStatus;
class Chart;
class ChartView;
class EmotionCurveChart;
class FindingsPage;
class ProjectDocument;

// The chart pages of the main window under one filter bar (survey wave, segment, highlighted
// vendor, confidence band, importance method). It runs the analysis when the project or a
// filter changes and hands the plain results to the charts; highlighting and the band only
// repaint. Other pages (the overview) can sit in front of the charts.
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    using Page = ChartBook::Page;

    explicit ChartsPage(QWidget *parent = nullptr);
    ~ChartsPage() override;

    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return m_document; }
    // Puts a page that is not a chart (the overview) after the findings, before the charts.
    void setFrontPage(QWidget *page, const QString &title);
    FindingsPage *findingsPage() const { return m_findings; }
    void setFrontPageTitle(const QString &title);

    void showChart(Page page);
    const Chart *chart(Page page) const { return m_book.chart(page); }
    void showFindings();
    // The next (1) or previous (−1) tab, round the end: findings, project, charts.
    void showNextPage(int step);
    // The current tab's chart, or nullptr on the findings or the front page.
    const Chart *currentChart() const;
    // Puts the current chart on the clipboard as an image of its size on screen, at the
    // screen's pixel density; returns it, or nullptr on the front page.
    const Chart *copyCurrentChart() const;

    // The filters, for the window's actions and for tests.
    void setSurvey(qint64 surveyId);
    void setSegment(const QString &attribute, const QString &value); // empty: everyone
    // A saved segment or an attribute = value pick, by its definition; empty: everyone.
    void selectSegment(const QString &definition);
    void setHighlightedVendor(qint64 vendorId); // 0: none
    void highlightNextVendor(int step);
    // Vendors whose emotion curves are not drawn.
    void setHiddenVendors(const QSet<qint64> &vendorIds);

    const ProjectAnalysis &analysis() const { return m_assembly.analysis; }
    const WaveAssembly &assembly() const { return m_assembly; }
    // A wave of at least this many respondent × vendor × subprocess cells is analysed in two
    // steps: the curves at once, the rest on a worker thread, its charts saying "Computing…"
    // meanwhile (tests lower it to see both steps on a demo).
    // On such a wave the drivers' estimates come next and their bootstrap intervals last, with
    // their progress and a Stop button above the charts.
    void setBackgroundFrom(qsizetype cells) { m_backgroundFrom = cells; }
    bool isAnalysing() const { return m_computed != allAnalysisParts || m_intervalsPending; }
    // Bootstrap resamples for the whiskers (200: a filter change well under a second on the
    // B2B demo; the report and the command line use the full 1,000).
    void setBootstrapResamples(int resamples) { m_resamples = resamples; }
    // What the filters ask the charts to show (highlight, hidden vendors, dragging), for
    // another ChartBook that mirrors these charts (presentation mode).
    ChartBook::View view() const;

    // Workshop mode: on the workshop wave a point of an emotion curve is dragged up or down and
    // the score follows (one undo step per change). chart is the curve drawn where the pointer
    // is, in its render() coordinates: this page's or a mirror's. Returns whether a point was
    // taken.
    bool beginCurveDrag(const EmotionCurveChart &chart, const QPointF &position);
    void dragCurve(const EmotionCurveChart &chart, const QPointF &position);
    void endCurveDrag();
    // While a point is dragged: "Meisu Electronics · Pay: 4.6"; empty otherwise.
    QString dragReadout() const;
    // "n = 312 respondents, segment tier = A", for the status bar.
    QString sampleText() const;
    // "B2B purchasing …: n = 757 respondents, …", written under exported charts.
    QString sourceText() const;

signals:
    void sampleChanged(const QString &text);
    void currentChartChanged(const Chart *chart); // nullptr on the front page
    void chartsUpdated();                         // the charts have new data or a new look

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void projectChanged(const ProjectChange &change);
    void reloadFilters();
    void analyse();
    void analyseInSteps(ProjectAnalysisOptions options);
    // A worker's result for request generation (nullopt: a bootstrap stopped, the estimates
    // stay); intervalsFollow: a bootstrap is still running for it.
    void applyBackground(quint64 generation, std::optional<WaveAssembly> result,
                         bool intervalsFollow);
    void stopBootstrap();
    void updateCharts();
    void updateFindings();
    void repaintCharts();
    ChartView *viewAt(int tab) const; // nullptr where the tab shows no chart
    void rebuildVendorMenu();
    void updateVendorButton();
    bool isWorkshopWave() const;

    QPointer<ProjectDocument> m_document;
    WaveAssembly m_assembly;
    SurveyData m_data; // the wave's answers, analysed again when a filter changes
    QComboBox *m_survey;
    QComboBox *m_segment;
    QComboBox *m_highlight;
    QComboBox *m_method;
    QComboBox *m_outcome; // data: Outcome::key()
    QComboBox *m_compare; // data: a segment definition; none at index 0
    QCheckBox *m_band;
    QToolButton *m_vendors; // which vendors' curves are drawn
    QSet<qint64> m_hidden;
    QLabel *m_surveyLabel;
    QLabel *m_segmentLabel;
    QLabel *m_highlightLabel;
    QLabel *m_methodLabel;
    QLabel *m_outcomeLabel;
    QLabel *m_compareLabel;
    QBoxLayout *m_filters; // the data group and the display group, in one row or two
    QLabel *m_problems;
    BootstrapStatus *m_intervals;
    QTabWidget *m_tabs;
    int m_dragVendor = -1; // index into the curves' vendors while a point is dragged
    int m_dragSubprocess = -1;
    FindingsPage *m_findings;
    QWidget *m_frontPage = nullptr;
    ChartBook m_book;
    bool m_loading = false;
    qsizetype m_backgroundFrom = 250000;         // cells: the B2B demo has 35,000
    AnalysisParts m_computed = allAnalysisParts; // what m_assembly holds
    quint64 m_generation = 0; // a background result for an older request is dropped
    int m_resamples = 200;
    bool m_intervalsPending = false;
    std::shared_ptr<BootstrapProgress> m_bootstrap; // the one running, to stop it
};

} // namespace Peakend
