#include "report/reporttable.h"

#include <QTest>

using namespace Peakend;

class TestReportTable : public QObject
{
    Q_OBJECT

private slots:
    void csvCells_data();
    void csvCells();
};

void TestReportTable::csvCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("csv");

    QTest::newRow("plain") << QStringLiteral("Apex") << QByteArray("Apex");
    QTest::newRow("comma and quote")
        << QStringLiteral("Apex, \"the\" best") << QByteArray("\"Apex, \"\"the\"\" best\"");
    QTest::newRow("negative number") << QStringLiteral("-0.25") << QByteArray("-0.25");
    QTest::newRow("signed exponent") << QStringLiteral("+1e-05") << QByteArray("+1e-05");
    // OWASP's CSV injection cases: text a spreadsheet would run as a formula.
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QByteArray("'@SUM(A1:A9)");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QByteArray("'+1+1");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("'-2+3");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                         << QByteArray("ab");
}

void TestReportTable::csvCells()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, csv);
    const ReportTable table{
        QStringLiteral("t"), QStringLiteral("T"), {QStringLiteral("Name")}, {{cell}}, {}, {}};
    QCOMPARE(table.toCsv(false), QByteArray("Name\r\n") + csv + "\r\n");
}

QTEST_GUILESS_MAIN(TestReportTable)
#include "tst_reporttable.moc"
