#include "domain/projectinfo.h"
#include "import/valuecoding.h"

#include <QTest>

using namespace Peakend;

namespace {

ValueCoding coding(double min, double max, bool reversed = false)
{
    ValueCoding result;
    result.min = min;
    result.max = max;
    result.reversed = reversed;
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Peakend::ValueCoding)

// AnswerDecoder: how one column's answers become numbers on the wave's scale. Expected values
// are the linear maps worked by hand: x on [a, b] → lo + (x − a)(hi − lo)/(b − a).
class TestValueCoding : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void columnLabelsWinOverShared();
    void reasonsAndAttributes();
    void parsesNumbers_data();
    void parsesNumbers();
    void parsesScales_data();
    void parsesScales();
};

void TestValueCoding::decodes_data()
{
    QTest::addColumn<ValueCoding>("column");
    QTest::addColumn<double>("targetMin");
    QTest::addColumn<double>("targetMax");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<double>("value");
    const int answer = AnswerDecoder::Answer;
    const int none = AnswerDecoder::NoAnswer;
    const int outside = AnswerDecoder::OutOfScale;
    const int text = AnswerDecoder::NotANumber;
    ValueCoding labelled = coding(1, 5);
    labelled.labels
        = {{QStringLiteral("Very favorably"), 5.0}, {QStringLiteral("Unfamiliar (N/A)"), qQNaN()}};
    ValueCoding missing;
    missing.missing = {-99.0};

    QTest::newRow("as is") << ValueCoding() << 1.0 << 10.0 << "7" << answer << 7.0;
    QTest::newRow("decimal comma") << ValueCoding() << 1.0 << 10.0 << " 7,5 " << answer << 7.5;
    QTest::newRow("empty") << ValueCoding() << 1.0 << 10.0 << "  " << none << 0.0;
    QTest::newRow("above the wave") << ValueCoding() << 1.0 << 10.0 << "11" << outside << 0.0;
    QTest::newRow("words") << ValueCoding() << 1.0 << 10.0 << "eleven" << text << 0.0;
    QTest::newRow("infinity is no number") << ValueCoding() << 1.0 << 10.0 << "inf" << text << 0.0;
    // 1–11 coded recommend onto 0–10: 11 → 10, 1 → 0, 6 → 5.
    QTest::newRow("1-11 top") << coding(1, 11) << 0.0 << 10.0 << "11" << answer << 10.0;
    QTest::newRow("1-11 bottom") << coding(1, 11) << 0.0 << 10.0 << "1" << answer << 0.0;
    QTest::newRow("1-11 middle") << coding(1, 11) << 0.0 << 10.0 << "6" << answer << 5.0;
    QTest::newRow("1-11 zero is outside") << coding(1, 11) << 0.0 << 10.0 << "0" << outside << 0.0;
    // 1–5 onto 1–10: 3 → 1 + 2 × 9/4 = 5.5, the neutral points meet.
    QTest::newRow("1-5 on 1-10") << coding(1, 5) << 1.0 << 10.0 << "3" << answer << 5.5;
    QTest::newRow("1-5 on 1-10, 6 outside") << coding(1, 5) << 1.0 << 10.0 << "6" << outside << 0.0;
    // A rank, 1 = best of 5, onto 1–5: 1 → 5, 2 → 4.
    QTest::newRow("reversed best") << coding(1, 5, true) << 1.0 << 5.0 << "1" << answer << 5.0;
    QTest::newRow("reversed") << coding(1, 5, true) << 1.0 << 5.0 << "2" << answer << 4.0;
    ValueCoding reversedOnWave;
    reversedOnWave.reversed = true;
    QTest::newRow("reversed on the wave's scale")
        << reversedOnWave << 0.0 << 10.0 << "3" << answer << 7.0;
    QTest::newRow("label") << labelled << 1.0 << 5.0 << "very FAVORABLY " << answer << 5.0;
    QTest::newRow("label onto 0-10")
        << labelled << 0.0 << 10.0 << "Very favorably" << answer << 10.0;
    QTest::newRow("label for no answer")
        << labelled << 1.0 << 5.0 << "Unfamiliar (N/A)" << none << 0.0;
    QTest::newRow("unknown label") << labelled << 1.0 << 5.0 << "Favourably" << text << 0.0;
    QTest::newRow("column missing code") << missing << 1.0 << 10.0 << "-99" << none << 0.0;
    QTest::newRow("weight: no range")
        << ValueCoding() << qQNaN() << qQNaN() << "250" << answer << 250.0;
}

void TestValueCoding::decodes()
{
    QFETCH(ValueCoding, column);
    QFETCH(double, targetMin);
    QFETCH(double, targetMax);
    QFETCH(QString, text);
    QFETCH(int, outcome);
    QFETCH(double, value);
    const AnswerDecoder decoder(column, ValueCoding(), targetMin, targetMax);
    double decoded = 0.0;
    QCOMPARE(int(decoder.decode(text, &decoded)), outcome);
    if (outcome == AnswerDecoder::Answer)
        QCOMPARE(decoded, value);
}

void TestValueCoding::columnLabelsWinOverShared()
{
    ValueCoding column;
    column.labels = {{QStringLiteral("Good"), 4.0}};
    ValueCoding shared;
    shared.labels = {{QStringLiteral("good"), 2.0}, {QStringLiteral("N/A"), qQNaN()}};
    shared.missing = {99.0};
    const AnswerDecoder decoder(column, shared, 1.0, 5.0);
    double value = 0.0;
    QCOMPARE(decoder.decode(u"GOOD", &value), AnswerDecoder::Answer);
    QCOMPARE(value, 4.0);
    QCOMPARE(decoder.decode(u"n/a", &value), AnswerDecoder::NoAnswer);
    QCOMPARE(decoder.decode(u"99", &value), AnswerDecoder::NoAnswer);
}

// Multi-select choices and segment attributes: a code for no answer is never a choice or a
// segment value.
void TestValueCoding::reasonsAndAttributes()
{
    ValueCoding shared;
    shared.missing = {-99.0};
    shared.labels = {{QStringLiteral("Not shown"), qQNaN()}, {QStringLiteral("Selected"), 1.0}};
    const AnswerDecoder decoder(ValueCoding(), shared, qQNaN(), qQNaN());
    QVERIFY(decoder.isChosen(u"1"));
    QVERIFY(decoder.isChosen(u"Price"));
    QVERIFY(decoder.isChosen(u"selected"));
    QVERIFY(!decoder.isChosen(u"0"));
    QVERIFY(!decoder.isChosen(u" No "));
    QVERIFY(!decoder.isChosen(u"-99"));
    QVERIFY(!decoder.isChosen(u"not shown"));
    QVERIFY(!decoder.isChosen(u""));
    QVERIFY(decoder.isMissing(u"-99"));
    QVERIFY(decoder.isMissing(u" "));
    QVERIFY(decoder.isMissing(u"Not shown"));
    QVERIFY(!decoder.isMissing(u"North"));
    QVERIFY(!decoder.isMissing(u"-98"));
}

void TestValueCoding::parsesNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("whole") << "42" << true << 42.0;
    QTest::newRow("negative") << "-99" << true << -99.0;
    QTest::newRow("decimal") << "3.25" << true << 3.25;
    QTest::newRow("comma") << "3,25" << true << 3.25;
    QTest::newRow("exponent") << "1e3" << true << 1000.0;
    QTest::newRow("minus alone") << "-" << false << 0.0;
    QTest::newRow("nan") << "nan" << false << 0.0;
    QTest::newRow("text") << "7 - Very likely" << false << 0.0;
}

void TestValueCoding::parsesNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double parsed = 0.0;
    QCOMPARE(AnswerDecoder::parseNumber(text, &parsed), ok);
    if (ok)
        QCOMPARE(parsed, value);
}

void TestValueCoding::parsesScales_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("neutral");
    QTest::newRow("1-5") << "1-5" << true << 1.0 << 5.0 << 3.0;
    QTest::newRow("0..10") << "0..10" << true << 0.0 << 10.0 << 5.0;
    QTest::newRow("1–7:4") << "1–7:4" << true << 1.0 << 7.0 << 4.0;
    QTest::newRow("1-100") << " 1 - 100 " << true << 1.0 << 100.0 << 50.5;
    QTest::newRow("-3..3") << "-3..3" << true << -3.0 << 3.0 << 0.0;
    QTest::newRow("reversed") << "5-1" << false << 0.0 << 0.0 << 0.0;
    QTest::newRow("neutral outside") << "1-5:6" << false << 0.0 << 0.0 << 0.0;
    QTest::newRow("words") << "five" << false << 0.0 << 0.0 << 0.0;
}

void TestValueCoding::parsesScales()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, neutral);
    const std::optional<Scale> scale = Scale::parse(text);
    QCOMPARE(scale.has_value(), valid);
    if (valid)
        QCOMPARE(*scale, (Scale{min, max, neutral}));
}

QTEST_GUILESS_MAIN(TestValueCoding)
#include "tst_valuecoding.moc"
