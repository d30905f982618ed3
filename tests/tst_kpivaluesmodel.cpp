#include "commands/additem.h"
#include "itemmodels/cataloguemodel.h"
#include "itemmodels/kpivaluesmodel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Peakend;

// The Meisu KPI (sales on the street as it went from one store to four, DESIGN.md §2.4):
// its values edited, a period added and removed, the KPI removed with its values and put back
// — each undone exactly.
class TestKpiValuesModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void meisuSalesByStore();
    void editUndoRedo();
    void addAndRemovePeriods();
    void kpiRemovedAndRestoredWithItsValues();

private:
    QList<KpiValue> stored() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestKpiValuesModel::init()
{
    m_document.reset();
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::Meisu);
    QVERIFY(m_document);
}

QList<KpiValue> TestKpiValuesModel::stored() const
{
    const qint64 cycle = m_document->repository().cycles().last().id;
    return m_document->repository().kpis(cycle).first().values;
}

void TestKpiValuesModel::meisuSalesByStore()
{
    KpiValuesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(0, 0)).toString(),
             QStringLiteral("Sales on Sai Yeung Choi Street"));
    QCOMPARE(model.data(model.index(3, 1)).toString(), QStringLiteral("4 stores"));
    QCOMPARE(model.data(model.index(3, 2), Qt::EditRole).toDouble(), 4.3);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, 2)) & Qt::ItemIsEditable);
}

void TestKpiValuesModel::editUndoRedo()
{
    KpiValuesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    const QList<KpiValue> before = stored();
    QVERIFY(model.setData(model.index(1, 2), QStringLiteral("2.2")));
    QVERIFY(model.setData(model.index(1, 2), QStringLiteral("2.25"))); // typing on: one step
    QVERIFY(model.setData(model.index(1, 1), QStringLiteral("two stores")));
    QCOMPARE(m_document->undoStack()->count(), 2);
    QCOMPARE(stored().at(1).value, 2.25);
    QCOMPARE(stored().at(1).period, QStringLiteral("two stores"));
    QVERIFY(!model.setData(model.index(1, 2), QStringLiteral("many")));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(stored().at(1).value, before.at(1).value);
    QCOMPARE(stored().at(1).period, before.at(1).period);
    QVERIFY(!m_document->isModified());
    m_document->undoStack()->redo();
    QCOMPARE(stored().at(1).value, 2.25);
}

void TestKpiValuesModel::addAndRemovePeriods()
{
    KpiValuesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    const int row = model.addRow(model.kpiAt(0));
    QCOMPARE(row, 4);
    QCOMPARE(model.data(model.index(4, 1)).toString(), QStringLiteral("5 stores"));
    QCOMPARE(stored().size(), 5);
    QVERIFY(model.removeRow(0)); // "1 store" goes
    QCOMPARE(stored().size(), 4);
    QCOMPARE(stored().first().period, QStringLiteral("2 stores"));
    m_document->undoStack()->undo();
    QCOMPARE(stored().first().period, QStringLiteral("1 store"));
    QCOMPARE(stored().first().value, 1.0);
    m_document->undoStack()->undo();
    QCOMPARE(stored().size(), 4);
    QCOMPARE(model.rowCount(), 4);
}

void TestKpiValuesModel::kpiRemovedAndRestoredWithItsValues()
{
    CatalogueModel kpis(Catalogue::Kpis);
    QAbstractItemModelTester tester(&kpis, QAbstractItemModelTester::FailureReportingMode::QtTest);
    kpis.setDocument(m_document.get());
    QCOMPARE(kpis.rowCount(), 1);
    QCOMPARE(kpis.data(kpis.index(0, 1)).toString(), QStringLiteral("× sales with one store"));
    QVERIFY(!kpis.data(kpis.index(0, 2)).toString().isEmpty()); // tracks the requirement
    const qint64 cycle = m_document->repository().cycles().last().id;
    const Kpi sales = m_document->repository().kpis(cycle).first();
    m_document->undoStack()->push(new RemoveItem<Kpi>(m_document.get(), sales));
    QCOMPARE(kpis.rowCount(), 0);
    QVERIFY(m_document->repository().kpis(cycle).isEmpty());
    m_document->undoStack()->undo();
    const Kpi back = m_document->repository().kpis(cycle).first();
    QCOMPARE(back.id, sales.id);
    QCOMPARE(back.requirementId, sales.requirementId);
    QCOMPARE(back.values.size(), 4);
    QCOMPARE(back.values.at(3).value, 4.3);
    QCOMPARE(back.values.at(3).period, QStringLiteral("4 stores"));
}

QTEST_GUILESS_MAIN(TestKpiValuesModel)
#include "tst_kpivaluesmodel.moc"
