#include "import/mappingsuggester.h"
#include "itemmodels/importmappingmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Peakend;

// The wizard's mapping table: one row per column of the export, edits by role, and the bulk
// action that maps a grid's columns at once.
class TestImportMappingModel : public QObject
{
    Q_OBJECT

private slots:
    void namesFromHeaders_data();
    void namesFromHeaders();
    void editsAndBulk();
};

void TestImportMappingModel::namesFromHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("name");
    QTest::newRow("known name inside") << "How was the delivery step? (Q3)"
                                       << "Delivery";
    QTest::newRow("SurveyMonkey option") << "Please rate each step: – Installation"
                                         << "Installation";
    QTest::newRow("Qualtrics option and code") << "Wie zufrieden waren Sie? - Angebot (Q2_1)"
                                               << "Angebot";
    QTest::newRow("LimeSurvey subquestion") << "How satisfied were you? [Go-live]"
                                            << "Go-live";
    QTest::newRow("colon") << "Rating: Training"
                           << "Training";
    QTest::newRow("whole header") << "Onboarding"
                                  << "Onboarding";
}

void TestImportMappingModel::namesFromHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, name);
    QCOMPARE(MappingSuggester::nameFromHeader(
                 header, {QStringLiteral("Quote"), QStringLiteral("Delivery")}),
             name);
}

void TestImportMappingModel::editsAndBulk()
{
    ImportMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImportMapping mapping;
    mapping.columns = {ColumnMapping(ColumnRole::RespondentId), ColumnMapping(), ColumnMapping(),
                       ColumnMapping(ColumnRole::Overall)};
    const QStringList headers{QStringLiteral("id"), QStringLiteral("Rate each step – Quote"),
                              QStringLiteral("Rate each step – Set-up"), QStringLiteral("Overall")};
    const QList<QStringList> sample{
        {QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("N/A"), QStringLiteral("8")},
        {QStringLiteral("2"), QStringLiteral("7"), QStringLiteral("5"), QStringLiteral("6")}};
    model.setSource(headers, sample, mapping,
                    {{QStringLiteral("Apex")}, {QStringLiteral("Quote")}, {}});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2, ImportMappingModel::SampleColumn).data().toString(),
             QStringLiteral("N/A · 5"));
    QVERIFY(!(model.flags(model.index(1, ImportMappingModel::TargetColumn))
              & Qt::ItemIsEditable)); // ignored: names nothing
    QVERIFY(model.flags(model.index(3, ImportMappingModel::VendorColumn)) & Qt::ItemIsEditable);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyToRows({1, 2}, ColumnRole::SubprocessRating, QStringLiteral("Apex"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.column(1).target, QStringLiteral("Quote"));
    QCOMPARE(model.column(2).target, QStringLiteral("Set-up"));
    QCOMPARE(model.column(2).vendor, QStringLiteral("Apex"));

    QVERIFY(model.setData(model.index(2, ImportMappingModel::TargetColumn),
                          QStringLiteral("Installation")));
    QCOMPARE(model.column(2).target, QStringLiteral("Installation"));
    QVERIFY(!model.setData(model.index(0, ImportMappingModel::TargetColumn),
                           QStringLiteral("x"))); // an id names nothing
    QVERIFY(!model.setData(model.index(0, ImportMappingModel::RoleColumn), 999));
    QVERIFY(model.setData(model.index(2, ImportMappingModel::RoleColumn), int(ColumnRole::Ignore)));
    QCOMPARE(model.column(2).target, QString());
    QCOMPARE(model.column(2).vendor, QString());

    ValueCoding coding;
    coding.min = 1;
    coding.max = 11;
    coding.labels.insert(QStringLiteral("N/A"), qQNaN());
    model.setCoding({3}, coding);
    QVERIFY(model.index(3, ImportMappingModel::AnswersColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("1–11 · 1 label")));
    QCOMPARE(model.columns().at(3).coding, coding);
    QCOMPARE(model.columns().at(1).header, headers.at(1));
}

QTEST_GUILESS_MAIN(TestImportMappingModel)
#include "tst_importmappingmodel.moc"
