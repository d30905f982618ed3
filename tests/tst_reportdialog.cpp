#include "assembly/waveassembler.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "report/reportdialog.h"
#include "testfiles.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peakend;

// Export Report from the window: the PDF and, when asked, the tables beside it; the cycle
// chosen; a failure shown in the dialog with nothing written.
class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesReportAndTables();
    void failureStaysInTheDialog();

private:
    static QPushButton *exportButton(ReportDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    WaveAssembly m_assembly;
};

void TestReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // remembered choices go to a test location
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::Meisu);
    QVERIFY(m_document);
    m_assembly = WaveAssembler::assemble(m_document->repository());
}

QPushButton *TestReportDialog::exportButton(ReportDialog &dialog)
{
    for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons()) {
        if (button->text() == QStringLiteral("&Export"))
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

void TestReportDialog::writesReportAndTables()
{
    QTemporaryDir out;
    ReportDialog dialog(m_document->repository(), m_assembly);
    QVERIFY(dialog.path().endsWith(QStringLiteral("-report.pdf")));
    const QString pdf = out.filePath(QStringLiteral("meisu.pdf"));
    dialog.setPath(out.filePath(QStringLiteral("meisu.txt")));
    QVERIFY(!exportButton(dialog)->isEnabled()); // a PDF or nothing
    dialog.setPath(pdf);
    QVERIFY(exportButton(dialog)->isEnabled());
    dialog.setCycle(1);
    dialog.setTablesWritten(true);
    QCOMPARE(dialog.findChild<QCheckBox *>()->text(),
             QStringLiteral("Also write each table as CSV into “meisu-tables”"));
    exportButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(TestFiles::readAll(pdf).startsWith("%PDF-"));
    const QStringList tables = QDir(out.filePath(QStringLiteral("meisu-tables")))
                                   .entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QVERIFY2(tables.contains(QStringLiteral("03-cycle1-step4-gap.csv")),
             qPrintable(tables.join(QLatin1Char(' '))));
    const QString gap = QString::fromUtf8(
        TestFiles::readAll(out.filePath(QStringLiteral("meisu-tables/03-cycle1-step4-gap.csv"))));
    QVERIFY2(gap.contains(QStringLiteral("convenience,5,10,-5\r\n")), qPrintable(gap));
}

void TestReportDialog::failureStaysInTheDialog()
{
    QTemporaryDir out;
    ReportDialog dialog(m_document->repository(), m_assembly);
    const QString pdf = out.filePath(QStringLiteral("missing/report.pdf"));
    dialog.setPath(pdf);
    dialog.setTablesWritten(false);
    exportButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, not accepted
    QVERIFY2(dialog.error().startsWith(QStringLiteral("“%1” cannot be written: ").arg(pdf)),
             qPrintable(dialog.error()));
    QCOMPARE(dialog.path(), pdf);
    QVERIFY(QDir(out.path()).isEmpty());
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
