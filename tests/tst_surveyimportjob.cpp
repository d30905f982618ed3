#include "import/surveyimportjob.h"
#include "storage/projectrepository.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace Peakend;

namespace {

ImportMapping longMapping()
{
    ImportMapping mapping;
    mapping.createMissing = true;
    mapping.columns = {{ColumnRole::RespondentId, {}, {}},
                       {ColumnRole::Vendor, {}, {}},
                       {ColumnRole::Subprocess, {}, {}},
                       {ColumnRole::Rating, {}, {}}};
    return mapping;
}

} // namespace

class TestSurveyImportJob : public QObject
{
    Q_OBJECT

private slots:
    void importsOnAWorkerThread();
    void cancelLeavesTheFileUnchanged();
    void refusesAReadOnlyProject();
};

void TestSurveyImportJob::importsOnAWorkerThread()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::Meisu);
    QVERIFY(document);
    const QString csv = dir.filePath(QStringLiteral("wave.csv"));
    QByteArray bytes("respondent,vendor,subprocess,rating\n");
    for (int r = 0; r < 50000; ++r)
        bytes.append(
            QStringLiteral("R%1,Meisu Electronics,Pay,%2\n").arg(r).arg(1 + r % 10).toUtf8());
    QVERIFY(TestFiles::writeAll(csv, bytes));
    SurveyImportJob job(*document);
    QSignalSpy finished(&job, &SurveyImportJob::finished);
    QSignalSpy progress(&job, &SurveyImportJob::progress);
    job.start(csv, longMapping());
    QVERIFY(finished.wait(30000));
    const ImportReport report = finished.at(0).at(0).value<ImportReport>();
    QVERIFY2(report.isClean(), qPrintable(report.fatal));
    QVERIFY(finished.at(0).at(1).toLongLong() > 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong()); // 100 %
    // The window's own connection sees the committed wave.
    QCOMPARE(document->repository().ratingCount(), 50000);
    QCOMPARE(document->repository().surveys().size(), 1);
}

void TestSurveyImportJob::cancelLeavesTheFileUnchanged()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::Meisu);
    const QString csv = dir.filePath(QStringLiteral("wave.csv"));
    QByteArray bytes("respondent,vendor,subprocess,rating\n");
    for (int r = 0; r < 200000; ++r)
        bytes.append(QStringLiteral("R%1,Meisu Electronics,Pay,5\n").arg(r).toUtf8());
    QVERIFY(TestFiles::writeAll(csv, bytes));
    const QByteArray before = QCryptographicHash::hash(TestFiles::readAll(document->filePath()),
                                                       QCryptographicHash::Sha256);
    SurveyImportJob job(*document);
    QSignalSpy finished(&job, &SurveyImportJob::finished);
    job.start(csv, longMapping());
    job.cancel();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.at(0).at(0).value<ImportReport>().cancelled);
    QCOMPARE(QCryptographicHash::hash(TestFiles::readAll(document->filePath()),
                                      QCryptographicHash::Sha256),
             before);
    QCOMPARE(document->repository().ratingCount(), 0);
}

void TestSurveyImportJob::refusesAReadOnlyProject()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::Meisu);
    const QString path = document->filePath();
    StoreError error;
    const auto reader = ProjectDocument::open(path, &error, ProjectStore::Access::ReadOnly);
    QVERIFY2(reader, qPrintable(error.message));
    SurveyImportJob job(*reader);
    QSignalSpy finished(&job, &SurveyImportJob::finished);
    job.start(QStringLiteral(PEAKEND_FIXTURES "/import/long.csv"), longMapping());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).value<ImportReport>().fatal.contains(QStringLiteral("read-only")));
}

QTEST_GUILESS_MAIN(TestSurveyImportJob)
#include "tst_surveyimportjob.moc"
