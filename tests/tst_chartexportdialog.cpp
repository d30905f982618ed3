#include "charts/chart.h"
#include "charts/winmatrixchart.h"
#include "chartspage.h"
#include "export/chartexportdialog.h"
#include "testfiles.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Peakend;

// Export Chart and Copy Chart as a user drives them: the dialog writes what was chosen, keeps
// a failure on screen with nothing written, and the clipboard gets the chart as seen.
class TestChartExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsWhatWasChosen();
    void failureStaysInTheDialog();
    void copiesTheChartAsSeen();
    void longChartStartsTallEnough();

private:
    static void clickExport(ChartExportDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    ChartsPage *m_page = nullptr;
};

void TestChartExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // remembered choices go to a test location
    QSettings().clear();                      // … from none: the defaults
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::B2b);
    QVERIFY(m_document);
    m_page = new ChartsPage;
    m_page->setDocument(m_document.get());
    m_page->resize(1000, 700);
    m_page->show();
    m_page->showChart(ChartBook::EmotionCurves);
}

void TestChartExportDialog::clickExport(ChartExportDialog &dialog)
{
    const auto buttons = dialog.findChild<QDialogButtonBox *>()->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->text() == QStringLiteral("&Export"))
            button->click();
    }
}

void TestChartExportDialog::exportsWhatWasChosen()
{
    ChartExportOptions about;
    about.projectName = QStringLiteral("B2B");
    ChartExportDialog dialog(m_page->currentChart(), about);
    dialog.show();
    // The suggested name comes from the chart's title.
    QVERIFY2(dialog.path().endsWith(QStringLiteral("Emotion-curves-against-the-benchmark.png")),
             qPrintable(dialog.path()));
    const QString path = m_dir.filePath(QStringLiteral("curves.png"));
    dialog.setPath(path);
    dialog.findChild<QComboBox *>(QStringLiteral("exportResolution"))->setCurrentIndex(1); // 2×
    clickExport(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QImage(path).size(), QSize(3200, 2000)); // 1600 × 1000 at 2×

    // The next export starts from the same folder, format and resolution.
    ChartExportDialog again(m_page->currentChart(), about);
    QCOMPARE(QFileInfo(again.path()).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY(again.path().endsWith(QStringLiteral(".png")));
    QCOMPARE(again.options().scale, 2.0);
}

void TestChartExportDialog::failureStaysInTheDialog()
{
    ChartExportDialog dialog(m_page->currentChart(), ChartExportOptions());
    dialog.show();
    const QString path = m_dir.filePath(QStringLiteral("no such folder/curves.pdf"));
    dialog.setPath(path);
    clickExport(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.error().startsWith(QStringLiteral("“%1” cannot be written: ").arg(path)),
             qPrintable(dialog.error()));
    QCOMPARE(dialog.path(), path); // what was typed stays
    QVERIFY(!QFileInfo::exists(path));
    dialog.setPath(m_dir.filePath(QStringLiteral("curves.pdf")));
    QVERIFY(dialog.error().isEmpty()); // editing clears the message
}

void TestChartExportDialog::copiesTheChartAsSeen()
{
    QGuiApplication::clipboard()->clear();
    const Chart *copied = m_page->copyCurrentChart();
    QCOMPARE(copied, m_page->chart(ChartBook::EmotionCurves));
    const QWidget *view = m_page->findChild<QTabWidget *>()->currentWidget();
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), view->size() * view->devicePixelRatioF());
    QVERIFY(image.pixel(image.width() / 2, image.height() / 2) != 0u);
}

// The heat map of 200 vendors: the height starts at what its rows need, and the export writes
// it; a lower height typed in is refused in the dialog, with the height that works.
void TestChartExportDialog::longChartStartsTallEnough()
{
    QTemporaryDir dir;
    WinMatrixChart chart;
    chart.setCurves(TestFiles::manyVendorCurves(dir.filePath(QStringLiteral("many.peakend")), 200));
    ChartExportDialog dialog(&chart, ChartExportOptions());
    dialog.show();
    auto *height = dialog.findChild<QSpinBox *>(QStringLiteral("exportHeight"));
    QVERIFY(height);
    const int needed = height->value();
    QVERIFY(needed > 1000);
    QVERIFY(chart.layoutProblem(QRectF(0, 0, dialog.options().size.width(), needed)).isEmpty());

    const QString path = dir.filePath(QStringLiteral("wins.png"));
    dialog.setPath(path);
    height->setValue(1000);
    clickExport(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(
        dialog.error().contains(
            QStringLiteral("Make it at least %1 pixels high.").arg(QLocale().toString(needed))),
        qPrintable(dialog.error()));
    QVERIFY(!QFileInfo::exists(path));
    height->setValue(needed);
    clickExport(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QImage(path).height(), qRound(needed * dialog.options().scale)); // at 1× or 2×
    QSettings().clear(); // the next run starts from the defaults again
}

QTEST_MAIN(TestChartExportDialog)
#include "tst_chartexportdialog.moc"
