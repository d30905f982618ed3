#include "analysis/emotioncurves.h"
#include "assembly/waveassembler.h"
#include "itemmodels/workshopratingsmodel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Peakend;

// Workshop ratings typed by hand on the Meisu demo (no survey): the first score creates the
// workshop wave, the emotion curve is read from it, and undo takes every score (and the wave)
// back.
class TestWorkshopRatingsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void gridOfSubprocessesAndVendors();
    void scoresMakeTheEmotionCurve();
    void outOfScaleIsRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestWorkshopRatingsModel::init()
{
    m_document.reset();
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::Meisu);
    QVERIFY(m_document);
}

void TestWorkshopRatingsModel::gridOfSubprocessesAndVendors()
{
    WorkshopRatingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Meisu Electronics"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Notice a need"));
    QVERIFY(!model.data(model.index(0, 0), Qt::EditRole).isValid());
}

void TestWorkshopRatingsModel::scoresMakeTheEmotionCurve()
{
    WorkshopRatingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    QCOMPARE(m_document->repository().surveys().size(), 0);
    // DESIGN.md §6: e = 1, 2, 1, 0, −2, −1, 1, 1 around the neutral 5.5; the ninth stage is not
    // rated.
    const QList<double> scores{6.5, 7.5, 6.5, 5.5, 3.5, 4.5, 6.5, 6.5};
    for (int row = 0; row < scores.size(); ++row)
        QVERIFY(model.setData(model.index(row, 0), QLocale().toString(scores.at(row))));
    QCOMPARE(m_document->repository().surveys().size(), 1);
    QCOMPARE(m_document->undoStack()->count(), 8);
    QCOMPARE(model.data(model.index(1, 0), Qt::EditRole).toDouble(), 7.5);

    const EmotionCurves curves
        = EmotionCurves::compute(WaveAssembler::load(m_document->repository()));
    QCOMPARE(curves.mode, CurveMode::Absolute);
    QCOMPARE(curves.vendors.size(), 1);
    const CurveShape &shape = curves.vendors.first().shape;
    QCOMPARE(shape.pleasurePeak, 1);
    QCOMPARE(shape.painPeak, 4);
    QCOMPARE(shape.end, 7);
    QCOMPARE(shape.peakEnd, 1.5);
    QCOMPARE(shape.mean, 0.375);

    // Retyping a score changes it in place; clearing it removes it.
    QVERIFY(model.setData(model.index(7, 0), QString()));
    QVERIFY(!model.data(model.index(7, 0), Qt::EditRole).isValid());
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(m_document->repository().surveys().size(), 0); // the wave went with the first score
    QVERIFY(!m_document->isModified());
    for (int i = 0; i < 9; ++i)
        m_document->undoStack()->redo();
    QCOMPARE(m_document->repository().surveys().size(), 1);
    QCOMPARE(model.data(model.index(4, 0), Qt::EditRole).toDouble(), 3.5);
    QVERIFY(!model.data(model.index(7, 0), Qt::EditRole).isValid());
}

void TestWorkshopRatingsModel::outOfScaleIsRefused()
{
    WorkshopRatingsModel model;
    model.setDocument(m_document.get());
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("11")));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("0")));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("high")));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->repository().surveys().size(), 0);
}

QTEST_GUILESS_MAIN(TestWorkshopRatingsModel)
#include "tst_workshopratingsmodel.moc"
