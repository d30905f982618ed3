#include "chartspage.h"

#include "analysis/segmentdefinition.h"
#include "assembly/waveassembler.h"
#include "bootstrapstatus.h"
#include "charts/chartscrollarea.h"
#include "charts/chartview.h"
#include "charts/driverimportancechart.h"
#include "charts/emotioncurvechart.h"
#include "commands/setworkshoprating.h"
#include "document/projectdocument.h"
#include "export/chartexport.h"
#include "findings/findingspage.h"
#include "report/numberformat.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QSet>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Peakend {

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent)
    , m_survey(new QComboBox)
    , m_segment(new QComboBox)
    , m_highlight(new QComboBox)
    , m_method(new QComboBox)
    , m_outcome(new QComboBox)
    , m_compare(new QComboBox)
    , m_band(new QCheckBox)
    , m_vendors(new QToolButton)
    , m_surveyLabel(new QLabel)
    , m_segmentLabel(new QLabel)
    , m_highlightLabel(new QLabel)
    , m_methodLabel(new QLabel)
    , m_outcomeLabel(new QLabel)
    , m_compareLabel(new QLabel)
    , m_problems(new QLabel)
    , m_intervals(new BootstrapStatus)
    , m_tabs(new QTabWidget)
    , m_findings(new FindingsPage)
{
    // What could not be read of the wave (another program changed the file), said where the
    // charts are, for as long as that wave is shown.
    m_problems->setObjectName(QStringLiteral("waveProblems"));
    m_problems->setWordWrap(true);
    m_problems->setFrameShape(QFrame::StyledPanel);
    m_problems->setMargin(6);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_survey->setObjectName(QStringLiteral("waveFilter"));
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_highlight->setObjectName(QStringLiteral("highlightFilter"));
    m_method->setObjectName(QStringLiteral("importanceMethod"));
    m_outcome->setObjectName(QStringLiteral("importanceOutcome"));
    m_compare->setObjectName(QStringLiteral("compareSegment"));
    // Two groups: what is analysed (wave, segments), then how it is shown. Side by side where
    // the window is wide enough, one above the other where it is not.
    auto *data = new QHBoxLayout;
    auto *display = new QHBoxLayout;
    const QList<QPair<QLabel *, QComboBox *>> pairs{
        {m_surveyLabel, m_survey},       {m_segmentLabel, m_segment}, {m_compareLabel, m_compare},
        {m_highlightLabel, m_highlight}, {m_outcomeLabel, m_outcome}, {m_methodLabel, m_method}};
    for (const auto &[label, combo] : pairs) {
        QHBoxLayout *group
            = combo == m_survey || combo == m_segment || combo == m_compare ? data : display;
        label->setBuddy(combo);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(10);
        group->addWidget(label);
        group->addWidget(combo);
        group->addSpacing(8);
    }
    m_vendors->setPopupMode(QToolButton::InstantPopup);
    m_vendors->setMenu(new QMenu(m_vendors));
    m_vendors->menu()->installEventFilter(this); // stays open while vendors are ticked
    display->addWidget(m_vendors);
    display->addSpacing(8);
    display->addWidget(m_band);
    data->addStretch();
    display->addStretch();
    auto *filterBar = new QWidget;
    m_filters = new QBoxLayout(QBoxLayout::LeftToRight, filterBar);
    m_filters->setContentsMargins(0, 0, 0, 0);
    m_filters->addLayout(data);
    m_filters->addLayout(display);
    // The bar never sets the window's minimum width: resizeEvent() stacks its groups instead.
    filterBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_method->addItem(QString(), int(DriverImportanceChart::Method::Shapley));
    m_method->addItem(QString(), int(DriverImportanceChart::Method::RelativeWeights));
    m_method->addItem(QString(), int(DriverImportanceChart::Method::Beta));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(filterBar);
    layout->addWidget(m_problems);
    layout->addWidget(m_intervals);
    layout->addWidget(m_tabs, 1);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_findings, QString());
    connect(m_findings, &FindingsPage::chartRequested, this, [this](const QString &key) {
        if (const std::optional<Page> page = ChartBook::fromKey(key))
            showChart(*page);
    });
    QList<ChartView *> views;
    for (int page = 0; page < ChartBook::pageCount; ++page) {
        views.append(new ChartView(chart(Page(page))));
        m_tabs->addTab(new ChartScrollArea(views.constLast()), QString());
    }
    // A click on a vendor's legend entry highlights it; a second click lets go.
    for (ChartView *view : std::as_const(views)) {
        connect(view, &ChartView::legendClicked, this, [this](qint64 vendor) {
            setHighlightedVendor(m_highlight->currentData().toLongLong() == vendor ? 0 : vendor);
        });
    }
    // Workshop mode: on the workshop wave, points of the emotion curve are dragged up or down.
    ChartView *curveView = views.at(ChartBook::EmotionCurves);
    const auto *curves = m_book.chartAs<EmotionCurveChart>(ChartBook::EmotionCurves);
    connect(curveView, &ChartView::pressed, this, [this, curves, curveView](const QPointF &at) {
        if (beginCurveDrag(*curves, at))
            curveView->setCursor(Qt::SizeVerCursor);
    });
    connect(curveView, &ChartView::dragged, this,
            [this, curves](const QPointF &at) { dragCurve(*curves, at); });
    connect(curveView, &ChartView::released, this, [this, curveView] {
        endCurveDrag();
        curveView->unsetCursor();
    });

    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { emit currentChartChanged(currentChart()); });
    connect(m_survey, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            reloadFilters();
    });
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            analyse();
    });
    connect(m_highlight, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        updateCharts();
    });
    connect(m_band, &QCheckBox::toggled, this, &ChartsPage::updateCharts);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            analyse();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        analyse();
        if (m_compare->currentIndex() > 0)
            showChart(ChartBook::Segments);
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            updateCharts();
    });
    retranslate();
    setDocument(nullptr);
}

ChartsPage::~ChartsPage()
{
    stopBootstrap(); // a worker still resampling for this page stops at its next batch
}

const Chart *ChartsPage::currentChart() const
{
    const ChartView *view = viewAt(m_tabs->currentIndex());
    return view ? view->chart() : nullptr;
}

const Chart *ChartsPage::copyCurrentChart() const
{
    const Chart *chart = currentChart();
    if (chart) {
        const ChartView *view = viewAt(m_tabs->currentIndex());
        QGuiApplication::clipboard()->setImage(
            ChartExport::image(*chart, view->size(), view->devicePixelRatioF()));
    }
    return chart;
}

void ChartsPage::setFrontPage(QWidget *page, const QString &title)
{
    m_frontPage = page;
    m_tabs->insertTab(m_tabs->indexOf(m_findings) + 1, page, title);
}

void ChartsPage::showFindings()
{
    m_tabs->setCurrentWidget(m_findings);
}

void ChartsPage::showNextPage(int step)
{
    const int count = m_tabs->count();
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + step % count + count) % count);
}

void ChartsPage::setFrontPageTitle(const QString &title)
{
    if (m_frontPage)
        m_tabs->setTabText(m_tabs->indexOf(m_frontPage), title);
}

void ChartsPage::showChart(Page page)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        const ChartView *view = viewAt(i);
        if (view && view->chart() == chart(page))
            m_tabs->setCurrentIndex(i);
    }
}

void ChartsPage::retranslate()
{
    m_surveyLabel->setText(tr("&Wave:"));
    m_segmentLabel->setText(tr("&Segment:"));
    m_highlightLabel->setText(tr("&Highlight:"));
    m_methodLabel->setText(tr("I&mportance:"));
    m_outcomeLabel->setText(tr("Dri&vers of:"));
    m_compareLabel->setText(tr("Com&pare with:"));
    m_tabs->setTabText(m_tabs->indexOf(m_findings), tr("Findings"));
    m_band->setText(tr("Confidence &band"));
    m_survey->setToolTip(tr("The survey wave the charts are drawn from"));
    m_segment->setToolTip(tr("Only the respondents of this segment"));
    m_compare->setToolTip(
        tr("A second segment to set against the first, on the Segment Comparison chart"));
    m_highlight->setToolTip(tr("The vendor the charts are about: its curve, peaks and measures"));
    m_outcome->setToolTip(tr("What derived importance explains"));
    m_method->setToolTip(tr("How derived importance is measured"));
    m_vendors->setToolTip(tr("Which vendors' curves are drawn"));
    m_band->setToolTip(tr("The 95 % confidence band around the highlighted curve"));
    m_method->setItemText(
        0, DriverImportanceChart::methodName(DriverImportanceChart::Method::Shapley));
    m_method->setItemText(
        1, DriverImportanceChart::methodName(DriverImportanceChart::Method::RelativeWeights));
    m_method->setItemText(2,
                          DriverImportanceChart::methodName(DriverImportanceChart::Method::Beta));
    for (int i = 0; i < m_tabs->count(); ++i) {
        const ChartView *view = viewAt(i);
        for (int page = 0; view && page < ChartBook::pageCount; ++page) {
            if (view->chart() == chart(Page(page)))
                m_tabs->setTabText(i, ChartBook::name(Page(page)));
        }
    }
}

void ChartsPage::resizeEvent(QResizeEvent *event)
{
    int oneRow = 0;
    for (int i = 0; i < m_filters->count(); ++i)
        oneRow += m_filters->itemAt(i)->minimumSize().width();
    m_filters->setDirection(event->size().width() >= oneRow ? QBoxLayout::LeftToRight
                                                            : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

// A click on a vendor in the vendors menu ticks it and leaves the menu open for the next.
bool ChartsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_vendors->menu() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (QAction *action = m_vendors->menu()->actionAt(mouse->position().toPoint());
            action && action->isCheckable()) {
            action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_document)
            reloadFilters(); // names in the analysis (methods, rules) are translated too
    }
    QWidget::changeEvent(event);
}

void ChartsPage::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &ChartsPage::projectChanged);
    m_loading = true;
    m_survey->clear();
    m_highlight->clear();
    m_loading = false;
    reloadFilters();
    // A project opens on its story: the vendor the findings are about is the one in focus.
    const Findings &findings = m_findings->findings();
    if (findings.paradox && findings.focusVendor < m_assembly.analysis.curves.vendors.size())
        setHighlightedVendor(m_assembly.analysis.curves.vendors.at(findings.focusVendor).vendor.id);
    showFindings();
}

void ChartsPage::projectChanged(const ProjectChange &change)
{
    if (change.what
        & (ChangeFlag::Surveys | ChangeFlag::Vendors | ChangeFlag::Subprocesses
           | ChangeFlag::Factors | ChangeFlag::Project | ChangeFlag::Cycles
           | ChangeFlag::Requirements | ChangeFlag::Touchpoints | ChangeFlag::Incidents
           | ChangeFlag::Segments)) {
        reloadFilters();
    }
}

void ChartsPage::reloadFilters()
{
    m_loading = true;
    const qint64 survey = m_survey->currentData().toLongLong();
    const QVariant segment = m_segment->currentData();
    const qint64 highlighted = m_highlight->currentData().toLongLong();
    const QVariant outcome = m_outcome->currentData();
    const QVariant compared = m_compare->currentIndex() > 0 ? m_compare->currentData() : QVariant();
    m_survey->clear();
    m_segment->clear();
    m_compare->clear();
    m_highlight->clear();
    m_outcome->clear();
    m_outcome->addItem(tr("Overall satisfaction"), QStringLiteral("overall"));
    m_outcome->addItem(tr("Likelihood to recommend"), QStringLiteral("recommend"));
    m_outcome->addItem(tr("Satisfied (top two boxes, yes/no)"), QStringLiteral("satisfied"));
    m_outcome->addItem(tr("Promoter (recommend 9–10, yes/no)"), QStringLiteral("promoter"));
    m_segment->addItem(tr("Everyone"));
    m_highlight->addItem(tr("None"), qint64(0));
    if (m_document) {
        const ProjectRepository &repository = m_document->repository();
        const QList<Survey> waves = WaveAssembler::waves(repository);
        // Latest wave first: it is what the analysis uses when none is chosen.
        qint64 wave = 0;
        for (const Survey &candidate : waves) {
            m_survey->addItem(candidate.name, candidate.id);
            if (candidate.id == survey)
                wave = survey;
        }
        m_assembly = WaveAssembler::read(repository, wave, &m_data);
        m_survey->setCurrentIndex(std::max(0, m_survey->findData(m_assembly.wave.id)));
        for (const Vendor &vendor : std::as_const(m_data.vendors))
            m_highlight->addItem(vendor.name, vendor.id);
        m_highlight->setCurrentIndex(std::max(0, m_highlight->findData(highlighted)));
        QSet<qint64> known;
        for (const Vendor &vendor : std::as_const(m_data.vendors))
            known.insert(vendor.id);
        m_hidden.intersect(known);

        // Saved segments first, then each attribute's values.
        for (const Segment &saved : repository.segments()) {
            m_segment->addItem(saved.name, saved.definition);
            m_segment->setItemData(m_segment->count() - 1, saved.definition, Qt::ToolTipRole);
        }
        for (const WaveAttribute &attribute : std::as_const(m_assembly.attributes)) {
            if (attribute.numeric)
                m_outcome->addItem(attribute.name, attribute.name); // a spend, 0/1 renewed
        }
        m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(outcome)));
        for (const WaveAttribute &attribute : std::as_const(m_assembly.attributes)) {
            for (const QString &value : attribute.values) {
                const QString definition
                    = SegmentDefinition::format({QString(), {{attribute.name, {value}}}});
                m_segment->addItem(definition, definition);
            }
        }
        m_segment->setCurrentIndex(std::max(0, m_segment->findData(segment)));
        // The same segments to compare with, and everyone; none chosen by default.
        m_compare->addItem(tr("—"));
        m_compare->addItem(tr("Everyone"), QString());
        for (int i = 1; i < m_segment->count(); ++i)
            m_compare->addItem(m_segment->itemText(i), m_segment->itemData(i));
        m_compare->setCurrentIndex(compared.isValid() ? std::max(0, m_compare->findData(compared))
                                                      : 0);
    }
    m_survey->setEnabled(m_survey->count() > 1);
    rebuildVendorMenu();
    m_segment->setEnabled(m_segment->count() > 1);
    m_compare->setEnabled(m_segment->count() > 1);
    m_loading = false;
    analyse();
}

void ChartsPage::analyse()
{
    if (!m_document) {
        ++m_generation; // a result still being computed is for a closed project
        stopBootstrap();
        m_assembly = WaveAssembly();
        m_data = SurveyData();
    } else {
        ProjectAnalysisOptions options;
        if (m_segment->currentIndex() > 0) {
            options.segment = SegmentDefinition::parse(m_segment->currentData().toString());
            options.segment.name = m_segment->currentText();
        }
        options.importance.bootstrapResamples = m_resamples;
        QString unused;
        options.outcome
            = Outcome::parse(m_outcome->currentData().toString(), &unused).value_or(Outcome());
        if (m_compare->currentIndex() > 0) {
            SegmentFilter other = SegmentDefinition::parse(m_compare->currentData().toString());
            other.name = m_compare->currentText();
            options.comparison = std::make_pair(options.segment, other);
        }
        analyseInSteps(options);
        return;
    }
    m_computed = allAnalysisParts;
    updateCharts();
}

void ChartsPage::analyseInSteps(ProjectAnalysisOptions options)
{
    const quint64 generation = ++m_generation;
    stopBootstrap();
    if (qsizetype(m_data.ratings.size()) < m_backgroundFrom) {
        WaveAssembler::analyse(&m_assembly, m_data, options);
        m_computed = allAnalysisParts;
        updateCharts();
        return;
    }
    // The curves first (means and intervals: a second for millions of ratings), then every
    // other estimate, then the drivers' bootstrap intervals, on a worker from copies: the
    // window stays responsive, the bootstrap can be stopped, and a result for a filter since
    // changed is dropped.
    ProjectAnalysisOptions curvesOnly = options;
    curvesOnly.parts = {};
    WaveAssembler::analyse(&m_assembly, m_data, curvesOnly);
    m_computed = {};
    updateCharts();
    const bool intervals = options.importance.bootstrapResamples > 0;
    if (intervals) {
        m_bootstrap = std::make_shared<BootstrapProgress>();
        options.importance.progress = m_bootstrap;
    }
    const auto post = [page = QPointer<ChartsPage>(this),
                       generation](std::optional<WaveAssembly> result, bool intervalsFollow) {
        QMetaObject::invokeMethod(
            qApp,
            [page, generation, result = std::move(result), intervalsFollow]() mutable {
                if (page)
                    page->applyBackground(generation, std::move(result), intervalsFollow);
            },
            Qt::QueuedConnection);
    };
    QThreadPool::globalInstance()->start(
        [post, assembly = m_assembly, data = m_data, options, intervals]() mutable {
            ProjectAnalysisOptions estimates = options;
            estimates.importance.bootstrapResamples = 0;
            WaveAssembly first = assembly;
            WaveAssembler::analyse(&first, data, estimates);
            post(first, intervals);
            if (!intervals)
                return;
            // Only the drivers again, now with their intervals; every other part is done.
            ProjectAnalysisOptions drivers = options;
            drivers.parts = AnalysisPart::Drivers;
            drivers.comparison.reset();
            WaveAssembler::analyse(&assembly, data, drivers);
            if (options.importance.progress->cancelled) {
                post(std::nullopt, false);
                return;
            }
            first.analysis.journey = std::move(assembly.analysis.journey);
            first.analysis.factorsDerived = std::move(assembly.analysis.factorsDerived);
            post(std::move(first), false);
        });
}

void ChartsPage::applyBackground(quint64 generation, std::optional<WaveAssembly> result,
                                 bool intervalsFollow)
{
    if (generation != m_generation)
        return;
    m_intervalsPending = intervalsFollow;
    if (intervalsFollow)
        m_intervals->follow(m_bootstrap);
    else
        m_intervals->finish();
    if (!result) { // stopped: the estimates stay, and their captions no longer promise whiskers
        updateCharts();
        return;
    }
    m_assembly = std::move(*result);
    m_computed = allAnalysisParts;
    updateCharts();
}

void ChartsPage::stopBootstrap()
{
    if (m_bootstrap)
        m_bootstrap->cancelled = true;
    m_bootstrap.reset();
    m_intervalsPending = false;
    m_intervals->finish();
}

ChartBook::View ChartsPage::view() const
{
    ChartBook::View view;
    view.highlightedVendor = m_highlight->currentData().toLongLong();
    view.hiddenVendors = m_hidden;
    view.draggable = isWorkshopWave();
    view.confidenceBand = m_band->isChecked();
    view.intervalsFollow = m_intervalsPending;
    if (m_method->currentIndex() >= 0)
        view.method = DriverImportanceChart::Method(m_method->currentData().toInt());
    return view;
}

void ChartsPage::updateCharts()
{
    QStringList said = m_assembly.problems;
    if (!m_assembly.error.isEmpty())
        said.prepend(m_assembly.error);
    m_problems->setText(said.isEmpty() ? QString()
                                       : tr("Not everything in this wave could be read:") + u'\n'
                                             + said.join(u'\n'));
    m_problems->setVisible(!said.isEmpty());
    for (ChartView *view : findChildren<ChartView *>())
        view->clearPin();
    m_book.update(m_assembly, view(), m_computed);
    updateFindings();
    repaintCharts();
    emit sampleChanged(sampleText());
}

void ChartsPage::updateFindings()
{
    FindingsPage::Progress progress;
    Findings findings;
    if (m_document) {
        findings = Findings::compute(m_assembly.analysis, m_assembly.latestCycle());
        progress = {true, !m_data.vendors.isEmpty(), !m_assembly.subprocesses.isEmpty(),
                    !m_assembly.waves.isEmpty(), !m_assembly.cycles.isEmpty()};
    }
    m_findings->setFindings(findings, m_assembly.analysis.curves, sourceText(), progress);
}

void ChartsPage::repaintCharts()
{
    for (ChartScrollArea *area : findChildren<ChartScrollArea *>())
        area->fitChart();
    emit chartsUpdated();
}

ChartView *ChartsPage::viewAt(int index) const
{
    const auto *area = qobject_cast<const ChartScrollArea *>(m_tabs->widget(index));
    return area ? area->view() : nullptr;
}

QString ChartsPage::sampleText() const
{
    if (!m_document)
        return QString();
    return m_assembly.sample();
}

QString ChartsPage::sourceText() const
{
    return m_document ? m_assembly.source() : QString();
}

void ChartsPage::setSurvey(qint64 surveyId)
{
    m_survey->setCurrentIndex(std::max(0, m_survey->findData(surveyId)));
}

bool ChartsPage::isWorkshopWave() const
{
    if (!m_document || m_document->isReadOnly())
        return false;
    const qint64 workshop = m_document->repository().workshopSurvey();
    return workshop != 0 && m_survey->currentData().toLongLong() == workshop;
}

bool ChartsPage::beginCurveDrag(const EmotionCurveChart &chart, const QPointF &position)
{
    m_dragVendor = isWorkshopWave() ? chart.pointNear(position, 16.0, &m_dragSubprocess) : -1;
    return m_dragVendor >= 0;
}

void ChartsPage::dragCurve(const EmotionCurveChart &chart, const QPointF &position)
{
    if (m_dragVendor < 0 || !isWorkshopWave())
        return;
    const Peakend::EmotionCurves &curves = chart.curves();
    if (m_dragVendor >= curves.vendors.size())
        return;
    const CurveCell &cell = curves.vendors.at(m_dragVendor).cells.at(m_dragSubprocess);
    const Scale &scale = m_assembly.analysis.scale;
    // The score whose e sits under the pointer, to a tenth, on the scale.
    const double score = std::clamp(
        std::round((chart.eAt(position.y()) + cell.reference) * 10.0) / 10.0, scale.min, scale.max);
    if (score == cell.rating.mean)
        return;
    m_document->undoStack()->push(
        new SetWorkshopRating(m_document, curves.vendors.at(m_dragVendor).vendor.id,
                              curves.subprocesses.at(m_dragSubprocess).id, score));
}

QString ChartsPage::dragReadout() const
{
    const EmotionCurves &curves = m_assembly.analysis.curves;
    if (m_dragVendor < 0 || m_dragVendor >= curves.vendors.size()
        || m_dragSubprocess >= curves.subprocesses.size())
        return QString();
    const VendorCurve &curve = curves.vendors.at(m_dragVendor);
    return tr("%1 · %2: %3")
        .arg(curve.vendor.name, curves.subprocesses.at(m_dragSubprocess).name,
             NumberFormat::number(curve.cells.at(m_dragSubprocess).rating.mean, 1));
}

void ChartsPage::endCurveDrag()
{
    m_dragVendor = -1;
}

void ChartsPage::selectSegment(const QString &definition)
{
    m_segment->setCurrentIndex(definition.isEmpty() ? 0
                                                    : std::max(0, m_segment->findData(definition)));
}

void ChartsPage::setSegment(const QString &attribute, const QString &value)
{
    selectSegment(attribute.isEmpty()
                      ? QString()
                      : SegmentDefinition::format({QString(), {{attribute, {value}}}}));
}

void ChartsPage::setHighlightedVendor(qint64 vendorId)
{
    m_highlight->setCurrentIndex(std::max(0, m_highlight->findData(vendorId)));
}

void ChartsPage::setHiddenVendors(const QSet<qint64> &vendorIds)
{
    m_hidden = vendorIds;
    rebuildVendorMenu();
    updateCharts();
}

void ChartsPage::rebuildVendorMenu()
{
    QMenu *menu = m_vendors->menu();
    menu->clear();
    const QList<Vendor> vendors = m_document ? m_document->repository().vendors() : QList<Vendor>();
    menu->addAction(tr("Show All"), this, [this] { setHiddenVendors({}); });
    menu->addSeparator();
    for (const Vendor &vendor : vendors) {
        QAction *action = menu->addAction(vendor.name);
        action->setCheckable(true);
        action->setChecked(!m_hidden.contains(vendor.id));
        // The menu stays open while ticking: it keeps its actions, only the charts change.
        connect(action, &QAction::toggled, this, [this, id = vendor.id](bool checked) {
            if (checked)
                m_hidden.remove(id);
            else
                m_hidden.insert(id);
            updateVendorButton();
            updateCharts();
        });
    }
    updateVendorButton();
    m_vendors->setEnabled(vendors.size() > 1);
}

void ChartsPage::updateVendorButton()
{
    const qsizetype vendors = m_vendors->menu()->actions().size() - 2; // Show All, separator
    const qsizetype shown = vendors - m_hidden.size();
    m_vendors->setText(shown == vendors ? tr("All vendors")
                                        : tr("%1 of %2 vendors").arg(shown).arg(vendors));
}

void ChartsPage::highlightNextVendor(int step)
{
    const int count = m_highlight->count();
    if (count > 0)
        m_highlight->setCurrentIndex((m_highlight->currentIndex() + step + count) % count);
}

} // namespace Peakend
