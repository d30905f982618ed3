#include "import/likertlabels.h"

#include <QTest>

using namespace Peakend;

// Numbers for the answer labels survey tools export, placed by the order of the set they
// belong to (worst = 1); the whole set is suggested, so that answers further down the file
// than the sample read are known too.
class TestLikertLabels : public QObject
{
    Q_OBJECT

private slots:
    void placesKnownSets_data();
    void placesKnownSets();
    void noAnswerLabels();
    void leadingNumbers();
    void binarySets();
    void refusesWhatIsInNoSet();
};

void TestLikertLabels::placesKnownSets_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<int>("points");
    QTest::addColumn<QStringList>("expectedLabels");
    QTest::addColumn<QList<double>>("expectedNumbers");
    QTest::newRow("favourability")
        << QStringList{QStringLiteral("Very favorably"), QStringLiteral("Somewhat unfavorably"),
                       QStringLiteral("Unfamiliar (N/A)")}
        << 5
        << QStringList{QStringLiteral("Very favorably"), QStringLiteral("Somewhat unfavorably"),
                       QStringLiteral("very unfavorably"), QStringLiteral("neutral")}
        << QList<double>{5, 2, 1, 3};
    QTest::newRow("importance") << QStringList{QStringLiteral("extremely important"),
                                               QStringLiteral("Not at all important")}
                                << 5
                                << QStringList{QStringLiteral("extremely important"),
                                               QStringLiteral("Not at all important")}
                                << QList<double>{5, 1};
    QTest::newRow("satisfaction, any case")
        << QStringList{QStringLiteral("VERY SATISFIED"), QStringLiteral("dissatisfied"),
                       QStringLiteral("Neither satisfied nor dissatisfied")}
        << 5
        << QStringList{QStringLiteral("VERY SATISFIED"), QStringLiteral("dissatisfied"),
                       QStringLiteral("Neither satisfied nor dissatisfied")}
        << QList<double>{5, 2, 3};
    QTest::newRow("seven-point agreement")
        << QStringList{QStringLiteral("Somewhat agree"), QStringLiteral("Strongly agree"),
                       QStringLiteral("Agree"), QStringLiteral("Somewhat disagree")}
        << 7
        << QStringList{QStringLiteral("Somewhat agree"), QStringLiteral("Strongly agree"),
                       QStringLiteral("Agree"), QStringLiteral("Somewhat disagree")}
        << QList<double>{5, 7, 6, 3};
    QTest::newRow("Simplified Chinese")
        << QStringList{QStringLiteral("非常满意"), QStringLiteral("不满意"), QStringLiteral("一般")}
        << 5
        << QStringList{QStringLiteral("非常满意"), QStringLiteral("不满意"), QStringLiteral("一般")}
        << QList<double>{5, 2, 3};
    QTest::newRow("Traditional Chinese")
        << QStringList{QStringLiteral("非常滿意"), QStringLiteral("滿意"), QStringLiteral("不適用")}
        << 5 << QStringList{QStringLiteral("非常滿意"), QStringLiteral("滿意")}
        << QList<double>{5, 4};
}

void TestLikertLabels::placesKnownSets()
{
    QFETCH(QStringList, answers);
    QFETCH(int, points);
    QFETCH(QStringList, expectedLabels);
    QFETCH(QList<double>, expectedNumbers);
    const auto suggestion = LikertLabels::suggest(answers);
    QVERIFY(suggestion);
    QCOMPARE(suggestion->points, points);
    QVERIFY(!suggestion->binary);
    for (qsizetype i = 0; i < expectedLabels.size(); ++i) {
        QVERIFY2(suggestion->labels.contains(expectedLabels.at(i)),
                 qPrintable(expectedLabels.at(i)));
        QCOMPARE(suggestion->labels.value(expectedLabels.at(i)), expectedNumbers.at(i));
    }
    // Every point of the set has a label.
    QList<double> numbers;
    for (const double value : suggestion->labels) {
        if (!std::isnan(value) && !numbers.contains(value))
            numbers.append(value);
    }
    QCOMPARE(numbers.size(), points);
}

void TestLikertLabels::noAnswerLabels()
{
    for (const char *text : {"N/A", "Unfamiliar (N/A)", "Don’t know", "not applicable", "不适用",
                             "不知道", "不適用", "Prefer not to say"})
        QVERIFY2(LikertLabels::meansNoAnswer(QString::fromUtf8(text)), text);
    for (const char *text : {"Neutral", "No", "Apex"})
        QVERIFY2(!LikertLabels::meansNoAnswer(QString::fromUtf8(text)), text);
    const auto suggestion = LikertLabels::suggest({QStringLiteral("N/A"), QStringLiteral("7")});
    QVERIFY(suggestion);
    QVERIFY(std::isnan(suggestion->labels.value(QStringLiteral("N/A"))));
}

// Qualtrics writes the ends of a 0–10 question as "0 - Not at all likely", "10 - Extremely
// likely" and the answers between as numbers.
void TestLikertLabels::leadingNumbers()
{
    QCOMPARE(LikertLabels::leadingNumber(QStringLiteral("10 - Extremely likely")), 10.0);
    QCOMPARE(LikertLabels::leadingNumber(QStringLiteral("0 = not at all")), 0.0);
    QCOMPARE(LikertLabels::leadingNumber(QStringLiteral("7 Very good")), 7.0);
    QVERIFY(!LikertLabels::leadingNumber(QStringLiteral("Apex 3")));
    QVERIFY(!LikertLabels::leadingNumber(QStringLiteral("3")));
    const auto suggestion
        = LikertLabels::suggest({QStringLiteral("0 - Not at all likely"), QStringLiteral("5"),
                                 QStringLiteral("10 - Extremely likely")});
    QVERIFY(suggestion);
    QCOMPARE(suggestion->points, 0); // numbers as written: no scale of its own
    QCOMPARE(suggestion->labels.value(QStringLiteral("0 - Not at all likely")), 0.0);
    QCOMPARE(suggestion->labels.value(QStringLiteral("10 - Extremely likely")), 10.0);
}

void TestLikertLabels::binarySets()
{
    const auto satisfied = LikertLabels::suggest(
        {QStringLiteral("neutral or dissatisfied"), QStringLiteral("satisfied")});
    QVERIFY(satisfied);
    QVERIFY(satisfied->binary);
    QCOMPARE(satisfied->labels.value(QStringLiteral("neutral or dissatisfied")), 0.0);
    QCOMPARE(satisfied->labels.value(QStringLiteral("satisfied")), 1.0);
    const auto yes = LikertLabels::suggest({QStringLiteral("Yes")});
    QVERIFY(yes);
    QCOMPARE(yes->labels.value(QStringLiteral("Yes")), 1.0);
    QCOMPARE(yes->labels.value(QStringLiteral("no")), 0.0);
}

void TestLikertLabels::refusesWhatIsInNoSet()
{
    QVERIFY(!LikertLabels::suggest({QStringLiteral("Apex"), QStringLiteral("Borealis")}));
    QVERIFY(!LikertLabels::suggest({QStringLiteral("Very satisfied"), QStringLiteral("Purple")}));
    QVERIFY(!LikertLabels::suggest(
        {QStringLiteral("10 - Extremely likely"), QStringLiteral("Very satisfied")}));
    QVERIFY(!LikertLabels::suggest({}));
}

QTEST_GUILESS_MAIN(TestLikertLabels)
#include "tst_likertlabels.moc"
