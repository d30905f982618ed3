#include "storage/projectrepository.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Peakend;

// `peakend import` killed with SIGKILL at 50 moments spread over a whole import of a 250,000
// rating export: each time the project opens again for writing (the dead process's lock is
// taken over), passes SQLite's quick_check, and holds either exactly what it held before or
// the whole new wave, never part of it.
class TestCrashConsistency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportLeavesAllOrNothing();

private:
    struct Contents
    {
        qint64 surveys = -1;
        qint64 ratings = -1;
        QString error;
    };
    static Contents contents(const QString &path);
    QProcess *startImport(const QString &project) const;

    QTemporaryDir m_dir;
    QString m_export;
    QString m_base;
    Contents m_before;
};

TestCrashConsistency::Contents TestCrashConsistency::contents(const QString &path)
{
    Contents contents;
    StoreError error;
    const auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    if (!store) {
        contents.error = error.message;
        return contents;
    }
    const ProjectRepository repository(*store);
    contents.surveys = repository.count("survey");
    contents.ratings = repository.ratingCount();
    return contents;
}

QProcess *TestCrashConsistency::startImport(const QString &project) const
{
    auto *process = new QProcess;
    process->setProgram(QStringLiteral(PEAKEND_EXECUTABLE));
    process->setArguments(
        {QStringLiteral("import"), project, m_export, QStringLiteral("--create-missing")});
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setStandardOutputFile(QProcess::nullDevice());
    process->start();
    return process;
}

void TestCrashConsistency::initTestCase()
{
    // 10,000 respondents × 25 subprocesses, long layout, as a survey tool exports it.
    m_export = m_dir.filePath(QStringLiteral("wave.csv"));
    QByteArray csv = "respondent,vendor,subprocess,rating\n";
    quint32 state = 1;
    for (int r = 1; r <= 10000; ++r) {
        for (int s = 1; s <= 25; ++s) {
            state = state * 1664525u + 1013904223u;
            csv += "R" + QByteArray::number(r) + ",Vendor " + QByteArray::number(r % 14 + 1) + ",S"
                   + QByteArray::number(s) + "," + QByteArray::number((state >> 28) % 10 + 1)
                   + "\n";
        }
    }
    QVERIFY(TestFiles::writeAll(m_export, csv));
    // A project with a wave already in it, so that "unchanged" is something.
    m_base = m_dir.filePath(QStringLiteral("base.peakend"));
    QVERIFY(DemoProject::create(DemoProject::Kind::B2b, m_base).isOk());
    m_before = contents(m_base);
    QVERIFY2(m_before.error.isEmpty(), qPrintable(m_before.error));
    QVERIFY(m_before.ratings > 0);
}

void TestCrashConsistency::killedImportLeavesAllOrNothing()
{
    // One import to the end: how long it takes, and what a whole one adds.
    const QString whole = m_dir.filePath(QStringLiteral("whole.peakend"));
    QVERIFY(QFile::copy(m_base, whole));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> complete(startImport(whole));
    QVERIFY(complete->waitForFinished(120000));
    const qint64 duration = timer.elapsed();
    QCOMPARE(complete->exitStatus(), QProcess::NormalExit);
    QCOMPARE(complete->exitCode(), 0);
    const Contents after = contents(whole);
    QCOMPARE(after.surveys, m_before.surveys + 1);
    QCOMPARE(after.ratings, m_before.ratings + 250000);

    int unchanged = 0;
    int imported = 0;
    int staleLocks = 0;
    const int kills = 50;
    for (int k = 0; k < kills; ++k) {
        const QString project = m_dir.filePath(QStringLiteral("killed-%1.peakend").arg(k));
        QFile::remove(project);
        QVERIFY(QFile::copy(m_base, project));
        std::unique_ptr<QProcess> process(startImport(project));
        QVERIFY(process->waitForStarted());
        // From the start to a little past the whole import's length.
        QTest::qWait(int(duration * 1.1 * (k + 0.5) / kills));
        if (process->state() != QProcess::NotRunning) { // the last ones may find it done
            process->kill(); // SIGKILL: no handler, no rollback by the process
            QVERIFY(process->waitForFinished(30000));
        }
        if (QFile::exists(ProjectStore::lockFilePath(project)))
            ++staleLocks; // the dead process's: open() below must take it over
        const Contents now = contents(project);
        QVERIFY2(now.error.isEmpty(),
                 qPrintable(QStringLiteral("kill %1: %2").arg(k).arg(now.error)));
        if (now.surveys == m_before.surveys) {
            QCOMPARE(now.ratings, m_before.ratings);
            ++unchanged;
        } else {
            QCOMPARE(now.surveys, m_before.surveys + 1);
            QCOMPARE(now.ratings, m_before.ratings + 250000);
            ++imported;
        }
        QFile::remove(project);
    }
    qInfo("%d kills over a %lld ms import: %d left the project unchanged, %d fully imported; "
          "%d left a stale lock",
          kills, duration, unchanged, imported, staleLocks);
    QVERIFY(unchanged > 0); // the kills did land during the import
    QVERIFY(staleLocks > 0);
}

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
