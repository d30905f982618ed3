#include "commands/additem.h"
#include "commands/changevalue.h"
#include "document/projectdocument.h"
#include "testfiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Peakend;

Q_DECLARE_METATYPE(Peakend::ProjectChange)

class TestProjectDocument : public QObject
{
    Q_OBJECT

private slots:
    void modifiedFollowsUndoStack();
    void typingMergesIntoOneStep();
    void addVendorUndoRedoKeepsId();
    void failedEditIsReportedAndDropped();
    void saveAsContinuesInCopy();
    void secondDocumentOnSamePathIsRefused();
};

void TestProjectDocument::modifiedFollowsUndoStack()
{
    QTemporaryDir dir;
    auto document = TestFiles::newDocument(dir, QStringLiteral("Doc"));
    QVERIFY(document);
    QVERIFY(!document->isModified());
    QSignalSpy modified(document.get(), &ProjectDocument::modifiedChanged);
    QSignalSpy changed(document.get(), &ProjectDocument::changed);

    document->undoStack()->push(new ChangeValue(document.get(), Field::ProjectName, 1,
                                                QStringLiteral("Renamed"),
                                                QStringLiteral("Rename project")));
    QVERIFY(document->isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    QCOMPARE(changed.size(), 1);
    const auto change = changed.at(0).at(0).value<ProjectChange>();
    QCOMPARE(change.what, Changes(ChangeFlag::Project));
    QCOMPARE(change.field, Field::ProjectName);
    QCOMPARE(change.rowId, 1);
    QCOMPARE(document->repository().projectInfo().name, QStringLiteral("Renamed"));
    // Committed at once: another connection sees it.
    QCOMPARE(TestFiles::queryInt(document->filePath(),
                                 "SELECT count(*) FROM project WHERE name = 'Renamed'"),
             1);

    document->undoStack()->undo();
    QVERIFY(!document->isModified());
    QCOMPARE(modified.size(), 2);
    QCOMPARE(document->repository().projectInfo().name, QStringLiteral("Doc"));
}

void TestProjectDocument::typingMergesIntoOneStep()
{
    QTemporaryDir dir;
    auto document = TestFiles::newDocument(dir, QStringLiteral("Doc"));
    QVERIFY(document);
    const qint64 id
        = document->writableRepository().addVendor({0, QStringLiteral("A"), false, QString(), 0});
    for (const char *text : {"Ap", "Ape", "Apex"}) {
        document->undoStack()->push(new ChangeValue(document.get(), Field::VendorName, id,
                                                    QString::fromLatin1(text),
                                                    QStringLiteral("Rename vendor")));
    }
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->repository().value(Field::VendorName, id).toString(),
             QStringLiteral("Apex"));
    document->undoStack()->undo();
    QCOMPARE(document->repository().value(Field::VendorName, id).toString(), QStringLiteral("A"));
    // A different row does not merge.
    document->undoStack()->redo();
    document->undoStack()->push(new ChangeValue(document.get(), Field::ProjectName, 1,
                                                QStringLiteral("X"), QStringLiteral("Rename")));
    QCOMPARE(document->undoStack()->count(), 2);
    // Typing back to the original value leaves nothing to undo.
    document->undoStack()->push(new ChangeValue(document.get(), Field::ProjectName, 1,
                                                QStringLiteral("Doc"), QStringLiteral("Rename")));
    QCOMPARE(document->undoStack()->count(), 1);
}

void TestProjectDocument::addVendorUndoRedoKeepsId()
{
    QTemporaryDir dir;
    auto document = TestFiles::newDocument(dir, QStringLiteral("Doc"));
    QVERIFY(document);
    auto *add = new AddVendor(document.get(), {0, QStringLiteral("Apex"), false, QString(), 0});
    QCOMPARE(add->text(), QStringLiteral("Add vendor “Apex”"));
    document->undoStack()->push(add);
    const qint64 id = add->itemId();
    QVERIFY(id != 0);
    document->undoStack()->push(new ChangeValue(document.get(), Field::VendorName, id,
                                                QStringLiteral("Apex Direct"),
                                                QStringLiteral("Rename vendor")));
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->repository().vendors().size(), 0);
    document->undoStack()->redo();
    document->undoStack()->redo(); // the rename finds the vendor under the same id
    const QList<Vendor> vendors = document->repository().vendors();
    QCOMPARE(vendors.size(), 1);
    QCOMPARE(vendors[0].id, id);
    QCOMPARE(vendors[0].name, QStringLiteral("Apex Direct"));
}

void TestProjectDocument::failedEditIsReportedAndDropped()
{
    QTemporaryDir dir;
    auto document = TestFiles::newDocument(dir, QStringLiteral("Doc"));
    QVERIFY(document);
    QSignalSpy errors(document.get(), &ProjectDocument::errorOccurred);
    // Neutral outside the scale violates the schema's CHECK: the write fails.
    document->undoStack()->push(new ChangeValue(document.get(), Field::ScaleNeutral, 1, 42.0,
                                                QStringLiteral("Set neutral")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!document->isModified());
    QCOMPARE(document->repository().projectInfo().scale.neutral, 5.5);
}

void TestProjectDocument::saveAsContinuesInCopy()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("d.peakend"));
    const QString copy = dir.filePath(QStringLiteral("copy.peakend"));
    StoreError error;
    auto document = ProjectDocument::create(original, QStringLiteral("Doc"), &error);
    QVERIFY(document);
    document->undoStack()->push(
        new AddVendor(document.get(), {0, QStringLiteral("Apex"), false, QString(), 0}));
    QVERIFY(document->isModified());
    QSignalSpy pathChanged(document.get(), &ProjectDocument::filePathChanged);

    error = document->saveAs(copy);
    QVERIFY2(error.isOk(), qPrintable(error.message));
    QCOMPARE(document->filePath(), copy);
    QCOMPARE(pathChanged.size(), 1);
    QVERIFY(!document->isModified());
    QVERIFY(!QFile::exists(ProjectStore::lockFilePath(original)));
    QVERIFY(QFile::exists(ProjectStore::lockFilePath(copy)));

    // Undo now edits the copy; the original keeps what it had.
    document->undoStack()->undo();
    QCOMPARE(TestFiles::queryInt(copy, "SELECT count(*) FROM vendor"), 0);
    QCOMPARE(TestFiles::queryInt(original, "SELECT count(*) FROM vendor"), 1);
}

void TestProjectDocument::secondDocumentOnSamePathIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.peakend"));
    StoreError error;
    auto first = ProjectDocument::create(path, QStringLiteral("Doc"), &error);
    QVERIFY(first);
    auto second = ProjectDocument::open(path, &error);
    QVERIFY(!second);
    QCOMPARE(error.kind, StoreError::Kind::Locked);
    auto reader = ProjectDocument::open(path, &error, ProjectStore::Access::ReadOnly);
    QVERIFY(reader);
    QVERIFY(reader->isReadOnly());
}

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
