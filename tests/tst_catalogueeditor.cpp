#include "editors/catalogueeditor.h"
#include "itemmodels/cataloguemodel.h"
#include "testfiles.h"

#include <QTableView>
#include <QTest>

using namespace Peakend;

// The editor's buttons go through undo commands: add, move and remove, each undone exactly.
class TestCatalogueEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addsAUniquelyNamedRowAndEditsIt();
    void movesTheSelectedRow();
    void removesAnUnusedRow();
    void readOnlyProjectCannotBeEdited();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestCatalogueEditor::init()
{
    m_document.reset();
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::Meisu);
    QVERIFY(m_document);
}

void TestCatalogueEditor::addsAUniquelyNamedRowAndEditsIt()
{
    CatalogueEditor editor(Catalogue::Factors);
    editor.setDocument(m_document.get());
    const int before = editor.model()->rowCount();
    editor.addItem();
    editor.addItem();
    QCOMPARE(editor.model()->rowCount(), before + 2);
    const auto nameAt = [&](int row) {
        return editor.model()->data(editor.model()->index(row, 0)).toString();
    };
    QCOMPARE(nameAt(before), QStringLiteral("New factor"));
    QCOMPARE(nameAt(before + 1), QStringLiteral("New factor 2"));
    QCOMPARE(editor.view()->currentIndex().row(), before + 1); // ready to type its name
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(editor.model()->rowCount(), before);
    QVERIFY(!m_document->isModified());
}

void TestCatalogueEditor::movesTheSelectedRow()
{
    CatalogueEditor editor(Catalogue::Factors);
    editor.setDocument(m_document.get());
    const QList<Factor> before = m_document->repository().factors();
    editor.selectItem(before.at(1).id);
    editor.moveSelected(-1);
    QList<Factor> after = m_document->repository().factors();
    QCOMPARE(after.at(0).id, before.at(1).id);
    QCOMPARE(after.at(1).id, before.at(0).id);
    QCOMPARE(editor.view()->selectionModel()->selectedRows().first().row(), 0); // follows it
    editor.moveSelected(1);
    editor.moveSelected(1);
    after = m_document->repository().factors();
    QCOMPARE(after.at(2).id, before.at(1).id);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    after = m_document->repository().factors();
    for (int i = 0; i < before.size(); ++i)
        QCOMPARE(after.at(i).id, before.at(i).id);
}

void TestCatalogueEditor::removesAnUnusedRow()
{
    CatalogueEditor editor(Catalogue::Vendors);
    editor.setDocument(m_document.get());
    editor.addItem();
    const int rows = editor.model()->rowCount();
    const qint64 id = editor.model()->idAt(rows - 1);
    editor.selectItem(id);
    editor.removeSelected();
    QCOMPARE(editor.model()->rowCount(), rows - 1);
    m_document->undoStack()->undo();
    QCOMPARE(editor.model()->rowOf(id), rows - 1); // back with its id
}

void TestCatalogueEditor::readOnlyProjectCannotBeEdited()
{
    const QString path = m_document->filePath();
    m_document.reset();
    StoreError error;
    auto readOnly = ProjectDocument::open(path, &error, ProjectStore::Access::ReadOnly);
    QVERIFY(readOnly);
    CatalogueEditor editor(Catalogue::Vendors);
    editor.setDocument(readOnly.get());
    const int rows = editor.model()->rowCount();
    editor.addItem();
    QCOMPARE(editor.model()->rowCount(), rows);
    QVERIFY(!(editor.model()->flags(editor.model()->index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(readOnly->undoStack()->count(), 0);
}

QTEST_MAIN(TestCatalogueEditor)
#include "tst_catalogueeditor.moc"
