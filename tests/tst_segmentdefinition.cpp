#include "analysis/segmentdefinition.h"
#include "analysis/surveydata.h"

#include <QTest>

using namespace Peakend;

class TestSegmentDefinition : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refusesWithWhere_data();
    void refusesWithWhere();
    void namesWhatTheWaveLacks();
};

void TestSegmentDefinition::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("conditions");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("two conditions")
        << QStringLiteral("value tier = A | B; company size = enterprise") << 2
        << QStringLiteral("value tier = A | B; company size = enterprise");
    QTest::newRow("spaces and a trailing separator")
        << QStringLiteral("  region=North|  South ;  ") << 1
        << QStringLiteral("region = North | South");
    QTest::newRow("everyone") << QStringLiteral("   ") << 0 << QString();
    QTest::newRow("Chinese, full-width marks")
        << QStringLiteral("客户等级 ＝ A｜B；地区 = 华南") << 2
        << QStringLiteral("客户等级 = A | B; 地区 = 华南");
}

void TestSegmentDefinition::parses()
{
    QFETCH(QString, text);
    QFETCH(int, conditions);
    QFETCH(QString, formatted);
    QString error = QStringLiteral("not cleared");
    const SegmentFilter filter = SegmentDefinition::parse(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(filter.conditions.size(), conditions);
    QCOMPARE(SegmentDefinition::format(filter), formatted);
    // Formatting and parsing again gives the same segment.
    QCOMPARE(SegmentDefinition::format(SegmentDefinition::parse(formatted)), formatted);
    if (conditions == 2 && text.startsWith(QLatin1String("value"))) {
        QCOMPARE(filter.conditions.at(0).attribute, QStringLiteral("value tier"));
        QCOMPARE(filter.conditions.at(0).values,
                 (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    }
}

void TestSegmentDefinition::refusesWithWhere_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::newRow("no equals") << QStringLiteral("region = North; enterprise")
                               << QStringLiteral("Condition 2, “enterprise”");
    QTest::newRow("no attribute") << QStringLiteral("= A") << QStringLiteral("Condition 1");
    QTest::newRow("no value") << QStringLiteral("region = | ") << QStringLiteral("Condition 1");
}

void TestSegmentDefinition::refusesWithWhere()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    QString error;
    const SegmentFilter filter = SegmentDefinition::parse(text, &error);
    QVERIFY(filter.isEmpty());
    QVERIFY2(error.startsWith(where), qPrintable(error));
}

// A segment naming an attribute the wave does not record, or a value nobody gives, is told
// apart from one that simply matches few respondents.
void TestSegmentDefinition::namesWhatTheWaveLacks()
{
    SurveyData data;
    data.attributeNames = {QStringLiteral("region"), QStringLiteral("tier")};
    for (const auto &[region, tier] : {std::pair{"North", "A"}, {"South", ""}, {"North", "B"}}) {
        SurveyRespondent respondent;
        respondent.attributes = {QString::fromUtf8(region), QString::fromUtf8(tier)};
        data.respondents.append(respondent);
    }
    const auto unmatched = [&](const char *text) {
        return SegmentDefinition::unmatched(SegmentDefinition::parse(QString::fromUtf8(text)),
                                            data);
    };
    QCOMPARE(unmatched(""), QString());
    QCOMPARE(unmatched("region = South; tier = A | B"), QString());
    QCOMPARE(unmatched("colour = red"),
             QStringLiteral("The wave records no respondent attribute “colour”; it has: region, "
                            "tier."));
    QCOMPARE(unmatched("region = North | Mars"),
             QStringLiteral("No respondent has region = “Mars”; its values are: North, South."));
    QCOMPARE(unmatched("tier = C"),
             QStringLiteral("No respondent has tier = “C”; its values are: A, B."));
}

QTEST_GUILESS_MAIN(TestSegmentDefinition)
#include "tst_segmentdefinition.moc"
