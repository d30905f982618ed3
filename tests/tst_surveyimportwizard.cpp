#include "import/savedmappings.h"
#include "import/surveyimportwizard.h"
#include "testfiles.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTest>

using namespace Peakend;

// The wizard driven as a user would: a long export into an empty project, unknown names
// added, the mapping saved; then Undo; then the next wave finds the saved mapping.
class TestSurveyImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void importsThroughEveryPage();
};

namespace {

QLineEdit *fieldWithPlaceholder(QWidget *page, const QString &placeholder)
{
    for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
        if (edit->placeholderText() == placeholder)
            return edit;
    }
    return nullptr;
}

} // namespace

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
        QCOMPARE(wizard.draft().layout.kind, SurveyLayout::PlainLong);
        QCOMPARE(wizard.draft().preview.encoding, QStringLiteral("UTF-8"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SurveyImportWizard::MappingPage));
        QWidget *mapping = wizard.currentPage();
        // The project is empty: without adding names every row would be refused.
        mapping->findChild<QCheckBox *>()->setChecked(true);
        fieldWithPlaceholder(mapping, QStringLiteral("leave empty not to save it"))
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
    QCOMPARE(SavedMappings::all(document->store().handle()).size(), 1);

    document->undoStack()->undo();
    QCOMPARE(document->repository().count("survey"), 0);
    QCOMPARE(document->repository().vendors().size(), 0);

    // The next wave: the saved mapping is filled in, adding names included.
    SurveyImportWizard again(document.get());
    again.setFile(file);
    again.show();
    again.next();
    again.next();
    QVERIFY(again.currentPage()->findChild<QCheckBox *>()->isChecked());
    QCOMPARE(again.draft().savedMappingName, QStringLiteral("Tracker"));
}

QTEST_MAIN(TestSurveyImportWizard)
#include "tst_surveyimportwizard.moc"
