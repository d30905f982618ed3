#include "charts/chartstyle.h"
#include "charts/emotioncurvechart.h"
#include "chartspage.h"
#include "commands/setworkshoprating.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "presentation/presentationwindow.h"
#include "presentation/presenterview.h"
#include "testfiles.h"
#include "textprobe.h"
#include "uilanguage.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace Peakend;

// Presentation mode as a facilitator drives it: full screen, the keys between the charts and
// through the vendors, the window's page following, edits on the laptop and drags on the
// projected curve reaching both, the presenter view, Esc.
class TestPresentationWindow : public QObject
{
    Q_OBJECT

private slots:
    void keysMoveBetweenChartsAndVendors();
    void projectorThemeIsScoped();
    void editsAndDragsReachTheProjection();
    void presenterViewFollows();
    void typeIsReadableOnEverySlide_data();
    void typeIsReadableOnEverySlide();
};

void TestPresentationWindow::keysMoveBetweenChartsAndVendors()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::B2b);
    QVERIFY(document);
    ChartsPage page;
    page.setDocument(document.get());
    QPointer<PresentationWindow> presentation = new PresentationWindow(&page);
    QSignalSpy finished(presentation.data(), &PresentationWindow::finished);
    presentation->present(QGuiApplication::primaryScreen());
    QVERIFY(presentation->windowState() & Qt::WindowFullScreen);

    // Only charts with something to show: B2B has no CEM cycle, so no gap figure.
    const QList<ChartBook::Page> pages = presentation->pages();
    QVERIFY(pages.size() >= 10);
    QVERIFY(!pages.contains(ChartBook::Gaps));
    QCOMPARE(presentation->currentPage(), ChartBook::EmotionCurves);
    QTest::keyClick(presentation, Qt::Key_Right);
    QCOMPARE(presentation->currentPage(), pages.at(1));
    QCOMPARE(page.currentChart(), page.chart(pages.at(1))); // the laptop follows
    QTest::keyClick(presentation, Qt::Key_Space);
    QTest::keyClick(presentation, Qt::Key_Left);
    QCOMPARE(presentation->currentPage(), pages.at(1));
    QTest::keyClick(presentation, Qt::Key_End);
    QTest::keyClick(presentation, Qt::Key_PageDown);
    QCOMPARE(presentation->currentPage(), pages.constLast());
    QCOMPARE(presentation->nextChart(), nullptr);
    QTest::keyClick(presentation, Qt::Key_Home);
    QCOMPARE(presentation->currentPage(), pages.first());

    // ↓ highlights the vendors one by one, on the laptop and on the projection.
    const QList<Vendor> vendors = document->repository().vendors();
    const auto *curves = static_cast<const EmotionCurveChart *>(presentation->currentChart());
    // The project opened with its paradox vendor in focus; 0 clears it.
    QCOMPARE(curves->highlightedVendor(), vendors.at(0).id);
    QTest::keyClick(presentation, Qt::Key_0);
    QCOMPARE(curves->highlightedVendor(), 0);
    QTest::keyClick(presentation, Qt::Key_Down);
    QCOMPARE(page.view().highlightedVendor, vendors.at(0).id);
    QCOMPARE(curves->highlightedVendor(), vendors.at(0).id);
    QTest::keyClick(presentation, Qt::Key_Down);
    QCOMPARE(curves->highlightedVendor(), vendors.at(1).id);
    QTest::keyClick(presentation, Qt::Key_Up);
    QCOMPARE(curves->highlightedVendor(), vendors.at(0).id);
    QTest::keyClick(presentation, Qt::Key_0);
    QCOMPARE(curves->highlightedVendor(), 0);

    QTest::keyClick(presentation, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(presentation.isNull()); // closed and deleted
}

void TestPresentationWindow::projectorThemeIsScoped()
{
    using namespace ChartStyle;
    QCOMPARE(theme(), Theme::Screen);
    const QColor screenGrid = color(Role::Grid);
    {
        const ThemeScope projector(Theme::Projector);
        QCOMPARE(color(Role::Text), QColor(Qt::black));
        QVERIFY(color(Role::Grid).lightness() < screenGrid.lightness() - 40);
        {
            const ThemeScope nested(Theme::Screen);
            QCOMPARE(color(Role::Grid), screenGrid);
        }
        QCOMPARE(theme(), Theme::Projector);
    }
    QCOMPARE(theme(), Theme::Screen);
}

// Meisu with workshop scores: a score typed on the laptop shows on the projection at once, and
// a point dragged on the projection changes the score (one undo step), the laptop's charts
// following.
void TestPresentationWindow::editsAndDragsReachTheProjection()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openMeisuWorkshop(dir);
    QVERIFY(document);
    const QList<Subprocess> stages = document->repository().subprocesses();
    const qint64 meisu = document->repository().vendors().first().id;
    ChartsPage page;
    page.setDocument(document.get());
    PresentationWindow presentation(&page);
    presentation.setAttribute(Qt::WA_DeleteOnClose, false);
    presentation.resize(1280, 720);
    presentation.show();
    QCOMPARE(presentation.currentPage(), ChartBook::EmotionCurves);
    const auto *curves = static_cast<const EmotionCurveChart *>(presentation.currentChart());
    QVERIFY(curves != page.chart(ChartBook::EmotionCurves)); // its own, in the projector theme

    document->undoStack()->push(new SetWorkshopRating(document.get(), meisu, stages.at(2).id, 8.0));
    QTRY_COMPARE(curves->curves().vendors.at(0).cells.at(2).rating.mean, 8.0);

    presentation.grab(); // lays the chart out at the projection's size
    const QPoint from = (curves->pointPosition(0, 4) * PresentationWindow::zoom).toPoint();
    const QPoint to = from - QPoint(0, 150);
    const double expected
        = std::round((curves->eAt(to.y() / PresentationWindow::zoom) + 5.5) * 10.0) / 10.0;
    const int steps = document->undoStack()->count();
    // One move: each move maps the pointer on the curve as last laid out, and the axis may
    // rescale once a score changes.
    QTest::mousePress(&presentation, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(&presentation, to);
    QTest::mouseRelease(&presentation, Qt::LeftButton, Qt::NoModifier, to);
    const qint64 survey = document->repository().workshopSurvey();
    QVERIFY(expected > 3.5);
    QCOMPARE(document->repository().workshopRating(survey, meisu, stages.at(4).id), expected);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QTRY_COMPARE(curves->curves().vendors.at(0).cells.at(4).rating.mean, expected);
    const auto *laptop
        = static_cast<const EmotionCurveChart *>(page.chart(ChartBook::EmotionCurves));
    QCOMPARE(laptop->curves().vendors.at(0).cells.at(4).rating.mean, expected);

    // The room takes the drag back without leaving the projection: Ctrl+Z, then Ctrl+Y again.
    QTest::keyClick(&presentation, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->repository().workshopRating(survey, meisu, stages.at(4).id), 3.5);
    QTRY_COMPARE(curves->curves().vendors.at(0).cells.at(4).rating.mean, 3.5);
    QTest::keyClick(&presentation, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(document->repository().workshopRating(survey, meisu, stages.at(4).id), expected);

    // While dragging, the score under the pointer is read out on the slide.
    presentation.grab();
    const QPoint start = (curves->pointPosition(0, 5) * PresentationWindow::zoom).toPoint();
    QTest::mousePress(&presentation, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(&presentation, start - QPoint(0, 80));
    const double dragged = document->repository().workshopRating(survey, meisu, stages.at(5).id);
    TextProbe::Device probe(presentation.size());
    presentation.render(&probe);
    const QString readout = QStringLiteral("Meisu Electronics · %1: %2")
                                .arg(stages.at(5).name, QLocale().toString(dragged, 'f', 1));
    QVERIFY2(std::any_of(probe.texts().cbegin(), probe.texts().cend(),
                         [&](const TextProbe::Text &t) { return t.text == readout; }),
             qPrintable(readout));
    QTest::mouseRelease(&presentation, Qt::LeftButton, Qt::NoModifier, start - QPoint(0, 80));
}

void TestPresentationWindow::typeIsReadableOnEverySlide_data()
{
    QTest::addColumn<DemoProject::Kind>("kind");
    QTest::addColumn<QString>("language");
    QTest::newRow("b2b") << DemoProject::Kind::B2b << QString();
    QTest::newRow("meisu") << DemoProject::Kind::Meisu << QString();
    QTest::newRow("b2b-zh_CN") << DemoProject::Kind::B2b << QStringLiteral("zh_CN");
    QTest::newRow("meisu-zh_TW") << DemoProject::Kind::Meisu << QStringLiteral("zh_TW");
}

// At 1920 × 1080 every piece of text on every slide (axes, legend, caption, labels, the slide
// number) is at least 24 px, and the slide says which of how many it is.
void TestPresentationWindow::typeIsReadableOnEverySlide()
{
    QFETCH(DemoProject::Kind, kind);
    QFETCH(QString, language);
    const UiLanguage ui(language, QStringLiteral(PEAKEND_QM_DIR)); // names and labels too
    QVERIFY(ui.isLoaded());
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, kind);
    QVERIFY(document);
    ChartsPage page;
    page.setDocument(document.get());
    PresentationWindow presentation(&page);
    presentation.setAttribute(Qt::WA_DeleteOnClose, false);
    presentation.resize(1920, 1080);
    for (int slide = 0; slide < presentation.pages().size(); ++slide) {
        TextProbe::Device probe(QSize(1920, 1080));
        presentation.render(&probe);
        const QList<TextProbe::Text> &texts = probe.texts();
        QVERIFY(texts.size() > 3);
        const QString number
            = QStringLiteral("%1 / %2").arg(slide + 1).arg(presentation.pages().size());
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                             [&](const TextProbe::Text &t) { return t.text == number; }),
                 qPrintable(number));
        for (const TextProbe::Text &text : texts) {
            QVERIFY2(text.pixels >= PresentationWindow::minimumTextPixels - 0.5,
                     qPrintable(QStringLiteral("%1: “%2” at %3 px")
                                    .arg(ChartBook::key(presentation.currentPage()), text.text)
                                    .arg(text.pixels)));
        }
        if (qEnvironmentVariableIsSet("PEAKEND_SCREENSHOT_DIR"))
            presentation.grab().save(QStringLiteral("%1/slide-%2-%3.png")
                                         .arg(qEnvironmentVariable("PEAKEND_SCREENSHOT_DIR"),
                                              QLatin1String(QTest::currentDataTag()),
                                              ChartBook::key(presentation.currentPage())));
        presentation.step(1);
    }
}

void TestPresentationWindow::presenterViewFollows()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::B2b);
    QVERIFY(document);
    ChartsPage page;
    page.setDocument(document.get());
    PresentationWindow presentation(&page);
    presentation.setAttribute(Qt::WA_DeleteOnClose, false);
    PresenterView presenter(&presentation);
    presenter.resize(1280, 800);
    presenter.show();
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$"))
                .match(presenter.elapsedText())
                .hasMatch());
    QCOMPARE(presenter.notes(), presentation.currentChart()->caption());
    presenter.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Ask the room first."));
    QTest::keyClick(&presenter, Qt::Key_Right); // the presentation's keys work here
    QCOMPARE(presentation.currentPage(), presentation.pages().at(1));
    QCOMPARE(presenter.notes(), presentation.currentChart()->caption());
    QTest::keyClick(&presenter, Qt::Key_Left);
    QCOMPARE(presenter.notes(), QStringLiteral("Ask the room first."));
    if (qEnvironmentVariableIsSet("PEAKEND_SCREENSHOT_DIR")) {
        const QString folder = qEnvironmentVariable("PEAKEND_SCREENSHOT_DIR");
        presenter.grab().save(folder + QStringLiteral("/presenter-view.png"));
        presentation.resize(1920, 1080);
        presentation.grab().save(folder + QStringLiteral("/presentation.png"));
    }
}

QTEST_MAIN(TestPresentationWindow)
#include "tst_presentationwindow.moc"
