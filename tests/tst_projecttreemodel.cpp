#include "commands/additem.h"
#include "commands/changevalue.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "itemmodels/projecttreemodel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Peakend;

namespace {

QModelIndex group(const ProjectTreeModel &model, int row)
{
    return model.index(row, 0);
}

} // namespace

class TestProjectTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void b2bTree();
    void followsEdits();
    void savedSegmentsListed();
    void noDocument();

private:
    QTranslator m_english;
};

void TestProjectTreeModel::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral("peakend_en"), QStringLiteral(PEAKEND_QM_DIR)));
    QCoreApplication::installTranslator(&m_english);
}

void TestProjectTreeModel::b2bTree()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::B2b);
    QVERIFY(document);

    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());

    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.data(group(model, 0)).toString(), QStringLiteral("Vendors (14)"));
    QCOMPARE(model.rowCount(group(model, 0)), 14);
    QCOMPARE(model.data(model.index(0, 0, group(model, 0))).toString(),
             QStringLiteral("Apex Direct"));

    const QModelIndex subprocesses = group(model, 1);
    QCOMPARE(model.data(subprocesses).toString(), QStringLiteral("Subprocesses (25)"));
    QCOMPARE(model.rowCount(subprocesses), 3); // phases
    QCOMPARE(model.rowCount(model.index(0, 0, subprocesses)), 4);
    QCOMPARE(model.rowCount(model.index(1, 0, subprocesses)), 9);
    QCOMPARE(model.rowCount(model.index(2, 0, subprocesses)), 12);
    QCOMPARE(model.data(model.index(2, 0, subprocesses)).toString(),
             QStringLiteral("Post-purchase"));
    QCOMPARE(model.data(model.index(0, 0, model.index(2, 0, subprocesses))).toString(),
             QStringLiteral("Delivery"));

    QCOMPARE(model.rowCount(group(model, 2)), 6);  // factors
    QCOMPARE(model.rowCount(group(model, 3)), 15); // touchpoints
    QCOMPARE(model.data(model.index(1, 1, group(model, 3))).toString(), QStringLiteral("online"));
    QCOMPARE(model.data(model.index(0, 1, group(model, 4))).toString(),
             QStringLiteral("757 respondents, scale 1–10, neutral 5.5"));
    // Segments: the wave's three attributes, "company size" with its three values.
    const QModelIndex segments = group(model, 5);
    QCOMPARE(model.rowCount(segments), 3);
    const QModelIndex size = model.index(0, 0, segments);
    QCOMPARE(model.data(size).toString(), QStringLiteral("company size"));
    QCOMPARE(model.rowCount(size), 3);
    const QModelIndex enterprise = model.index(1, 0, size); // SMB, enterprise, mid-market
    QCOMPARE(model.data(enterprise, ProjectTreeModel::SegmentRole).toString(),
             QStringLiteral("company size = enterprise"));
    QVERIFY(model.data(model.index(0, 1, size)).toString().endsWith(QStringLiteral("respondents")));
    QCOMPARE(model.rowCount(group(model, 7)), 10); // incidents

    const QModelIndex vendor = model.index(1, 0, group(model, 0));
    QCOMPARE(model.data(vendor, ProjectTreeModel::KindRole).value<ProjectTreeModel::NodeKind>(),
             ProjectTreeModel::NodeKind::Vendor);
    QCOMPARE(model.data(vendor, ProjectTreeModel::IdRole).toLongLong(),
             document->repository().vendors().at(1).id);
}

void TestProjectTreeModel::followsEdits()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::Meisu);
    QVERIFY(document);
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());

    QCOMPARE(model.data(model.index(0, 1, group(model, 6))).toString(),
             QStringLiteral("step 7 of 7"));
    const QModelIndex meisu = model.index(0, 0, group(model, 0));
    QCOMPARE(model.data(meisu).toString(), QStringLiteral("Meisu Electronics"));
    QCOMPARE(model.data(model.index(0, 1, group(model, 0))).toString(),
             QStringLiteral("own company"));

    // A rename changes one row in place, without a reset.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const qint64 id = model.data(meisu, ProjectTreeModel::IdRole).toLongLong();
    document->undoStack()->push(new ChangeValue(document.get(), Field::VendorName, id,
                                                QStringLiteral("Meisu"), QStringLiteral("Rename")));
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), meisu);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.data(meisu).toString(), QStringLiteral("Meisu"));

    // Adding a vendor adds a row (the tester checks the structure stays consistent).
    document->undoStack()->push(
        new AddVendor(document.get(), {0, QStringLiteral("Rival"), false, QString(), 1}));
    QCOMPARE(model.rowCount(group(model, 0)), 2);
    document->undoStack()->undo();
    QCOMPARE(model.rowCount(group(model, 0)), 1);

    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestProjectTreeModel::savedSegmentsListed()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::B2b);
    QVERIFY(document);
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());
    Segment segment;
    segment.name = QStringLiteral("Key accounts");
    segment.definition = QStringLiteral("value tier = A");
    document->undoStack()->push(new AddItem<Segment>(document.get(), segment));
    const QModelIndex saved = model.index(0, 0, group(model, 5)); // before the attributes
    QCOMPARE(model.data(saved).toString(), QStringLiteral("Key accounts"));
    QCOMPARE(model.data(saved, ProjectTreeModel::SegmentRole).toString(),
             QStringLiteral("value tier = A"));
    QCOMPARE(model.rowCount(group(model, 5)), 4);
}

void TestProjectTreeModel::noDocument()
{
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

QTEST_GUILESS_MAIN(TestProjectTreeModel)
#include "tst_projecttreemodel.moc"
