#include "import/importmapping.h"

#include <QTest>

using namespace Peakend;

// The mapping file's shape (README): everything a mapping says survives a round trip, and a
// file a person wrote wrong is refused with where and what.
class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void refusesWithWhereAndWhat_data();
    void refusesWithWhereAndWhat();
    void problems();
};

void TestImportMapping::roundTrip()
{
    ImportMapping mapping;
    mapping.headerRows = 3;
    mapping.vendor = QStringLiteral("Apex");
    mapping.missingCodes = {-99, 99};
    mapping.labels = {{QStringLiteral("N/A"), qQNaN()}};
    mapping.scale = Scale{1, 7, 4};
    mapping.idFromRow = true;
    mapping.createMissing = true;
    ColumnMapping grid(ColumnRole::SubprocessRating, QStringLiteral("Quote"),
                       QStringLiteral("Borealis"));
    grid.header = QStringLiteral("Rate each step – Quote (Q2_1)");
    grid.coding.min = 1;
    grid.coding.max = 5;
    grid.coding.reversed = true;
    grid.coding.labels
        = {{QStringLiteral("Very satisfied"), 5.0}, {QStringLiteral("Unfamiliar (N/A)"), qQNaN()}};
    grid.coding.missing = {9};
    mapping.columns = {ColumnMapping(), grid, ColumnMapping(ColumnRole::Recommend)};
    for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        QString error;
        const std::optional<ImportMapping> back
            = ImportMapping::fromJson(mapping.toJson(format), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->headerRows, 3);
        QCOMPARE(back->vendor, mapping.vendor);
        QCOMPARE(back->missingCodes, mapping.missingCodes);
        QVERIFY(std::isnan(back->labels.value(QStringLiteral("N/A"), 0.0)));
        QCOMPARE(*back->scale, *mapping.scale);
        QVERIFY(back->idFromRow);
        QVERIFY(back->createMissing);
        QCOMPARE(back->columns.size(), 3);
        QCOMPARE(back->columns.at(1).role, ColumnRole::SubprocessRating);
        QCOMPARE(back->columns.at(1).target, QStringLiteral("Quote"));
        QCOMPARE(back->columns.at(1).vendor, QStringLiteral("Borealis"));
        QCOMPARE(back->columns.at(1).header, grid.header);
        QCOMPARE(back->columns.at(1).coding, grid.coding);
        QCOMPARE(back->columns.at(2).role, ColumnRole::Recommend);
    }
    // The smallest mapping a person writes: only columns.
    const auto minimal = ImportMapping::fromJson(
        R"({"columns": [{"role": "respondent-id"}, {"role": "rating"}]})");
    QVERIFY(minimal);
    QCOMPARE(minimal->headerRows, 1);
    QVERIFY(!minimal->scale);
}

void TestImportMapping::refusesWithWhereAndWhat_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"columns\": [") << "Not JSON:";
    QTest::newRow("no columns") << QByteArray("{}") << "needs “columns”";
    QTest::newRow("unknown key") << QByteArray(R"({"columns": [{"role": "rating"}], "lables": {}})")
                                 << "unknown key “lables”";
    QTest::newRow("unknown role") << QByteArray(
        R"({"columns": [{"role": "ignore"}, {"role": "nps"}]})")
                                  << "Column 2 of the mapping: unknown role “nps”";
    QTest::newRow("label text") << QByteArray(
        R"({"columns": [{"role": "rating", "labels": {"Good": "4"}}]})")
                                << "the label “Good” must stand for a number or null";
    QTest::newRow("column scale") << QByteArray(
        R"({"columns": [{"role": "rating", "scale": [5, 1]}]})")
                                  << "“scale” must be [minimum, maximum]";
    QTest::newRow("wave scale") << QByteArray(
        R"({"columns": [{"role": "rating"}], "scale": {"min": 1, "max": 5, "neutral": 9}})")
                                << "neutral point between them";
    QTest::newRow("header rows") << QByteArray(
        R"({"columns": [{"role": "rating"}], "headerRows": 0})")
                                 << "“headerRows” must be a whole number from 1 to 10";
    QTest::newRow("respondent id")
        << QByteArray(R"({"columns": [{"role": "rating"}], "respondentId": "first"})")
        << "“respondentId” can only be “row”";
    QTest::newRow("reverse") << QByteArray(R"({"columns": [{"role": "rating", "reverse": "yes"}]})")
                             << "“reverse” must be true or false";
}

void TestImportMapping::refusesWithWhereAndWhat()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!ImportMapping::fromJson(json, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestImportMapping::problems()
{
    const QStringList headers{QStringLiteral("id"), QStringLiteral("vendor"),
                              QStringLiteral("Quote")};
    ImportMapping mapping;
    mapping.surveyName = QStringLiteral("wave");
    mapping.columns = {ColumnMapping(ColumnRole::RespondentId), ColumnMapping(ColumnRole::Vendor),
                       ColumnMapping(ColumnRole::SubprocessRating, QStringLiteral("Quote"))};
    QCOMPARE(mapping.problem(headers), QString());
    mapping.columns[0].role = ColumnRole::Ignore;
    QVERIFY(
        mapping.problem(headers).startsWith(QStringLiteral("No column holds the respondent id")));
    mapping.idFromRow = true;
    QCOMPARE(mapping.problem(headers), QString());
    mapping.columns[2].coding.min = 3;
    QVERIFY(mapping.problem(headers).contains(QStringLiteral("its scale needs a minimum below")));
    mapping.columns[2].coding.min = qQNaN();
    mapping.scale = Scale{5, 1, 3};
    QVERIFY(mapping.problem(headers).startsWith(QStringLiteral("The wave's scale needs")));
    mapping.scale.reset();
    mapping.columns[2].header = QStringLiteral("Delivery");
    QCOMPARE(mapping.problem(headers),
             QStringLiteral("Column 3 of the mapping was made for “Delivery”; the file has "
                            "“Quote” there."));
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
