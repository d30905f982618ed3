#include "demo/demoproject.h"
#include "pdftools.h"
#include "projectsummary.h"
#include "report/summaryreport.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Peakend;

class TestSummaryReport : public QObject
{
    Q_OBJECT

private slots:
    void writesReadablePdf();
    void failedWriteLeavesNoFile();
};

void TestSummaryReport::writesReadablePdf()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("b2b.peakend"));
    QVERIFY(DemoProject::create(DemoProject::Kind::B2b, project).isOk());
    StoreError error;
    auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly, &error);
    QVERIFY(store);
    const ProjectSummary summary = ProjectSummary::load(ProjectRepository(*store));
    QCOMPARE(summary.respondentCount, 757);
    QCOMPARE(summary.vendors.size(), 14);

    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    QString message;
    QVERIFY2(SummaryReport::write(summary, pdf, &message), qPrintable(message));
    QVERIFY(TestFiles::readAll(pdf).startsWith("%PDF-"));

    if (!PdfTools::available())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = PdfTools::text(pdf);
    QVERIFY2(text.contains(QStringLiteral("B2B IT purchasing (synthetic)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Synthetic demonstration data")));
    QVERIFY(text.contains(QStringLiteral("757")));
    QVERIFY(text.contains(QStringLiteral("Apex Direct")));
    QVERIFY(text.contains(QStringLiteral("After-sales follow-up")));
}

void TestSummaryReport::failedWriteLeavesNoFile()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("missing-folder/summary.pdf"));
    QString message;
    QVERIFY(!SummaryReport::write(ProjectSummary(), pdf, &message));
    QVERIFY(message.startsWith(QStringLiteral("“%1” cannot be written: ").arg(pdf)));
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
}

QTEST_MAIN(TestSummaryReport)
#include "tst_summaryreport.moc"
