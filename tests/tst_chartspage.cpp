#include "chartcheck.h"
#include "charts/chartscrollarea.h"
#include "charts/chartview.h"
#include "charts/emotioncurvechart.h"
#include "chartspage.h"
#include "commands/additem.h"
#include "commands/setworkshoprating.h"
#include "export/chartexport.h"
#include "testfiles.h"
#include "textprobe.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>

#include <tuple>

using namespace Peakend;

// The filter bar over the charts: a segment changes the n every chart is drawn from, the
// highlight only moves the focus, and an edit to the project reaches the charts.
class TestChartsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeSurveyByDefault();
    void segmentChangesTheSample();
    void largeWaveIsAnalysedInSteps();
    void bootstrapIntervalsCanBeStopped();
    void savedSegmentFiltersTheCharts();
    void highlightMovesTheFocus();
    void editsReachTheCharts();
    void noDocument();
    void unreadableRatingsAreSaidAboveTheCharts();
    void outcomeChooserExplainsAYesNoOutcome();
    void compareWithASecondSegment();
    void draggingAWorkshopPointChangesItsScore();
    void pointsAndLegendAnswerThePointer();
    void longChartsScroll();
    void everyChartRendersBothDemos_data();
    void everyChartRendersBothDemos();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    QTranslator m_english; // English plural forms ("757 respondents")
};

void TestChartsPage::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral("peakend_en"), QStringLiteral(PEAKEND_QM_DIR)));
    QCoreApplication::installTranslator(&m_english);
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::B2b);
    QVERIFY(m_document);
}

void TestChartsPage::wholeSurveyByDefault()
{
    ChartsPage page;
    QSignalSpy sample(&page, &ChartsPage::sampleChanged);
    page.setDocument(m_document.get());
    QCOMPARE(page.analysis().respondents, 757);
    QCOMPARE(page.analysis().cases, 1402);
    QVERIFY(!sample.isEmpty());
    QCOMPARE(sample.last().at(0).toString(),
             QStringLiteral("n = 757 respondents, 1,402 respondent × vendor pairs"));
    for (int p = 0; p < ChartBook::pageCount; ++p)
        QVERIFY(page.chart(ChartBook::Page(p)));
}

void TestChartsPage::segmentChangesTheSample()
{
    // Counted independently from the stored attributes.
    const qint64 survey = m_document->repository().surveys().first().id;
    int enterprise = 0;
    for (const RespondentAttribute &attribute :
         m_document->repository().respondentAttributes(survey)) {
        enterprise += attribute.name == QStringLiteral("company size")
                      && attribute.value == QStringLiteral("enterprise");
    }
    QVERIFY(enterprise > 50 && enterprise < 757);

    ChartsPage page;
    page.setDocument(m_document.get());
    QSignalSpy sample(&page, &ChartsPage::sampleChanged);
    page.setSegment(QStringLiteral("company size"), QStringLiteral("enterprise"));
    QCOMPARE(page.analysis().respondents, enterprise);
    QVERIFY(sample.last().at(0).toString().startsWith(
        QStringLiteral("n = %1 respondents").arg(enterprise)));
    QVERIFY(sample.last().at(0).toString().contains(QStringLiteral("company size = enterprise")));
    // The emotion curve is drawn from the segment: fewer ratings per point.
    const auto *curves
        = static_cast<const EmotionCurveChart *>(page.chart(ChartBook::EmotionCurves));
    int ratings = 0;
    for (const VendorCurve &curve : curves->curves().vendors)
        ratings += curve.cells.first().rating.n;
    QVERIFY(ratings < 1402);

    page.setSegment(QString(), QString());
    QCOMPARE(page.analysis().respondents, 757);
}

// A large wave (here: the threshold lowered to the demo's size) shows its curves at once and
// computes the rest on a worker; the charts waiting for it say so, a result for a filter since
// changed is dropped, and what arrives is what a synchronous analysis draws.
void TestChartsPage::largeWaveIsAnalysedInSteps()
{
    ChartsPage reference;
    reference.setDocument(m_document.get());
    QVERIFY(!reference.isAnalysing());

    ChartsPage page;
    page.setBackgroundFrom(0);
    page.setDocument(m_document.get());
    QVERIFY(page.isAnalysing());
    QVERIFY(!page.chart(ChartBook::EmotionCurves)->isPending());
    QCOMPARE(page.analysis().cases, 1402); // the curves' sample, at once
    QVERIFY(page.chart(ChartBook::JourneyDrivers)->isPending());
    QVERIFY(page.chart(ChartBook::Nps)->isPending());
    if (const QString shots = qEnvironmentVariable("PEAKEND_SHOTS"); !shots.isEmpty()) {
        page.resize(1200, 800);
        page.showChart(ChartBook::JourneyDrivers);
        QVERIFY(page.grab().save(shots + QStringLiteral("/charts-computing.png")));
    }
    const QSize size(800, 500);
    QVERIFY(ChartExport::image(*page.chart(ChartBook::JourneyDrivers), size)
            != ChartExport::image(*reference.chart(ChartBook::JourneyDrivers), size));

    // A segment chosen while the first request is computed: only its result is shown.
    page.setSegment(QStringLiteral("company size"), QStringLiteral("enterprise"));
    const int enterprise = page.analysis().respondents;
    QVERIFY(enterprise < 757);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isAnalysing(), 60000);
    QCOMPARE(page.analysis().respondents, enterprise);
    page.setSegment(QString(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isAnalysing(), 60000);
    QTest::qWait(50); // a stale result still queued would arrive now
    QCOMPARE(page.analysis().respondents, 757);
    for (int p = 0; p < ChartBook::pageCount; ++p) {
        const Chart &chart = *page.chart(ChartBook::Page(p));
        QVERIFY(!chart.isPending());
        QCOMPARE(ChartExport::image(chart, size),
                 ChartExport::image(*reference.chart(ChartBook::Page(p)), size));
    }
}

// On a large wave the drivers' estimates come before their bootstrap intervals; Stop keeps
// the estimates and leaves the intervals out.
void TestChartsPage::bootstrapIntervalsCanBeStopped()
{
    ChartsPage reference;
    reference.setDocument(m_document.get());

    ChartsPage page;
    page.setBackgroundFrom(0);
    page.setBootstrapResamples(100000); // seconds of resampling: stopped long before
    page.resize(1200, 800);
    page.setDocument(m_document.get());
    auto *status = page.findChild<QWidget *>(QStringLiteral("bootstrapStatus"));
    auto *stop = page.findChild<QPushButton *>(QStringLiteral("stopBootstrap"));
    QVERIFY(status && stop);
    QTRY_VERIFY_WITH_TIMEOUT(!page.chart(ChartBook::JourneyDrivers)->isPending(), 60000);
    QVERIFY(page.isAnalysing());
    QVERIFY(status->isVisibleTo(&page));
    const ImportanceResult &estimates = page.analysis().journey.importance;
    QVERIFY(estimates.isValid());
    QCOMPARE(estimates.resamples, 0);
    QCOMPARE(estimates.rSquared, reference.analysis().journey.importance.rSquared);
    QCOMPARE(estimates.drivers.at(3).relativeWeight,
             reference.analysis().journey.importance.drivers.at(3).relativeWeight);
    QTRY_VERIFY_WITH_TIMEOUT(
        status->findChild<QLabel *>()->text().contains(QStringLiteral("of 100,000 resamples")),
        20000);
    const Chart *drivers = page.chart(ChartBook::JourneyDrivers);
    QVERIFY2(drivers->caption().endsWith(QStringLiteral(
                 "The bootstrap intervals are being computed: the whiskers follow. Bars are "
                 "shares of R² and sum to 100 %; red bars and “−”: the rating works against the "
                 "outcome (negative β).")),
             qPrintable(drivers->caption()));
    if (const QString shots = qEnvironmentVariable("PEAKEND_SHOTS"); !shots.isEmpty()) {
        page.showChart(ChartBook::JourneyDrivers);
        QVERIFY(page.grab().save(shots + QStringLiteral("/charts-intervals.png")));
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
            const UiLanguage ui(language, QStringLiteral(PEAKEND_QM_DIR));
            QVERIFY(ui.isLoaded());
            // A language change analyses again (names are translated): the line comes back.
            QCoreApplication::processEvents();
            QTRY_VERIFY_WITH_TIMEOUT(
                status->isVisibleTo(&page)
                    && status->findChild<QLabel *>()->text().contains(QStringLiteral("100,000")),
                20000);
            QVERIFY(!status->findChild<QLabel *>()->text().contains(QStringLiteral("resamples")));
            QVERIFY(
                page.grab().save(shots + QStringLiteral("/charts-intervals-%1.png").arg(language)));
        }
        QCoreApplication::processEvents(); // English again, analysed again
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisibleTo(&page), 20000);
    }

    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isAnalysing(), 60000);
    QVERIFY(!status->isVisibleTo(&page));
    QCOMPARE(page.analysis().journey.importance.resamples, 0);
    QVERIFY(!page.analysis().journey.importance.rSquaredCi.isValid());
    QCOMPARE(page.analysis().journey.importance.rSquared,
             reference.analysis().journey.importance.rSquared);
    QVERIFY2(drivers->caption().contains(QStringLiteral("No intervals computed.")),
             qPrintable(drivers->caption()));
}

void TestChartsPage::savedSegmentFiltersTheCharts()
{
    const qint64 survey = m_document->repository().surveys().first().id;
    int larger = 0; // enterprise or mid-market, counted from the stored attributes
    for (const RespondentAttribute &attribute :
         m_document->repository().respondentAttributes(survey)) {
        larger += attribute.name == QStringLiteral("company size")
                  && attribute.value != QStringLiteral("SMB");
    }
    Segment segment;
    segment.name = QStringLiteral("Larger companies");
    segment.definition = QStringLiteral("company size = enterprise | mid-market");
    m_document->undoStack()->push(new AddItem<Segment>(m_document.get(), segment));

    ChartsPage page;
    page.setDocument(m_document.get());
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("segmentFilter"));
    QVERIFY(combo);
    QCOMPARE(combo->itemText(1), QStringLiteral("Larger companies")); // saved ones first
    combo->setCurrentIndex(1);
    QCOMPARE(page.analysis().respondents, larger);
    QVERIFY(page.sampleText().contains(QStringLiteral("segment Larger companies")));
    m_document->undoStack()->undo(); // the segment goes from the list
    QCOMPARE(combo->findText(QStringLiteral("Larger companies")), -1);
    QCOMPARE(page.analysis().respondents, 757);
}

void TestChartsPage::highlightMovesTheFocus()
{
    ChartsPage page;
    page.setDocument(m_document.get());
    const auto *curves
        = static_cast<const EmotionCurveChart *>(page.chart(ChartBook::EmotionCurves));
    // The project opens with its paradox vendor in focus (the findings are about it); without
    // a highlight the focus is the best liked.
    QCOMPARE(curves->curves().vendors.at(curves->focusVendor()).vendor.name,
             QStringLiteral("Apex Direct"));
    page.setHighlightedVendor(0);
    QCOMPARE(curves->curves().vendors.at(curves->focusVendor()).vendor.name,
             QStringLiteral("Meridian Systems"));
    qint64 apex = 0;
    for (const Vendor &vendor : m_document->repository().vendors()) {
        if (vendor.name == QStringLiteral("Apex Direct"))
            apex = vendor.id;
    }
    page.setHighlightedVendor(apex);
    QCOMPARE(curves->curves().vendors.at(curves->focusVendor()).vendor.id, apex);
    // One step on from Apex Direct, the first vendor, is the second; back twice wraps to
    // "None" and then to the last vendor.
    page.highlightNextVendor(1);
    QCOMPARE(curves->highlightedVendor(), m_document->repository().vendors().at(1).id);
    page.highlightNextVendor(-1);
    page.highlightNextVendor(-1);
    QCOMPARE(curves->highlightedVendor(), qint64(0));

    // Vendors left out of the curves: the best liked hidden, the focus moves to the next.
    const qint64 meridian = curves->curves().vendors.at(curves->focusVendor()).vendor.id;
    page.setHiddenVendors({meridian});
    QCOMPARE(curves->shownVendors().size(), 13);
    QVERIFY(curves->curves().vendors.at(curves->focusVendor()).vendor.id != meridian);
    page.setHiddenVendors({});
    QCOMPARE(curves->shownVendors().size(), 14);
}

void TestChartsPage::editsReachTheCharts()
{
    ChartsPage page;
    page.setDocument(m_document.get());
    auto *highlight = page.findChild<QComboBox *>(QStringLiteral("highlightFilter"));
    QVERIFY(highlight);
    const int before = highlight->count();
    Vendor vendor;
    vendor.name = QStringLiteral("Newcomer");
    m_document->undoStack()->push(new AddVendor(m_document.get(), vendor));
    QCOMPARE(highlight->count(), before + 1);
    QVERIFY(highlight->findText(QStringLiteral("Newcomer")) >= 0);
    m_document->undoStack()->undo();
    QCOMPARE(highlight->count(), before);
}

void TestChartsPage::noDocument()
{
    ChartsPage page;
    page.setDocument(nullptr);
    QCOMPARE(page.analysis().respondents, 0);
    QVERIFY(!page.chart(ChartBook::EmotionCurves)->emptyReason().isEmpty());
    QVERIFY(page.sampleText().isEmpty());
}

// A journey another program broke is left out, and the page says so where the charts are
// (not only `peakend check`). PEAKEND_SHOTS=DIR saves the page to look at.
void TestChartsPage::unreadableRatingsAreSaidAboveTheCharts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(DemoProject::fileName(DemoProject::Kind::B2b));
    QVERIFY(DemoProject::create(DemoProject::Kind::B2b, path).isOk());
    QVERIFY(TestFiles::execSql(path, "UPDATE journey_rating SET ratings = 'not json' "
                                     "WHERE (respondent_id, vendor_id) IN (SELECT respondent_id, "
                                     "vendor_id FROM journey_rating ORDER BY 1 DESC, 2 LIMIT 2)"));
    StoreError error;
    auto document = ProjectDocument::open(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    ChartsPage page;
    page.resize(1280, 720);
    page.setDocument(document.get());
    auto *problems = page.findChild<QLabel *>(QStringLiteral("waveProblems"));
    QVERIFY(problems);
    QVERIFY(problems->isVisibleTo(&page));
    QVERIFY2(
        problems->text().contains(QStringLiteral("The ratings of 2 respondent × vendor pairs")),
        qPrintable(problems->text()));
    QVERIFY(page.analysis().respondents > 0); // the rest is analysed
    if (const QString shots = qEnvironmentVariable("PEAKEND_SHOTS"); !shots.isEmpty())
        page.grab().save(shots + QStringLiteral("/charts-unreadable.png"));

    page.setDocument(m_document.get()); // a sound file: nothing to say
    QVERIFY(!problems->isVisibleTo(&page));
}

// The charts bar picks what the drivers explain; a yes/no outcome gets the logistic model, and
// the driver charts say so. PEAKEND_SHOTS=DIR saves the page to look at.
void TestChartsPage::outcomeChooserExplainsAYesNoOutcome()
{
    ChartsPage page;
    page.resize(1500, 850);
    page.setDocument(m_document.get());
    auto *outcome = page.findChild<QComboBox *>(QStringLiteral("importanceOutcome"));
    QVERIFY(outcome);
    QCOMPARE(outcome->itemData(0).toString(), QStringLiteral("overall"));
    QCOMPARE(page.analysis().journey.importance.model, ImportanceResult::Model::Linear);
    const int promoter = outcome->findData(QStringLiteral("promoter"));
    QVERIFY(promoter > 0);
    outcome->setCurrentIndex(promoter);
    const ImportanceResult &journey = page.analysis().journey.importance;
    QCOMPARE(journey.model, ImportanceResult::Model::Logistic);
    QCOMPARE(journey.outcomeName, QStringLiteral("Promoter (recommend 9–10)"));
    QCOMPARE(journey.n, 1402);
    const Chart *drivers = page.chart(ChartBook::JourneyDrivers);
    QVERIFY(drivers->title().contains(QStringLiteral("Promoter")));
    QVERIFY2(drivers->caption().contains(QStringLiteral("logistic")),
             qPrintable(drivers->caption()));
    // The choice stays when the project changes under the page.
    page.setSegment(QStringLiteral("company size"), QStringLiteral("enterprise"));
    QCOMPARE(outcome->currentData().toString(), QStringLiteral("promoter"));
    if (const QString shots = qEnvironmentVariable("PEAKEND_SHOTS"); !shots.isEmpty()) {
        page.showChart(ChartBook::JourneyDrivers);
        page.show();
        QVERIFY(page.grab().save(shots + QStringLiteral("/drivers-promoter.png")));
    }
}

// "Compare with" sets segment B against the segment chosen (A) and opens the comparison chart;
// the respondents on each side are counted from the stored attributes.
void TestChartsPage::compareWithASecondSegment()
{
    const qint64 survey = m_document->repository().surveys().first().id;
    int enterprise = 0;
    int smb = 0;
    for (const RespondentAttribute &attribute :
         m_document->repository().respondentAttributes(survey)) {
        if (attribute.name == QStringLiteral("company size")) {
            enterprise += attribute.value == QStringLiteral("enterprise");
            smb += attribute.value == QStringLiteral("SMB");
        }
    }
    ChartsPage page;
    page.resize(1500, 850);
    page.setDocument(m_document.get());
    const Chart *chart = page.chart(ChartBook::Segments);
    QVERIFY(!chart->emptyReason().isEmpty());
    page.setSegment(QStringLiteral("company size"), QStringLiteral("enterprise"));
    auto *compare = page.findChild<QComboBox *>(QStringLiteral("compareSegment"));
    QVERIFY(compare);
    const int other = compare->findText(QStringLiteral("company size = SMB"));
    QVERIFY(other > 1);
    compare->setCurrentIndex(other);
    QVERIFY(page.analysis().comparison);
    QCOMPARE(page.analysis().comparison->respondentsA, enterprise);
    QCOMPARE(page.analysis().comparison->respondentsB, smb);
    QCOMPARE(page.currentChart(), chart);
    QVERIFY2(chart->emptyReason().isEmpty(), qPrintable(chart->emptyReason()));
    QVERIFY2(chart->title().contains(QStringLiteral("SMB")), qPrintable(chart->title()));
    QVERIFY(chart->caption().contains(QStringLiteral("NPS")));
    if (const QString shots = qEnvironmentVariable("PEAKEND_SHOTS"); !shots.isEmpty()) {
        page.show();
        QVERIFY(page.grab().save(shots + QStringLiteral("/segments.png")));
    }
}

void TestChartsPage::draggingAWorkshopPointChangesItsScore()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openMeisuWorkshop(dir);
    QVERIFY(document);
    const QList<Subprocess> stages = document->repository().subprocesses();
    const qint64 meisu = document->repository().vendors().first().id;

    ChartsPage page;
    page.resize(1200, 800);
    page.setDocument(document.get());
    page.showChart(ChartBook::EmotionCurves);
    page.show();
    ChartView *view = nullptr;
    for (ChartView *candidate : page.findChildren<ChartView *>()) {
        if (candidate->chart() == page.chart(ChartBook::EmotionCurves))
            view = candidate;
    }
    QVERIFY(view);
    view->grab(); // lays the chart out
    const auto *curves = static_cast<const EmotionCurveChart *>(view->chart());
    QCOMPARE(curves->markers().at(1).subprocess, 4); // the pain peak, e = −2

    // Drag the pain peak up by a quarter of the plot: its score rises by what that stands for.
    const QPoint from = curves->pointPosition(0, 4).toPoint();
    const QPoint to = from - QPoint(0, 120);
    const double expected = std::round((curves->eAt(to.y()) + 5.5) * 10.0) / 10.0;
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(view, from - QPoint(0, 60));
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, to);
    const qint64 survey = document->repository().workshopSurvey();
    QCOMPARE(document->repository().workshopRating(survey, meisu, stages.at(4).id), expected);
    QVERIFY(expected > 3.5);
    QCOMPARE(document->undoStack()->count(), 9); // the whole drag is one step
    document->undoStack()->undo();
    QCOMPARE(document->repository().workshopRating(survey, meisu, stages.at(4).id), 3.5);

    // Pressing away from any point drags nothing.
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    QTest::mouseMove(view, QPoint(5, 200));
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, QPoint(5, 200));
    QCOMPARE(document->undoStack()->count(), 9);
    QCOMPARE(document->undoStack()->index(), 8);
}

// Hover shows a curve point's value, a click pins it on the chart, a click on a legend entry
// highlights that vendor (again: lets go), and the vendors menu stays open while ticking.
void TestChartsPage::pointsAndLegendAnswerThePointer()
{
    ChartsPage page;
    page.resize(1400, 900);
    page.setDocument(m_document.get());
    page.setHighlightedVendor(0);
    page.showChart(ChartBook::EmotionCurves);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ChartView *view = nullptr;
    for (ChartView *candidate : page.findChildren<ChartView *>()) {
        if (candidate->chart() == page.chart(ChartBook::EmotionCurves))
            view = candidate;
    }
    QVERIFY(view);
    view->grab();
    const auto *curves = static_cast<const EmotionCurveChart *>(view->chart());
    const int apex = curves->curves().vendorIndex(m_document->repository().vendors().first().id);
    QCOMPARE(curves->curves().vendors.at(apex).vendor.name, QStringLiteral("Apex Direct"));
    const QPoint point = curves->pointPosition(apex, 20).toPoint(); // Service requests
    QTest::mouseMove(view, point);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Apex Direct · Service requests\nmean ")),
             qPrintable(QToolTip::text()));
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, point);
    QCOMPARE(view->pinnedText(), QToolTip::text());
    if (qEnvironmentVariableIsSet("PEAKEND_SCREENSHOT_DIR"))
        QVERIFY(view->grab().save(qEnvironmentVariable("PEAKEND_SCREENSHOT_DIR")
                                  + QStringLiteral("/hover.png")));
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(3, 3));
    QVERIFY(view->pinnedText().isEmpty());

    // The legend: find Meridian Systems' entry and click it, twice.
    const qint64 meridian = m_document->repository().vendors().at(1).id;
    QPoint entry;
    for (int y = 0; y < view->height() && entry.isNull(); y += 3) {
        for (int x = view->width() / 2; x < view->width() && entry.isNull(); x += 6) {
            if (curves->legendVendorAt(QPointF(x, y)) == meridian)
                entry = QPoint(x, y);
        }
    }
    QVERIFY(!entry.isNull());
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, entry);
    QCOMPARE(page.view().highlightedVendor, meridian);
    view->grab();
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, entry);
    QCOMPARE(page.view().highlightedVendor, qint64(0));

    // The vendors menu: a tick leaves it open for the next one.
    auto *button = page.findChild<QToolButton *>();
    QVERIFY(button && button->menu());
    QMenu *menu = button->menu();
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QAction *second = menu->actions().at(3); // Show All, separator, then the vendors
    QVERIFY(second->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(second).center());
    QCOMPARE(menu->actions().at(3), second); // the same menu, not rebuilt under the pointer
    QVERIFY(!second->isChecked());
    QCOMPARE(button->text(), QStringLiteral("13 of 14 vendors"));
    QVERIFY(menu->isVisible());
    QCOMPARE(page.view().hiddenVendors.size(), 1);
    menu->close();
}

// 200 vendors in the window: the heat map and the weakest link are as tall as their rows need
// and scroll (vertically only); the emotion curve, with no rows to fit, fills its tab. A page
// with fewer vendors scrolls nothing. PEAKEND_SHOTS=DIR saves the heat map's tab.
void TestChartsPage::longChartsScroll()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.peakend"));
    QVERIFY(TestFiles::addVendors(path, 200));
    StoreError error;
    const auto document = ProjectDocument::open(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    ChartsPage page;
    page.resize(1400, 900);
    page.setDocument(document.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto areaOf = [&page](ChartBook::Page chart) -> ChartScrollArea * {
        for (ChartScrollArea *area : page.findChildren<ChartScrollArea *>()) {
            if (area->view()->chart() == page.chart(chart))
                return area;
        }
        return nullptr;
    };
    for (const ChartBook::Page chart : {ChartBook::Wins, ChartBook::WeakestLink}) {
        page.showChart(chart);
        ChartScrollArea *area = areaOf(chart);
        QVERIFY(area);
        QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0);
        QTRY_VERIFY(area->verticalScrollBar()->isVisible());
        QVERIFY(!area->horizontalScrollBar()->isVisible());
        const ChartView *view = area->view();
        QVERIFY(view->height() > area->viewport()->height());
        QCOMPARE(view->width(), area->viewport()->width());
        QVERIFY2(page.chart(chart)->layoutProblem(QRectF(view->rect())).isEmpty(),
                 qPrintable(page.chart(chart)->layoutProblem(QRectF(view->rect()))));
        if (const QString shots = qEnvironmentVariable("PEAKEND_SHOTS");
            !shots.isEmpty() && chart == ChartBook::Wins) {
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum() / 2);
            QVERIFY(page.grab().save(shots + QStringLiteral("/wins-200-vendors.png")));
        }
    }
    page.showChart(ChartBook::EmotionCurves);
    ChartScrollArea *curves = areaOf(ChartBook::EmotionCurves);
    QVERIFY(curves);
    QCOMPARE(curves->verticalScrollBar()->maximum(), 0);
    QCOMPARE(curves->view()->size(), curves->viewport()->size());
    if (const QString shots = qEnvironmentVariable("PEAKEND_SHOTS"); !shots.isEmpty()) {
        QVERIFY(page.grab().save(shots + QStringLiteral("/curves-200-vendors.png")));
        page.showFindings();
        QVERIFY(page.grab().save(shots + QStringLiteral("/findings-200-vendors.png")));
    }

    // The demo's 14 vendors fit: no scrolling.
    page.setDocument(m_document.get());
    page.showChart(ChartBook::Wins);
    QTRY_COMPARE(areaOf(ChartBook::Wins)->verticalScrollBar()->maximum(), 0);
}

void TestChartsPage::everyChartRendersBothDemos_data()
{
    QTest::addColumn<int>("demo");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("language");
    for (const auto &[kind, name, language] :
         {std::tuple(DemoProject::Kind::Meisu, "meisu", ""),
          std::tuple(DemoProject::Kind::B2b, "b2b", ""),
          std::tuple(DemoProject::Kind::Meisu, "meisu-zh_TW", "zh_TW"),
          std::tuple(DemoProject::Kind::B2b, "b2b-zh_CN", "zh_CN")}) {
        for (int page = 0; page < ChartBook::pageCount; ++page) {
            QTest::addRow("%s-%s", name, qPrintable(ChartBook::key(ChartBook::Page(page))))
                << int(kind) << page << QString::fromLatin1(language);
        }
    }
}

void TestChartsPage::everyChartRendersBothDemos()
{
    QFETCH(int, demo);
    QFETCH(int, page);
    QFETCH(QString, language);
    const UiLanguage ui(language, QStringLiteral(PEAKEND_QM_DIR)); // names and labels too
    QVERIFY(ui.isLoaded());
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind(demo));
    QVERIFY(document);
    ChartsPage charts;
    charts.setDocument(document.get());
    const Chart *chart = charts.chart(ChartBook::Page(page));
    QVERIFY(!chart->title().isEmpty());
    if (!language.isEmpty())
        QVERIFY2((chart->title() + chart->emptyReason() + chart->caption())
                     .contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
                 qPrintable(chart->title()));
    QStringList warnings;
    const QImage image
        = ChartCheck::render(*chart, QSize(1280, 720), &warnings,
                             QStringLiteral("page-%1").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(ChartCheck::inkShare(image) > 0.001);
    // Labels are never cut short ("Technical su…"), not even in the room the chart has with
    // the data tables open under it (the title may be, at the very narrowest).
    for (const QSize size : {QSize(1280, 720), QSize(880, 380)}) {
        TextProbe::Device probe(size);
        {
            QPainter painter(&probe);
            chart->render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        for (const TextProbe::Text &text : probe.texts().mid(1))
            QVERIFY2(!text.text.endsWith(QChar(0x2026)),
                     qPrintable(QStringLiteral("“%1” at %2 × %3")
                                    .arg(text.text)
                                    .arg(size.width())
                                    .arg(size.height())));
    }
    // The B2B demo has data for every chart but channel consistency (no channel attribute);
    // the segment comparison waits for a second segment.
    if (DemoProject::Kind(demo) == DemoProject::Kind::B2b && page != ChartBook::Channels
        && page != ChartBook::Gaps && page != ChartBook::Segments && page != ChartBook::Impact
        && page != ChartBook::Kpis)
        QVERIFY2(chart->emptyReason().isEmpty(), qPrintable(chart->emptyReason()));
    // Meisu's cycle reaches step 7: its gaps, its requirement's impact and feasibility and
    // its KPI can be presented.
    if (DemoProject::Kind(demo) == DemoProject::Kind::Meisu
        && (page == ChartBook::Gaps || page == ChartBook::Impact || page == ChartBook::Kpis))
        QVERIFY2(chart->emptyReason().isEmpty(), qPrintable(chart->emptyReason()));
}

QTEST_MAIN(TestChartsPage)
#include "tst_chartspage.moc"
