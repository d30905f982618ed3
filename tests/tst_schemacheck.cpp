#include "storage/migrator.h"
#include "storage/schemacheck.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Peakend;

class TestSchemaCheck : public QObject
{
    Q_OBJECT

private slots:
    void checkExpressions_data();
    void checkExpressions();
    void compare_data();
    void compare();
    void constraintsOnAReadOnlyConnection();

private:
    // A file at the latest version, with sql run on it by a plain connection.
    QString makeFile(QTemporaryDir &dir, const char *sql);
};

void TestSchemaCheck::checkExpressions_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expressions");

    QTest::newRow("none") << "CREATE TABLE t (a INTEGER, b TEXT)" << QStringList();
    QTest::newRow("column and table")
        << "CREATE TABLE t (a REAL CHECK (a > 0), b INTEGER,\n  CHECK (b IN (0, 1)))"
        << QStringList{QStringLiteral("a > 0"), QStringLiteral("b IN (0, 1)")};
    QTest::newRow("nested parentheses, lower case, no space")
        << "CREATE TABLE t (a, b, check(coalesce(a, (b + 1)) BETWEEN 1 AND 5))"
        << QStringList{QStringLiteral("coalesce(a, (b + 1)) BETWEEN 1 AND 5")};
    QTest::newRow("parentheses and words in quotes and comments")
        << "CREATE TABLE t (\n  a TEXT DEFAULT 'CHECK (x)' -- a CHECK (y) in a comment\n"
           "  CHECK (a <> ')' /* ) */ AND a <> \"check\"),\n  checked INTEGER)"
        << QStringList{QStringLiteral("a <> ')' /* ) */ AND a <> \"check\"")};
    QTest::newRow("a column named like the keyword")
        << "CREATE TABLE t (check_at TEXT, rechecked INTEGER)" << QStringList();
}

void TestSchemaCheck::checkExpressions()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expressions);
    QCOMPARE(SchemaCheck::checkExpressions(sql), expressions);
}

QString TestSchemaCheck::makeFile(QTemporaryDir &dir, const char *sql)
{
    const QString path = dir.filePath(QStringLiteral("p.peakend"));
    sqlite3 *db = nullptr;
    const bool made = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
                      && Migrator().migrate(db, 0).isOk();
    sqlite3_close(db);
    return made && TestFiles::execSql(path, sql) ? path : QString();
}

void TestSchemaCheck::compare_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("message"); // empty: the schema is the expected one

    QTest::newRow("as created") << QByteArray("SELECT 1") << QString();
    QTest::newRow("rows do not matter")
        << QByteArray("INSERT INTO vendor (name, position) VALUES ('A', 1)") << QString();
    QTest::newRow("extra table") << QByteArray("CREATE TABLE notes (t)")
                                 << QStringLiteral("“p.peakend” contains a table “notes” that "
                                                   "Peakend did not create. It was not opened.");
    QTest::newRow("extra trigger")
        << QByteArray("CREATE TRIGGER t AFTER INSERT ON vendor BEGIN SELECT 1; END")
        << QStringLiteral("“p.peakend” contains a trigger “t” that Peakend did not create. It "
                          "was not opened, and the trigger did not run.");
    QTest::newRow("index gone") << QByteArray("DROP INDEX touchpoint_by_channel")
                                << QStringLiteral("“p.peakend” was changed by another program "
                                                  "and was not opened: “touchpoint_by_channel” "
                                                  "is missing.");
    QTest::newRow("a CHECK removed")
        << QByteArray("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                      "replace(sql, 'CHECK (weight > 0)', '') WHERE name = 'respondent'")
        << QStringLiteral("“p.peakend” was changed by another program and was not opened: the "
                          "definition of “respondent” is not the one Peakend wrote.");
}

void TestSchemaCheck::compare()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = makeFile(dir, sql.constData());
    QVERIFY(!path.isEmpty());
    const Migrator migrator;
    const SchemaCheck schema(migrator, migrator.latestVersion());
    QVERIFY(schema.isValid());
    sqlite3 *db = nullptr;
    QCOMPARE(
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
        SQLITE_OK);
    const StoreError error = schema.compare(db, QStringLiteral("p.peakend"));
    sqlite3_close(db);
    QCOMPARE(error.message, message);
}

// SQLite does not parse CHECK constraints on a read-only connection (quick_check passes);
// the check counts the rows breaking each table's CHECKs by query.
void TestSchemaCheck::constraintsOnAReadOnlyConnection()
{
    QTemporaryDir dir;
    const QString path = makeFile(
        dir, "INSERT INTO survey (id, name, imported_at) VALUES (1, 'W', 'now');"
             "INSERT INTO respondent (survey_id, external_id, weight) VALUES (1, 'a', 1), "
             "(1, 'b', 2), (1, 'c', 3);"
             "PRAGMA ignore_check_constraints = ON;"
             "UPDATE respondent SET weight = -weight WHERE external_id <> 'a';"
             "INSERT INTO subprocess (name, phase, position) VALUES ('S', 7, 1);"
             "INSERT INTO vendor (id, name, position) VALUES (1, 'V', 1);"
             "INSERT INTO evaluation VALUES ((SELECT min(id) FROM respondent), 1, 5, NULL);");
    QVERIFY(!path.isEmpty());
    sqlite3 *db = nullptr;
    QCOMPARE(
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
        SQLITE_OK);
    QStringList quickCheck;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        quickCheck << QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    QCOMPARE(quickCheck, QStringList{QStringLiteral("ok")});

    const Migrator migrator;
    const SchemaCheck schema(migrator, migrator.latestVersion());
    const StoreError error = schema.checkConstraints(db, QStringLiteral("p.peakend"));
    sqlite3_close(db);
    // The NULL recommendation passes its CHECK (NULL is not false); phase 7 breaks one.
    QCOMPARE(error.message,
             QStringLiteral("“p.peakend” was changed by another program and was not opened: rows "
                            "hold values Peakend never writes (rows per table: “respondent”: 2, "
                            "“subprocess”: 1)."));
}

QTEST_GUILESS_MAIN(TestSchemaCheck)
#include "tst_schemacheck.moc"
