#include "import/respondentkeyset.h"

#include <QTest>

using namespace Peakend;

class TestRespondentKeySet : public QObject
{
    Q_OBJECT

private slots:
    void findsTheSameKeyWithinARun();
    void remembersRespondentsWhoComeBack();
    void keepsRespondentsApart();
    void manyKeysInARun();
    void idsFarApart();
};

void TestRespondentKeySet::findsTheSameKeyWithinARun()
{
    RespondentKeySet seen;
    QVERIFY(seen.insert(1, 10));
    QVERIFY(seen.insert(1, 11));
    QVERIFY(!seen.insert(1, 10));
    QVERIFY(seen.insert(1, 12));
    QVERIFY(!seen.insert(1, 12));
}

void TestRespondentKeySet::remembersRespondentsWhoComeBack()
{
    RespondentKeySet seen;
    // R1 answers 10 and 11, R2 answers 10, R1 comes back: 11 again is a repeat, 12 is not;
    // R2 comes back too, and R1 a third time with a key of its second run.
    QVERIFY(seen.insert(1, 10));
    QVERIFY(seen.insert(1, 11));
    QVERIFY(seen.insert(2, 10));
    QVERIFY(!seen.insert(1, 11));
    QVERIFY(seen.insert(1, 12));
    QVERIFY(!seen.insert(2, 10));
    QVERIFY(seen.insert(2, 11));
    QVERIFY(!seen.insert(1, 12));
    QVERIFY(!seen.insert(1, 10));
    QVERIFY(seen.insert(1, 13));
    QVERIFY(!seen.insert(2, 11));
}

void TestRespondentKeySet::keepsRespondentsApart()
{
    RespondentKeySet seen;
    for (qint64 respondent = 1; respondent <= 1000; ++respondent) {
        for (quint64 key = 0; key < 25; ++key)
            QVERIFY(seen.insert(respondent, key));
    }
    for (qint64 respondent = 1000; respondent >= 1; respondent -= 7) {
        QVERIFY(!seen.insert(respondent, 24));
        QVERIFY(seen.insert(respondent, 25));
    }
    QVERIFY(!seen.insert(1000, 25));
    QVERIFY(seen.insert(999, 25));
}

// A respondent who rates 14 vendors × 25 subprocesses: past the few keys searched one by one,
// in one run and when it comes back with its keys split over two runs.
void TestRespondentKeySet::manyKeysInARun()
{
    RespondentKeySet seen;
    for (quint64 key = 0; key < 350; ++key)
        QVERIFY(seen.insert(1, key));
    for (quint64 key = 0; key < 350; key += 10)
        QVERIFY(!seen.insert(1, key));
    QVERIFY(seen.insert(2, 0));
    QVERIFY(!seen.insert(1, 349)); // back: the first run's keys still count
    QVERIFY(seen.insert(1, 350));
    QVERIFY(seen.insert(3, 0));
    QVERIFY(!seen.insert(1, 350)); // back again: both runs count
    QVERIFY(!seen.insert(1, 20));
    QVERIFY(seen.insert(1, 351));
    QVERIFY(!seen.insert(3, 0));
}

// Ids that do not count up from the first one (below it, or far beyond) are remembered too.
void TestRespondentKeySet::idsFarApart()
{
    RespondentKeySet seen;
    const qint64 ids[] = {1000, 1001, 5, 1'000'000'000, 1002, 2000};
    for (const qint64 id : ids)
        QVERIFY(seen.insert(id, 7));
    for (const qint64 id : ids) {
        QVERIFY(!seen.insert(id, 7));
        QVERIFY(seen.insert(id, 8));
    }
    for (const qint64 id : ids)
        QVERIFY(!seen.insert(id, 8));
}

QTEST_GUILESS_MAIN(TestRespondentKeySet)
#include "tst_respondentkeyset.moc"
