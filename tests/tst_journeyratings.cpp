#include "storage/journeyratings.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Peakend;

using Values = std::vector<double>;
Q_DECLARE_METATYPE(Values)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

QByteArray written(const Values &values)
{
    std::string text;
    JourneyRatings::write(values, &text);
    return QByteArray::fromStdString(text);
}

// Equal, NaN included, bit for bit otherwise.
bool same(const Values &a, const Values &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) ? !std::isnan(b[i]) : a[i] != b[i])
            return false;
    }
    return true;
}

} // namespace

// The text of journey_rating.ratings and survey.journey_subprocesses: what is written, and
// what reads back.
class TestJourneyRatings : public QObject
{
    Q_OBJECT

private slots:
    void writesShortestNumbers();
    void readsBackWhatItWrites();
    void reads_data();
    void reads();
    void ids();
};

void TestJourneyRatings::writesShortestNumbers()
{
    QCOMPARE(written({}), QByteArray("[]"));
    QCOMPARE(written({7, 5.5, NaN, -1, 0.1, 1e20}), QByteArray("[7,5.5,null,-1,0.1,1e+20]"));
    QCOMPARE(written({NaN, 3, NaN, NaN}), QByteArray("[null,3]")); // no trailing nulls
    QCOMPARE(written({NaN}), QByteArray("[]"));
    QCOMPARE(JourneyRatings::count({7, NaN, 0, NaN}), 2);
}

void TestJourneyRatings::readsBackWhatItWrites()
{
    // Values that have no short decimal form come back as the same double.
    const Values values = {1.0 / 3.0, 2.0 / 3.0, NaN, 9.999999999999998, 1e-7, 123456789012345.6};
    Values read;
    QVERIFY(JourneyRatings::read(written(values), &read));
    QVERIFY(same(read, values));
}

void TestJourneyRatings::reads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Values>("values");
    QTest::newRow("empty array") << QByteArray("[]") << true << Values{};
    QTest::newRow("as Peakend writes")
        << QByteArray("[7,5.5,null,6]") << true << Values{7, 5.5, NaN, 6};
    // What SQLite's json_group_array and json_set write, and JSON's spacing.
    QTest::newRow("SQLite reals") << QByteArray("[6.0,null,5.0]") << true << Values{6, NaN, 5};
    QTest::newRow("exponent") << QByteArray("[1.5e1,25E-1]") << true << Values{15, 2.5};
    QTest::newRow("spaces") << QByteArray(" [ 7 ,\n\tnull , -2 ] ") << true << Values{7, NaN, -2};
    QTest::newRow("nothing") << QByteArray() << false << Values{};
    QTest::newRow("object") << QByteArray(R"({"3":7})") << false << Values{};
    QTest::newRow("open") << QByteArray("[7,5") << false << Values{};
    QTest::newRow("no value") << QByteArray("[7,,5]") << false << Values{};
    QTest::newRow("text value") << QByteArray(R"(["7"])") << false << Values{};
    QTest::newRow("true") << QByteArray("[true]") << false << Values{};
    QTest::newRow("nested") << QByteArray("[[7]]") << false << Values{};
    QTest::newRow("trailing comma") << QByteArray("[7,]") << false << Values{};
    QTest::newRow("after the array") << QByteArray("[7] x") << false << Values{};
    QTest::newRow("infinity") << QByteArray("[inf]") << false << Values{};
    QTest::newRow("plus sign") << QByteArray("[+7]") << false << Values{};
    QTest::newRow("nullx") << QByteArray("[nullx]") << false << Values{};
}

void TestJourneyRatings::reads()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(Values, values);
    Values read = {99.0}; // replaced, or emptied on failure
    QCOMPARE(JourneyRatings::read(text, &read), ok);
    QVERIFY(same(read, values));
}

void TestJourneyRatings::ids()
{
    std::string text;
    JourneyRatings::writeIds({3, 12, 600000}, &text);
    QCOMPARE(QByteArray::fromStdString(text), QByteArray("[3,12,600000]"));
    std::vector<qint64> ids = {1};
    QVERIFY(JourneyRatings::readIds("[4, 2,7.0]", &ids));
    QCOMPARE(ids, (std::vector<qint64>{4, 2, 7}));
    QVERIFY(!JourneyRatings::readIds("[4,2.5]", &ids)); // not a whole number
    QVERIFY(ids.empty());
    QVERIFY(!JourneyRatings::readIds("[4,null]", &ids));
}

QTEST_GUILESS_MAIN(TestJourneyRatings)
#include "tst_journeyratings.moc"
