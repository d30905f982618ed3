#include "commands/importsurvey.h"
#include "import/surveyimporter.h"
#include "storage/sqlitestatement.h"
#include "testfiles.h"

#include <QSignalSpy>
#include <QTest>

using namespace Peakend;

namespace {

qint64 scalar(sqlite3 *db, const char *sql)
{
    SqliteStatement query(db, sql);
    return query.next() ? query.columnInt64(0) : -1;
}

ImportMapping longMapping()
{
    ImportMapping mapping;
    for (const ColumnRole role :
         {ColumnRole::RespondentId, ColumnRole::Vendor, ColumnRole::Subprocess, ColumnRole::Rating,
          ColumnRole::Overall, ColumnRole::Recommend})
        mapping.columns.append({role, QString(), QString()});
    mapping.columns.append({ColumnRole::Attribute, QStringLiteral("tier"), QString()});
    mapping.createMissing = true;
    return mapping;
}

} // namespace

class TestImportSurvey : public QObject
{
    Q_OBJECT

private slots:
    void undoTakesTheWaveAndItsNewNamesRedoPutsThemBack();
};

void TestImportSurvey::undoTakesTheWaveAndItsNewNamesRedoPutsThemBack()
{
    QTemporaryDir dir;
    const auto document = TestFiles::newDocument(dir, QStringLiteral("undo"));
    QVERIFY(document);
    ProjectRepository &repository = document->writableRepository();
    // Borealis is in the project before; Apex, the three subprocesses and "tier" come with
    // the import (long.csv: 6 respondents × 2 vendors × 3 subprocesses).
    const qint64 borealis = repository.addVendor({0, QStringLiteral("Borealis"), false, {}, 0});
    sqlite3 *db = TestFiles::storeOf(*document).handle();
    qint64 surveyId = 0;
    const ImportReport report = SurveyImporter::run(
        db, TestFiles::importFixture(QStringLiteral("long.csv")), longMapping(), {}, &surveyId);
    QVERIFY2(report.isClean(), qPrintable(report.fatal));
    QCOMPARE(report.created.vendors.size(), 1);
    QCOMPARE(report.created.subprocesses.size(), 3);
    QCOMPARE(report.created.attributes.size(), 1);
    const char *ratingSum = "SELECT sum(respondent_id * 1000 + vendor_id * 100 + subprocess_id "
                            "* 10 + value) FROM rating";
    const qint64 imported = scalar(db, ratingSum);

    QSignalSpy changed(document.get(), &ProjectDocument::changed);
    document->undoStack()->push(
        new ImportSurvey(document.get(), surveyId, QStringLiteral("long"), report.created));
    QCOMPARE(changed.size(), 1);
    const auto what = changed.at(0).at(0).value<ProjectChange>().what;
    QVERIFY(what.testFlag(ChangeFlag::Surveys) && what.testFlag(ChangeFlag::Vendors)
            && what.testFlag(ChangeFlag::Subprocesses) && !what.testFlag(ChangeFlag::Factors));
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Import survey “long”"));
    QCOMPARE(repository.ratingCount(), 36);

    document->undoStack()->undo();
    QCOMPARE(repository.count("survey"), 0);
    for (const char *table :
         {"respondent", "rating", "evaluation", "respondent_attribute", "subprocess", "attribute"})
        QCOMPARE(repository.count(table), 0);
    QCOMPARE(repository.vendors().size(), 1); // Borealis was there before
    QCOMPARE(repository.vendors().at(0).id, borealis);
    QCOMPARE(changed.size(), 2);

    document->undoStack()->redo();
    QCOMPARE(repository.surveys().size(), 1);
    QCOMPARE(repository.surveys().at(0).id, surveyId);
    QCOMPARE(repository.count("respondent"), 6);
    QCOMPARE(repository.ratingCount(), 36);
    QCOMPARE(repository.count("evaluation"), 12);
    QCOMPARE(repository.count("respondent_attribute"), 6);
    QCOMPARE(repository.vendors().size(), 2);
    QCOMPARE(repository.subprocesses().size(), 3);
    QCOMPARE(scalar(db, ratingSum), imported); // the same rows under the same ids
    QCOMPARE(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);

    // And undone again: still nothing left behind.
    document->undoStack()->undo();
    QCOMPARE(repository.ratingCount(), 0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

QTEST_GUILESS_MAIN(TestImportSurvey)
#include "tst_importsurvey.moc"
