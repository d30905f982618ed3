#include "editors/workshopratingseditor.h"
#include "itemmodels/workshopratingsmodel.h"
#include "testfiles.h"

#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Peakend;

// The workshop grid as a room fills it: Enter goes down the column, and the empty cells can
// start from the neutral point (or a wave's means) in one undo step, keeping what was typed.
class TestWorkshopRatingsEditor : public QObject
{
    Q_OBJECT

private slots:
    void enterMovesDown();
    void startFromNeutralKeepsTheRoomsScores();
};

void TestWorkshopRatingsEditor::enterMovesDown()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::Meisu);
    QVERIFY(document);
    WorkshopRatingsEditor editor;
    editor.setDocument(document.get());
    editor.resize(900, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTableView *view = editor.view();
    view->setFocus();
    view->setCurrentIndex(editor.model()->index(0, 0));
    QTest::keyClicks(view->focusWidget(), QStringLiteral("7"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("8"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const qint64 survey = document->repository().workshopSurvey();
    const qint64 vendor = document->repository().vendors().first().id;
    const QList<Subprocess> stages = document->repository().subprocesses();
    QCOMPARE(document->repository().workshopRating(survey, vendor, stages.at(0).id), 7.0);
    QCOMPARE(document->repository().workshopRating(survey, vendor, stages.at(1).id), 8.0);
    QCOMPARE(view->currentIndex().row(), 2);
}

void TestWorkshopRatingsEditor::startFromNeutralKeepsTheRoomsScores()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openMeisuWorkshop(dir); // 8 scores for the first vendor
    QVERIFY(document);
    const ProjectRepository &repository = document->repository();
    const int vendors = int(repository.vendors().size());
    const int stages = int(repository.subprocesses().size());
    WorkshopRatingsEditor editor;
    editor.setDocument(document.get());
    const int steps = document->undoStack()->count();
    QCOMPARE(editor.startFrom(0), vendors * stages - 8);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const qint64 survey = repository.workshopSurvey();
    const qint64 first = repository.vendors().first().id;
    const QList<Subprocess> journey = repository.subprocesses();
    QCOMPARE(repository.workshopRating(survey, first, journey.at(4).id), 3.5); // typed: kept
    QCOMPARE(repository.workshopRating(survey, first, journey.at(8).id), 5.5); // was empty
    document->undoStack()->undo();
    QVERIFY(std::isnan(repository.workshopRating(survey, first, journey.at(8).id)));
    QCOMPARE(repository.workshopRating(survey, first, journey.at(4).id), 3.5);
    QCOMPARE(editor.startFrom(0), vendors * stages - 8); // nothing left to fill after it
    QCOMPARE(editor.startFrom(0), 0);
}

QTEST_MAIN(TestWorkshopRatingsEditor)
#include "tst_workshopratingseditor.moc"
