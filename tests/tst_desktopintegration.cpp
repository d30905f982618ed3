#include "testfiles.h"

#include <QDir>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Peakend;

// resources/desktop checked with the freedesktop.org tools a distribution runs on them, the
// MIME type recognising real project files (by name and by content), and `cmake --install`
// putting everything where desktops look.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopFileValidates();
    void metainfoValidates();
    void mimeTypeRecognisesProjects();
    void installPutsFilesInPlace();

private:
    struct Result
    {
        int exitCode = -1;
        QString output;
    };
    static Result run(const QString &program, const QStringList &arguments);
    static QString resource(const char *name)
    {
        return QStringLiteral(PEAKEND_SOURCE_DIR "/resources/") + QString::fromUtf8(name);
    }

    QTemporaryDir m_dir;
};

TestDesktopIntegration::Result TestDesktopIntegration::run(const QString &program,
                                                           const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return {-1, program + QStringLiteral(" is not installed")};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

void TestDesktopIntegration::initTestCase()
{
    // A MIME database compiled as a distribution does on install (update-mime-database), from
    // freedesktop.org's types and ours, and the only one this process reads.
    const QString mime = m_dir.filePath(QStringLiteral("share/mime"));
    QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        mime + QStringLiteral("/packages/freedesktop.org.xml")));
    QVERIFY(QFile::copy(resource("desktop/peakend-mime.xml"),
                        mime + QStringLiteral("/packages/org.peakend.Peakend.xml")));
    const Result compiled = run(QStringLiteral("update-mime-database"), {mime});
    QVERIFY2(compiled.exitCode == 0, qPrintable(compiled.output));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(QStringLiteral("share"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
}

void TestDesktopIntegration::desktopFileValidates()
{
    const Result result = run(QStringLiteral("desktop-file-validate"),
                              {resource("desktop/org.peakend.Peakend.desktop")});
    QVERIFY2(result.exitCode == 0 && result.output.trimmed().isEmpty(), qPrintable(result.output));
    const QString text
        = QString::fromUtf8(TestFiles::readAll(resource("desktop/org.peakend.Peakend.desktop")));
    QVERIFY(text.contains(QStringLiteral("Name[zh_CN]=Peakend 客户体验分析")));
    QVERIFY(text.contains(QStringLiteral("Name[zh_TW]=Peakend 顧客體驗分析")));
    QVERIFY(text.contains(QStringLiteral("MimeType=application/x-peakend-project;")));
}

void TestDesktopIntegration::metainfoValidates()
{
    const Result result = run(QStringLiteral("appstreamcli"),
                              {QStringLiteral("validate"), QStringLiteral("--no-net"),
                               resource("desktop/org.peakend.Peakend.metainfo.xml")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QVERIFY2(result.output.contains(QStringLiteral("Validation was successful")),
             qPrintable(result.output));
}

void TestDesktopIntegration::mimeTypeRecognisesProjects()
{
    const QString project = m_dir.filePath(QStringLiteral("meisu.peakend"));
    QVERIFY(DemoProject::create(DemoProject::Kind::Meisu, project).isOk());
    const QMimeDatabase mime;
    const QMimeType type = mime.mimeTypeForFile(project);
    QCOMPARE(type.name(), QStringLiteral("application/x-peakend-project"));
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    // Renamed, it is still recognised by its content: SQLite with application_id "PEAK".
    const QString renamed = m_dir.filePath(QStringLiteral("meisu.backup"));
    QVERIFY(QFile::copy(project, renamed));
    QCOMPARE(mime.mimeTypeForFile(renamed).name(), QStringLiteral("application/x-peakend-project"));
    // Any other SQLite file is not a project.
    const QString other = m_dir.filePath(QStringLiteral("other.backup"));
    QVERIFY(TestFiles::execSql(other, "CREATE TABLE t (x)"));
    QVERIFY(mime.mimeTypeForFile(other).name() != QStringLiteral("application/x-peakend-project"));
}

void TestDesktopIntegration::installPutsFilesInPlace()
{
    const QString prefix = m_dir.filePath(QStringLiteral("prefix"));
    const Result result = run(QStringLiteral(PEAKEND_CMAKE),
                              {QStringLiteral("--install"), QStringLiteral(PEAKEND_BINARY_DIR),
                               QStringLiteral("--prefix"), prefix});
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    for (const char *path : {"bin/peakend", "share/applications/org.peakend.Peakend.desktop",
                             "share/metainfo/org.peakend.Peakend.metainfo.xml",
                             "share/mime/packages/org.peakend.Peakend.xml",
                             "share/icons/hicolor/scalable/apps/org.peakend.Peakend.svg"}) {
        QVERIFY2(QFileInfo::exists(prefix + QLatin1Char('/') + QString::fromUtf8(path)), path);
    }
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
