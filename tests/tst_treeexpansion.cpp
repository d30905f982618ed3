#include "commands/additem.h"
#include "itemmodels/projecttreemodel.h"
#include "testfiles.h"
#include "treeexpansion.h"

#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Peakend;

// The explorer is rebuilt after every edit; the groups the user opened stay open, the others
// stay closed.
class TestTreeExpansion : public QObject
{
    Q_OBJECT

private slots:
    void openNodesStayOpenAfterAnEdit();
};

void TestTreeExpansion::openNodesStayOpenAfterAnEdit()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::B2b);
    QVERIFY(document);
    ProjectTreeModel model;
    model.setDocument(document.get());
    QTreeView view;
    view.setModel(&model);
    new TreeExpansion(&view, &ProjectTreeModel::nodeKey);
    const auto group = [&model](const QString &name) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString().startsWith(name + QStringLiteral(" (")))
                return model.index(row, 0);
        }
        return QModelIndex();
    };
    QVERIFY(group(QStringLiteral("Touchpoints")).isValid());
    view.expand(group(QStringLiteral("Touchpoints")));
    view.collapse(group(QStringLiteral("Surveys")));
    Segment segment;
    segment.name = QStringLiteral("Larger companies");
    segment.definition = QStringLiteral("company size = enterprise | mid-market");
    const int before = model.rowCount(group(QStringLiteral("Segments")));
    document->undoStack()->push(new AddItem<Segment>(document.get(), segment));
    QCOMPARE(model.rowCount(group(QStringLiteral("Segments"))), before + 1); // rebuilt
    QVERIFY(view.isExpanded(group(QStringLiteral("Touchpoints"))));
    QVERIFY(!view.isExpanded(group(QStringLiteral("Surveys"))));
}

QTEST_MAIN(TestTreeExpansion)
#include "tst_treeexpansion.moc"
