#include "charts/chart.h"
#include "chartspage.h"
#include "findings/findingspage.h"
#include "findings/findingtile.h"
#include "testfiles.h"

#include <QComboBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Peakend;

// The page a project opens on: the efficiency paradox of the B2B demo in one sentence with
// its vendor in focus, tiles that open their charts, the Meisu cycle's key experience, and
// the checklist of a new project.
class TestFindingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void b2bOpensOnTheParadox();
    void tilesOpenTheirCharts();
    void meisuShowsTheKeyExperience();
    void newProjectShowsTheChecklist();
    void nextStepFollowsTheCycle();
    void filtersFitANarrowWindow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_b2b;
    std::unique_ptr<ProjectDocument> m_meisu;
    QTranslator m_english; // English plural forms ("757 respondents")
};

void TestFindingsPage::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral("peakend_en"), QStringLiteral(PEAKEND_QM_DIR)));
    QCoreApplication::installTranslator(&m_english);
    m_b2b = TestFiles::openDemo(m_dir, DemoProject::Kind::B2b);
    m_meisu = TestFiles::openDemo(m_dir, DemoProject::Kind::Meisu);
    QVERIFY(m_b2b && m_meisu);
}

// The demo is built so that Apex Direct is best at 23 of its 25 subprocesses and liked least
// of the 14 vendors (model/demo/b2bdemo.cpp); its pain peak is the service requests and it
// ends at after-sales service.
void TestFindingsPage::b2bOpensOnTheParadox()
{
    ChartsPage page;
    page.resize(1600, 1000);
    page.setDocument(m_b2b.get());
    FindingsPage *findings = page.findingsPage();
    QVERIFY(findings->isVisibleTo(&page) || page.currentChart() == nullptr);
    QCOMPARE(page.currentChart(), nullptr); // the findings, not a chart
    const QString headline = findings->headline();
    QVERIFY2(headline.startsWith(QStringLiteral("Apex Direct is best at 23 of 25 subprocesses")),
             qPrintable(headline));
    QVERIFY2(headline.contains(QStringLiteral("ranks 14 of 14")), qPrintable(headline));
    QVERIFY2(headline.contains(QStringLiteral("“Service requests”")), qPrintable(headline));
    QVERIFY(findings->findings().paradox);
    // Auto-focus: the charts follow the paradox vendor.
    const auto *highlight = page.findChild<QComboBox *>(QStringLiteral("highlightFilter"));
    QCOMPARE(highlight->currentText(), QStringLiteral("Apex Direct"));
    QVERIFY(findings->tiles().size() >= 3 && findings->tiles().size() <= 5);
    QStringList charts;
    for (const FindingTileButton *tile : findings->tiles())
        charts.append(tile->tile().chart);
    // No CEM cycle in this demo: no key experience tile.
    QCOMPARE(charts, (QStringList{QStringLiteral("nps"), QStringLiteral("wins"),
                                  QStringLiteral("memory"), QStringLiteral("weakest-link")}));
    // Best liked by design: Meridian Systems; the weakest link tile is about the focus vendor.
    QCOMPARE(findings->tiles().at(1)->tile().value, QStringLiteral("Meridian Systems"));
    QVERIFY(findings->tiles().at(3)->tile().title.endsWith(QStringLiteral("Apex Direct")));

    if (qEnvironmentVariableIsSet("PEAKEND_SCREENSHOT_DIR")) {
        page.show();
        QVERIFY(page.grab().save(qEnvironmentVariable("PEAKEND_SCREENSHOT_DIR")
                                 + QStringLiteral("/findings.png")));
    }
}

void TestFindingsPage::tilesOpenTheirCharts()
{
    ChartsPage page;
    page.setDocument(m_b2b.get());
    const QList<FindingTileButton *> tiles = page.findingsPage()->tiles();
    for (FindingTileButton *tile : tiles) {
        page.showFindings();
        QTest::mouseClick(tile, Qt::LeftButton);
        const std::optional<ChartBook::Page> expected = ChartBook::fromKey(tile->tile().chart);
        QVERIFY(expected);
        QCOMPARE(page.currentChart(), page.chart(*expected));
    }
    // Ctrl+Tab's way round the pages: from the findings to the first chart and back.
    page.showFindings();
    page.showNextPage(1);
    QCOMPARE(page.currentChart(), page.chart(ChartBook::EmotionCurves));
    page.showNextPage(-1);
    QCOMPARE(page.currentChart(), nullptr);
    page.showNextPage(-1); // round the end
    QCOMPARE(page.currentChart(), page.chart(ChartBook::Kpis));
}

// Meisu's cycle: convenience is experienced at 5 against an expectation of 7 with importance
// 9, so W = 9 × (5 − 7) = −18; its ideal is 10, so the gap is 5 − 10 = −5.
void TestFindingsPage::meisuShowsTheKeyExperience()
{
    ChartsPage page;
    page.setDocument(m_meisu.get());
    const QList<FindingTileButton *> tiles = page.findingsPage()->tiles();
    const auto key = std::find_if(tiles.cbegin(), tiles.cend(), [](const FindingTileButton *t) {
        return t->tile().chart == QStringLiteral("gaps");
    });
    QVERIFY(key != tiles.cend());
    QCOMPARE((*key)->tile().value, QStringLiteral("convenience"));
    QCOMPARE((*key)->tile().detail, QStringLiteral("W = −18.00 · gap to the ideal −5.00"));
}

void TestFindingsPage::newProjectShowsTheChecklist()
{
    QTemporaryDir dir;
    auto document = TestFiles::newDocument(dir, QStringLiteral("Fresh"));
    QVERIFY(document);
    ChartsPage page;
    page.setDocument(document.get());
    FindingsPage *findings = page.findingsPage();
    QVERIFY(findings->tiles().isEmpty() || !findings->tiles().first()->isVisibleTo(findings));
    QCOMPARE(findings->headline(), QStringLiteral("Four steps to the first emotion curves:"));
    QSignalSpy actions(findings, &FindingsPage::actionRequested);
    const QList<QPushButton *> buttons = findings->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 5);
    for (QPushButton *button : buttons)
        button->click();
    QCOMPARE(actions.size(), 5);
    QCOMPARE(actions.at(2).at(0).value<FindingsPage::Action>(), FindingsPage::Action::Import);

    page.setDocument(nullptr);
    QVERIFY(findings->headline().startsWith(QStringLiteral("No project is open")));
}

void TestFindingsPage::nextStepFollowsTheCycle()
{
    Factor convenience;
    convenience.id = 1;
    convenience.name = QStringLiteral("convenience");
    CycleFactor entry;
    entry.factorId = 1;
    entry.experience = 5;
    entry.expectation = 7;
    entry.importance = 9;
    CycleSteps cycle;
    cycle.cycle.name = QStringLiteral("Cycle 1");
    QVERIFY(Findings::nextStep(cycle).startsWith(QStringLiteral("Step 1:")));
    cycle.cycle.brandValue = QStringLiteral("Always open");
    QVERIFY(Findings::nextStep(cycle).startsWith(QStringLiteral("Step 2:")));
    cycle.steps = CemSteps::compute({convenience}, {entry});
    QCOMPARE(Findings::nextStep(cycle),
             QStringLiteral("Step 5: write the requirements that close the gap of “convenience”."));
    Requirement late;
    late.title = QStringLiteral("Late opening");
    late.factorIds = {1};
    cycle.steps = CemSteps::compute({convenience}, {entry}, {late});
    QVERIFY(Findings::nextStep(cycle).startsWith(QStringLiteral("Step 6:")));
    late.decision = Decision::Do;
    cycle.steps = CemSteps::compute({convenience}, {entry}, {late});
    QCOMPARE(Findings::nextStep(cycle),
             QStringLiteral("Step 7: set a KPI for “Late opening” and measure it in the next "
                            "survey wave."));
    cycle.kpiCount = 1;
    QVERIFY(Findings::nextStep(cycle).startsWith(QStringLiteral("Measure the KPIs")));
}

// On a 1,024 px wide laptop screen with the explorer open the charts page gets about 640 px:
// the filter bar takes two rows and every chooser stays whole inside the page.
void TestFindingsPage::filtersFitANarrowWindow()
{
    ChartsPage page;
    page.setDocument(m_b2b.get());
    QVERIFY(page.minimumSizeHint().width() < 700);
    for (const int width : {640, 1900}) {
        page.resize(width, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCoreApplication::processEvents();
        QSet<int> rows;
        for (const QComboBox *combo : page.findChildren<QComboBox *>()) {
            const QRect at(combo->mapTo(&page, QPoint(0, 0)), combo->size());
            QVERIFY2(page.rect().contains(at), qPrintable(combo->objectName()));
            rows.insert(at.center().y() / 12); // a row, give or take a few pixels
        }
        QCOMPARE(rows.size(), width < 1000 ? 2 : 1);
        if (qEnvironmentVariableIsSet("PEAKEND_SCREENSHOT_DIR"))
            QVERIFY(page.grab().save(QStringLiteral("%1/findings-%2.png")
                                         .arg(qEnvironmentVariable("PEAKEND_SCREENSHOT_DIR"))
                                         .arg(width)));
    }
}

QTEST_MAIN(TestFindingsPage)
#include "tst_findingspage.moc"
