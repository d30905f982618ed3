#include "commands/additem.h"
#include "itemmodels/cataloguemodel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Peakend;

// The catalogue tables: every edit is an undo command, and edit → undo → redo restores exactly
// the stored values; the document's modified marker follows the undo stack.
class TestCatalogueModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rowsMatchTheProject_data();
    void rowsMatchTheProject();
    void editUndoRedo_data();
    void editUndoRedo();
    void typingMergesIntoOneStep();
    void refusesBadValues();
    void reorderSubprocesses();
    void addAndRemove();
    void removalOfUsedRowsIsRefused();
    void savedSegments();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestCatalogueModel::init()
{
    m_document.reset();
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::B2b);
    QVERIFY(m_document);
}

void TestCatalogueModel::rowsMatchTheProject_data()
{
    QTest::addColumn<int>("catalogue");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("vendors") << int(Catalogue::Vendors) << 14 << 3;
    QTest::newRow("subprocesses") << int(Catalogue::Subprocesses) << 25 << 3;
    QTest::newRow("factors") << int(Catalogue::Factors) << 6 << 2;
    QTest::newRow("channels") << int(Catalogue::Channels) << 3 << 1;
    QTest::newRow("touchpoints") << int(Catalogue::Touchpoints) << 15 << 3;
    QTest::newRow("incidents") << int(Catalogue::Incidents) << 10 << 5;
}

void TestCatalogueModel::rowsMatchTheProject()
{
    QFETCH(int, catalogue);
    QFETCH(int, rows);
    QFETCH(int, columns);
    CatalogueModel model{Catalogue(catalogue)};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.columnCount(), columns);
    for (int column = 0; column < columns; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    model.reload();
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestCatalogueModel::editUndoRedo_data()
{
    QTest::addColumn<int>("catalogue");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("stored"); // as read back from the file
    QTest::newRow("vendor name") << int(Catalogue::Vendors) << 2 << 0
                                 << QVariant(QStringLiteral("  Bluepeak Ltd ")) << int(Qt::EditRole)
                                 << QVariant(QStringLiteral("Bluepeak Ltd"));
    QTest::newRow("own company") << int(Catalogue::Vendors) << 0 << 1 << QVariant(int(Qt::Checked))
                                 << int(Qt::CheckStateRole) << QVariant(1);
    QTest::newRow("vendor colour")
        << int(Catalogue::Vendors) << 1 << 2 << QVariant(QStringLiteral("#CC79A7"))
        << int(Qt::EditRole) << QVariant(QStringLiteral("#cc79a7"));
    QTest::newRow("phase") << int(Catalogue::Subprocesses) << 4 << 1 << QVariant(2)
                           << int(Qt::EditRole) << QVariant(2);
    QTest::newRow("brand") << int(Catalogue::Factors) << 0 << 1 << QVariant(int(Qt::Checked))
                           << int(Qt::CheckStateRole) << QVariant(1);
    QTest::newRow("channel name") << int(Catalogue::Channels) << 2 << 0
                                  << QVariant(QStringLiteral("telephone")) << int(Qt::EditRole)
                                  << QVariant(QStringLiteral("telephone"));
    QTest::newRow("touchpoint subprocess")
        << int(Catalogue::Touchpoints) << 0 << 2 << QVariant() << int(Qt::EditRole) << QVariant();
    QTest::newRow("incident hours")
        << int(Catalogue::Incidents) << 0 << 4 << QVariant(QStringLiteral("36.5"))
        << int(Qt::EditRole) << QVariant(36.5);
    QTest::newRow("incident polarity")
        << int(Catalogue::Incidents) << 0 << 2 << QVariant(1) << int(Qt::EditRole) << QVariant(1);
}

void TestCatalogueModel::editUndoRedo()
{
    QFETCH(int, catalogue);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(int, role);
    QFETCH(QVariant, stored);
    CatalogueModel model{Catalogue(catalogue)};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    const qint64 id = model.idAt(row);
    const Field field = model.field(column);
    const QVariant before = m_document->repository().value(field, id);
    QVERIFY(!m_document->isModified());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(model.setData(model.index(row, column), value, role));
    const auto readBack = [&] {
        return m_document->repository().value(field, id);
    };
    QCOMPARE(readBack().toString(), stored.toString());
    QCOMPARE(readBack().isValid(), stored.isValid());
    QVERIFY(m_document->isModified());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.idAt(row), id); // a value edit keeps the row where it is

    m_document->undoStack()->undo();
    QCOMPARE(readBack(), before);
    QVERIFY(!m_document->isModified());
    m_document->undoStack()->redo();
    QCOMPARE(readBack().toString(), stored.toString());
    QVERIFY(m_document->isModified());
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestCatalogueModel::typingMergesIntoOneStep()
{
    CatalogueModel model(Catalogue::Factors);
    model.setDocument(m_document.get());
    const qint64 id = model.idAt(0);
    const QVariant before = m_document->repository().value(Field::FactorName, id);
    for (const char *text : {"q", "qu", "quality"})
        QVERIFY(model.setData(model.index(0, 0), QString::fromLatin1(text)));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("quality"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->repository().value(Field::FactorName, id), before);
    QCOMPARE(model.data(model.index(0, 0)), before);
}

void TestCatalogueModel::refusesBadValues()
{
    CatalogueModel vendors(Catalogue::Vendors);
    vendors.setDocument(m_document.get());
    QVERIFY(!vendors.setData(vendors.index(0, 0), QStringLiteral("   ")));
    QVERIFY(!vendors.setData(vendors.index(0, 2), QStringLiteral("not a colour")));
    CatalogueModel incidents(Catalogue::Incidents);
    incidents.setDocument(m_document.get());
    QVERIFY(!incidents.setData(incidents.index(0, 4), QStringLiteral("-3")));
    QVERIFY(!incidents.setData(incidents.index(0, 4), QStringLiteral("soon")));
    QCOMPARE(m_document->undoStack()->count(), 0);
    // A name another vendor has: SQLite refuses it, the user is told, nothing changes.
    QSignalSpy errors(m_document.get(), &ProjectDocument::errorOccurred);
    const QString taken = vendors.data(vendors.index(1, 0)).toString();
    vendors.setData(vendors.index(0, 0), taken);
    QCOMPARE(errors.size(), 1);
    QVERIFY(vendors.data(vendors.index(0, 0)).toString() != taken);
}

void TestCatalogueModel::reorderSubprocesses()
{
    CatalogueModel model(Catalogue::Subprocesses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    const auto names = [&] {
        QStringList list;
        for (const Subprocess &subprocess : m_document->repository().subprocesses())
            list.append(subprocess.name);
        return list;
    };
    const QStringList before = names();
    QVERIFY(model.moveRow(0, 3)); // "Recognise the need" after "Identify vendors"
    QStringList expected = before;
    expected.move(0, 2);
    QCOMPARE(names(), expected);
    QCOMPARE(model.data(model.index(2, 0)).toString(), before.first());
    m_document->undoStack()->undo();
    QCOMPARE(names(), before);
    m_document->undoStack()->redo();
    QCOMPARE(names(), expected);
    QVERIFY(!model.moveRow(1, 2)); // onto itself: no command
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestCatalogueModel::addAndRemove()
{
    CatalogueModel model(Catalogue::Factors);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    Factor factor;
    factor.name = QStringLiteral("digital");
    factor.position = 7;
    auto *add = new AddItem<Factor>(m_document.get(), factor);
    m_document->undoStack()->push(add);
    QCOMPARE(model.rowCount(), 7);
    const qint64 id = add->itemId();
    QCOMPARE(model.idAt(6), id);
    factor.id = id;
    m_document->undoStack()->push(new RemoveItem<Factor>(m_document.get(), factor));
    QCOMPARE(model.rowCount(), 6);
    m_document->undoStack()->undo(); // back, under the same id
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.idAt(6), id);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(!m_document->isModified());
}

void TestCatalogueModel::removalOfUsedRowsIsRefused()
{
    CatalogueModel model(Catalogue::Vendors);
    model.setDocument(m_document.get());
    const Vendor vendor = m_document->repository().vendors().first();
    const qint64 used = m_document->repository().references(Catalogue::Vendors, vendor.id);
    QVERIFY(used > 100); // its ratings, evaluations and reasons
    QSignalSpy errors(m_document.get(), &ProjectDocument::errorOccurred);
    m_document->undoStack()->push(new RemoveItem<Vendor>(m_document.get(), vendor));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QString::number(used)));
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(m_document->repository().references(Catalogue::Vendors, vendor.id), used);
    QCOMPARE(m_document->undoStack()->count(), 0); // the refused command is dropped
}

void TestCatalogueModel::savedSegments()
{
    CatalogueModel model(Catalogue::Segments);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    QCOMPARE(model.rowCount(), 0);
    Segment segment;
    segment.name = QStringLiteral("Key accounts");
    m_document->undoStack()->push(new AddItem<Segment>(m_document.get(), segment));
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy errors(m_document.get(), &ProjectDocument::errorOccurred);
    QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("tier A")));
    QCOMPARE(errors.size(), 1); // says what to write instead
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("“tier A”")));
    QVERIFY(model.setData(model.index(0, 1), QStringLiteral("value tier = A | B")));
    QCOMPARE(m_document->repository().segments().first().definition,
             QStringLiteral("value tier = A | B"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->repository().segments().first().definition, QString());
    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCatalogueModel)
#include "tst_cataloguemodel.moc"
