#include "storage/projectstore.h"
#include "testfiles.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Peakend;

// Runs the real executable, as a script or a user at a terminal would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void newDemoThenCheck();
    void checkRefusesForeignFile();
    void usageErrors_data();
    void usageErrors();
    void help();
    void reportFromDemo();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QString &workingDirectory = QString());
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments,
                                             const QString &workingDirectory)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program picks offscreen itself
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(PEAKEND_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {-1, QString(), QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::newDemoThenCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meisu.peakend"));
    Result result
        = run({QStringLiteral("new"), path, QStringLiteral("--demo"), QStringLiteral("meisu")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("Created %1").arg(path));
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM cycle_factor"), 6);

    result = run({QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(),
             QStringLiteral("%1: OK (file format %2)").arg(path).arg(Migrator().latestVersion()));

    const QString empty = dir.filePath(QStringLiteral("empty.peakend"));
    result = run({QStringLiteral("new"), empty, QStringLiteral("--name"), QStringLiteral("Q3")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(TestFiles::queryInt(empty, "SELECT count(*) FROM project WHERE name = 'Q3'"), 1);
}

void TestCommandLine::checkRefusesForeignFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("music.peakend"));
    QVERIFY(TestFiles::execSql(path, "PRAGMA application_id = 1; CREATE TABLE songs (t)"));
    const QByteArray before = TestFiles::readAll(path);
    const Result result = run({QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("“music.peakend” is an SQLite database of another "
                                                "program (application id 0x00000001), not a "
                                                "Peakend project.")),
             qPrintable(result.err));
    QCOMPARE(TestFiles::readAll(path), before);
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown demo") << QStringList{QStringLiteral("new"), QStringLiteral("x.peakend"),
                                                 QStringLiteral("--demo"), QStringLiteral("acme")}
                                  << QStringLiteral("Unknown demo “acme”: use meisu or b2b.");
    QTest::newRow("no file") << QStringList{QStringLiteral("check")}
                             << QStringLiteral("Name one file to check.");
    QTest::newRow("report without output")
        << QStringList{QStringLiteral("report"), QStringLiteral("x.peakend")}
        << QStringLiteral("Usage: peakend report FILE -o OUT.pdf, or peakend report --demo "
                          "meisu|b2b -o OUT.pdf");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("check"), QStringLiteral("--frob")}
        << QStringLiteral("Unknown option 'frob'.");
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Result result = run(arguments, dir.path());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.peakend"))));
}

void TestCommandLine::help()
{
    for (const char *command : {"new", "report", "check"}) {
        const Result result = run({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Usage:")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("--help")));
    }
    // The window's own help answers without a display; the window itself says what to do.
    Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Subcommands (each has --help): new, report, "
                                               "check.")));
    result = run({});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("There is no display to open a window on.")),
             qPrintable(result.err));
}

void TestCommandLine::reportFromDemo()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("demo.pdf"));
    const Result result = run({QStringLiteral("report"), QStringLiteral("--demo"),
                               QStringLiteral("b2b"), QStringLiteral("-o"), pdf});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("Wrote the report to %1").arg(pdf));
    QVERIFY(TestFiles::readAll(pdf).startsWith("%PDF-"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
