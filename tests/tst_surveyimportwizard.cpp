#include "import/importmappingpage.h"
#include "import/savedmappings.h"
#include "import/surveyimportwizard.h"
#include "itemmodels/importmappingmodel.h"
#include "storage/projectrepository.h"
#include "testfiles.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Peakend;

// The wizard driven as a user would: a long export into an empty project, unknown names
// added, the mapping saved; then Undo; then the next wave finds the saved mapping.
class TestSurveyImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsThroughEveryPage();
    void mapsAGridInOneAction();
    void saysWhatAWrongFileIs_data();
    void saysWhatAWrongFileIs();

private:
    static void shoot(QWizard *wizard, const QString &name);
    QTranslator m_translator;
};

// With PEAKEND_SCREENSHOT_LANG (e.g. zh_CN) the wizard speaks that language, for screenshots.
void TestSurveyImportWizard::initTestCase()
{
    const QString language = qEnvironmentVariable("PEAKEND_SCREENSHOT_LANG", QStringLiteral("en"));
    QVERIFY(
        m_translator.load(QStringLiteral("peakend_") + language, QStringLiteral(PEAKEND_QM_DIR)));
    QCoreApplication::installTranslator(&m_translator);
}

// With PEAKEND_SCREENSHOT_DIR set, saves the wizard as it is now, for looking at.
void TestSurveyImportWizard::shoot(QWizard *wizard, const QString &name)
{
    const QString dir = qEnvironmentVariable("PEAKEND_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    wizard->resize(1280, 820);
    QCoreApplication::processEvents();
    QVERIFY(wizard->grab().save(QStringLiteral("%1/import-%2.png").arg(dir, name)));
}

void TestSurveyImportWizard::importsThroughEveryPage()
{
    QTemporaryDir dir;
    const auto document = TestFiles::newDocument(dir, QStringLiteral("wizard"));
    QVERIFY(document);
    const QString file = TestFiles::importFixture(QStringLiteral("long.csv"));
    {
        SurveyImportWizard wizard(document.get());
        wizard.setFile(file);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(SurveyImportWizard::FilePage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SurveyImportWizard::PreviewPage));
        QVERIFY(!wizard.currentPage()->isComplete()); // read off the UI thread
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        QCOMPARE(wizard.draft().layout.kind, SurveyLayout::PlainLong);
        QCOMPARE(wizard.draft().preview.encoding, QStringLiteral("UTF-8"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SurveyImportWizard::MappingPage));
        QWidget *mapping = wizard.currentPage();
        // The project is empty: without adding names every row would be refused.
        mapping->findChild<QCheckBox *>(QStringLiteral("createMissing"))->setChecked(true);
        mapping->findChild<QLineEdit *>(QStringLiteral("saveMappingAs"))
            ->setText(QStringLiteral("Tracker"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SurveyImportWizard::ValidationPage));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        QCOMPARE(wizard.draft().validation.dataRows, 36);
        QCOMPARE(wizard.draft().validation.ratings, 36);
        QCOMPARE(document->repository().count("survey"), 0); // validation wrote nothing
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SurveyImportWizard::ProgressPage));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
    }
    QCOMPARE(document->repository().surveys().size(), 1);
    QCOMPARE(document->repository().surveys().at(0).name, QStringLiteral("long"));
    QCOMPARE(document->repository().ratingCount(), 36);
    QCOMPARE(document->repository().vendors().size(), 2);
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(SavedMappings::all(TestFiles::storeOf(*document).handle()).size(), 1);

    document->undoStack()->undo();
    QCOMPARE(document->repository().count("survey"), 0);
    QCOMPARE(document->repository().vendors().size(), 0);

    // The next wave: the saved mapping is filled in, adding names included.
    SurveyImportWizard again(document.get());
    again.setFile(file);
    again.show();
    again.next();
    QTRY_VERIFY(again.currentPage()->isComplete());
    again.next();
    QVERIFY(
        again.currentPage()->findChild<QCheckBox *>(QStringLiteral("createMissing"))->isChecked());
    QCOMPARE(again.draft().savedMappingName, QStringLiteral("Tracker"));
}

// A Qualtrics export (German, 1–7) into a project whose journey the file does not name: the
// grid's three columns are selected with the keyboard and mapped in one action, each to the
// subprocess its header's option names, added to the project in the file's order.
void TestSurveyImportWizard::mapsAGridInOneAction()
{
    QTemporaryDir dir;
    const auto document = TestFiles::newDocument(dir, QStringLiteral("grid"));
    ProjectRepository &repository = document->writableRepository();
    repository.addVendor({0, QStringLiteral("Apex"), true, QString(), 0});
    repository.addVendor({0, QStringLiteral("Borealis"), false, QString(), 1});
    repository.addSubprocess({0, QStringLiteral("Beratung"), Phase::PrePurchase, 0, false});
    SurveyImportWizard wizard(document.get());
    wizard.setFile(TestFiles::importFixture(QStringLiteral("qualtrics-de.csv")));
    wizard.show();
    wizard.next();
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    QCOMPARE(wizard.draft().layout.kind, SurveyLayout::Qualtrics);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SurveyImportWizard::MappingPage));
    auto *page = static_cast<ImportMappingPage *>(wizard.currentPage());
    QTableView *table = page->table();
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->index(11, ImportMappingModel::RoleColumn).data(Qt::EditRole).toInt(),
             int(ColumnRole::Ignore)); // the header names no subprocess of the project

    table->setFocus();
    table->setCurrentIndex(model->index(11, ImportMappingModel::RoleColumn));
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
    page->findChild<QPushButton *>(QStringLiteral("applyToSelected"))->click();
    shoot(&wizard, QStringLiteral("grid-mapped"));
    QCOMPARE(model->index(11, ImportMappingModel::TargetColumn).data().toString(),
             QStringLiteral("Angebot"));
    QCOMPARE(model->index(13, ImportMappingModel::TargetColumn).data().toString(),
             QStringLiteral("Support"));
    QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("createMissing"))->isChecked());

    wizard.next();
    QCOMPARE(wizard.currentId(), int(SurveyImportWizard::ValidationPage));
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    QCOMPARE(wizard.draft().validation.ratings, 11);
    shoot(&wizard, QStringLiteral("grid-validated"));
    wizard.next();
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    QStringList journey;
    for (const Subprocess &subprocess : document->repository().subprocesses())
        journey.append(subprocess.name);
    QCOMPARE(journey, (QStringList{QStringLiteral("Beratung"), QStringLiteral("Angebot"),
                                   QStringLiteral("Lieferung"), QStringLiteral("Support")}));
    QCOMPARE(document->repository().surveys().at(0).scale, (Scale{1, 7, 4}));
}

// A wrong or hostile file: the preview says what it is, and Next stays disabled.
void TestSurveyImportWizard::saysWhatAWrongFileIs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("PNG named .csv")
        << QStringLiteral("answers.csv")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)
        << QStringLiteral("answers.csv is a PNG image, not a survey export");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QByteArray()
                           << QStringLiteral("empty.csv is empty: there is nothing to import.");
    QTest::newRow("binary") << QStringLiteral("data.csv")
                            << QByteArray("id,vendor\n\x01\0\x02\0\0\0\x7f\0\0\xff", 20)
                            << QStringLiteral("data.csv is binary data, not text");
}

void TestSurveyImportWizard::saysWhatAWrongFileIs()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const auto document = TestFiles::newDocument(dir, QStringLiteral("wrong"));
    const QString file = dir.filePath(name);
    QVERIFY(TestFiles::writeAll(file, bytes));
    SurveyImportWizard wizard(document.get());
    wizard.setFile(file);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SurveyImportWizard::PreviewPage));
    const auto *detected = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("detected"));
    QVERIFY(detected);
    QTRY_VERIFY2(detected->text().contains(message), qPrintable(detected->text()));
    QVERIFY(!wizard.currentPage()->isComplete());
    shoot(&wizard, QStringLiteral("wrong-%1").arg(name));
}

QTEST_MAIN(TestSurveyImportWizard)
#include "tst_surveyimportwizard.moc"
