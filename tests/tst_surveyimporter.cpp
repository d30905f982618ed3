#include "assembly/waveassembler.h"
#include "domain/projectlimits.h"
#include "import/savedmappings.h"
#include "import/surveyimporter.h"
#include "storage/projectrepository.h"
#include "storage/sqlitestatement.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QTest>

#include <cmath>

using namespace Peakend;

namespace {

ColumnMapping column(ColumnRole role, const QString &target = QString())
{
    return {role, target, QString()};
}

// The rows PRAGMA foreign_key_check lists (none, when the importer kept the foreign keys).
int foreignKeyViolations(sqlite3 *db)
{
    SqliteStatement check(db, "PRAGMA foreign_key_check");
    int rows = 0;
    while (check.next())
        ++rows;
    return rows;
}

qint64 foreignKeysEnabled(sqlite3 *db)
{
    SqliteStatement pragma(db, "PRAGMA foreign_keys");
    return pragma.next() ? pragma.columnInt64(0) : -1;
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(TestFiles::readAll(path), QCryptographicHash::Sha256);
}

ImportMapping longMapping()
{
    ImportMapping mapping;
    mapping.columns = {column(ColumnRole::RespondentId),
                       column(ColumnRole::Vendor),
                       column(ColumnRole::Subprocess),
                       column(ColumnRole::Rating),
                       column(ColumnRole::Overall),
                       column(ColumnRole::Recommend),
                       column(ColumnRole::Attribute, QStringLiteral("tier"))};
    mapping.createMissing = true;
    return mapping;
}

// wide-gb18030.csv: semicolons, Chinese names, reasons as 0/1, 99 meaning "not applicable".
ImportMapping wideChineseMapping()
{
    ImportMapping mapping;
    mapping.columns = {column(ColumnRole::RespondentId),
                       column(ColumnRole::Vendor),
                       column(ColumnRole::SubprocessRating, QStringLiteral("报价")),
                       column(ColumnRole::SubprocessRating, QStringLiteral("交付")),
                       column(ColumnRole::SubprocessRating, QStringLiteral("支持")),
                       column(ColumnRole::Overall),
                       column(ColumnRole::Recommend),
                       column(ColumnRole::ReasonLike, QStringLiteral("价格")),
                       column(ColumnRole::ReasonDislike, QStringLiteral("服务")),
                       column(ColumnRole::Attribute, QStringLiteral("地区"))};
    mapping.missingCodes = {99};
    mapping.createMissing = true;
    return mapping;
}

// The project and mapping errors.csv is checked against: Apex; Quote and Delivery.
ImportMapping errorsSetUp(ProjectRepository &repository)
{
    repository.addVendor({0, QStringLiteral("Apex"), true, QString(), 0});
    repository.addSubprocess({0, QStringLiteral("Quote"), Phase::Purchase, 0, false});
    repository.addSubprocess({0, QStringLiteral("Delivery"), Phase::PostPurchase, 1, false});
    ImportMapping mapping;
    mapping.columns = {column(ColumnRole::RespondentId),
                       column(ColumnRole::Vendor),
                       column(ColumnRole::SubprocessRating, QStringLiteral("Quote")),
                       column(ColumnRole::SubprocessRating, QStringLiteral("Delivery")),
                       column(ColumnRole::Overall),
                       column(ColumnRole::Weight)};
    return mapping;
}

} // namespace

class TestSurveyImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsLongLayout();
    void importsWideChineseExport();
    void validationFindsEveryProblem();
    void skipsTheListedRows();
    void unknownNamesAreReported();
    void refusesWhatAProjectCannotHold();
    void pointsAtUndecodableBytes();
    void failingImportLeavesTheFileUnchanged();
    void cancelledImportLeavesTheFileUnchanged();
    void writeFailureLeavesTheFileUnchanged();
    void findsTheSameRatingTwiceInALongFile();
    void joinsTheRatingsOfARespondentWhoComesBack();
    void foreignKeysHoldAfterEveryKindOfImport();
    void savedMappingIsReusedForTheNextWave();
    void mappingSurvivesJson();
};

void TestSurveyImporter::importsLongLayout()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("import"));
    QVERIFY(store);
    ProjectRepository repository(*store);
    sqlite3 *db = store->handle();
    const ImportReport checked = SurveyImporter::validate(
        db, TestFiles::importFixture(QStringLiteral("long.csv")), longMapping());
    QVERIFY2(checked.isClean(), qPrintable(checked.issues.value(0).message));
    QCOMPARE(checked.dataRows, 36);
    QCOMPARE(repository.count("survey"), 0); // validation writes nothing

    qint64 surveyId = 0;
    const ImportReport report = SurveyImporter::run(
        db, TestFiles::importFixture(QStringLiteral("long.csv")), longMapping(), {}, &surveyId);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
    QVERIFY(surveyId > 0);
    QCOMPARE(report.respondents, 6);
    QCOMPARE(report.ratings, 36);
    QCOMPARE(repository.vendors().size(), 2);
    QCOMPARE(repository.subprocesses().size(), 3);
    QCOMPARE(repository.subprocesses().at(1).name, QStringLiteral("Delivery")); // first-seen order
    const SurveyData data = WaveAssembler::load(repository, surveyId);
    QCOMPARE(data.caseCount(), 12);
    // R3 × Borealis × Support: 1 + (9 + 4 + 8) % 10 = 2; overall 1 + (3 + 8) % 10 = 2.
    for (int c = 0; c < data.caseCount(); ++c) {
        if (data.respondents.at(data.cases.at(c).respondent).externalId == QStringLiteral("R3")
            && data.vendors.at(data.cases.at(c).vendor).name == QStringLiteral("Borealis")) {
            QCOMPARE(data.rating(c, 2), 2.0);
            QCOMPARE(data.cases.at(c).overall, 2.0);
            QCOMPARE(data.cases.at(c).recommend, 6.0);
            QCOMPARE(data.respondents.at(data.cases.at(c).respondent).attributes,
                     QStringList{QStringLiteral("A")});
        }
    }
    QCOMPARE(repository.surveys().at(0).sourceFormat, QStringLiteral("csv"));
    QCOMPARE(repository.surveys().at(0).sourceSha256.size(), 64);
    // The same file again is recognised by its bytes; another file is not.
    QCOMPARE(
        SurveyImporter::alreadyImported(db, TestFiles::importFixture(QStringLiteral("long.csv"))),
        surveyId);
    QCOMPARE(
        SurveyImporter::alreadyImported(db, TestFiles::importFixture(QStringLiteral("errors.csv"))),
        0);
    const QString copy = dir.filePath(QStringLiteral("renamed.csv"));
    QVERIFY(QFile::copy(TestFiles::importFixture(QStringLiteral("long.csv")), copy));
    QCOMPARE(SurveyImporter::alreadyImported(db, copy), surveyId);
}

void TestSurveyImporter::importsWideChineseExport()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("import"));
    ProjectRepository repository(*store);
    sqlite3 *db = store->handle();
    const ImportMapping mapping = wideChineseMapping();
    qint64 surveyId = 0;
    const ImportReport report = SurveyImporter::run(
        db, TestFiles::importFixture(QStringLiteral("wide-gb18030.csv")), mapping, {}, &surveyId);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
    QCOMPARE(report.encoding, QStringLiteral("GB18030"));
    QCOMPARE(report.respondents, 3);
    QCOMPARE(report.ratings, 11); // 12 cells, one "not applicable"
    QCOMPARE(repository.vendors().at(0).name, QStringLiteral("美苏电器"));
    QCOMPARE(repository.vendors().at(1).name, QStringLiteral("东方科技"));
    const SurveyData data = WaveAssembler::load(repository, surveyId);
    QCOMPARE(data.caseCount(), 4);
    QVERIFY(std::isnan(data.rating(1, 1))); // R1 × 东方科技 × 交付 was 99
    QCOMPARE(data.reason(0, 0), qint8(SurveyData::Like));
    QCOMPARE(data.reason(1, 1), qint8(SurveyData::Dislike));
    QCOMPARE(data.respondents.at(0).attributes, QStringList{QStringLiteral("华南")});
}

void TestSurveyImporter::validationFindsEveryProblem()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("import"));
    ProjectRepository repository(*store);
    const ImportMapping mapping = errorsSetUp(repository);
    const ImportReport report = SurveyImporter::validate(
        store->handle(), TestFiles::importFixture(QStringLiteral("errors.csv")), mapping);
    QCOMPARE(report.dataRows, 8);
    QCOMPARE(report.issueCount(), 7);
    const auto find = [&report](ImportIssue::Kind kind) {
        for (const ImportIssue &issue : report.issues) {
            if (issue.kind == kind)
                return issue;
        }
        return ImportIssue();
    };
    const ImportIssue notANumber = find(ImportIssue::NotANumber);
    QCOMPARE(notANumber.row, 3);
    QCOMPARE(notANumber.column, 3);
    QCOMPARE(notANumber.header, QStringLiteral("Quote"));
    QCOMPARE(notANumber.value, QStringLiteral("eleven"));
    QCOMPARE(notANumber.message,
             QStringLiteral("errors.csv, row 3, column 3 (Quote): not a number “eleven”"));
    QCOMPARE(find(ImportIssue::OutOfScale).row, 4);
    QCOMPARE(find(ImportIssue::OutOfScale).column, 4);
    QCOMPARE(find(ImportIssue::UnknownVendor).row, 5);
    QCOMPARE(find(ImportIssue::UnknownVendor).column, 2);
    QCOMPARE(find(ImportIssue::UnknownVendor).value, QStringLiteral("Nowhere Inc"));
    QCOMPARE(find(ImportIssue::MissingRespondentId).row, 6);
    QCOMPARE(find(ImportIssue::DuplicateRespondent).row, 7);
    QCOMPARE(find(ImportIssue::DuplicateRespondent).value, QStringLiteral("R1"));
    QCOMPARE(find(ImportIssue::WrongColumnCount).row, 8);
    QCOMPARE(find(ImportIssue::BadWeight).row, 9);
    QCOMPARE(find(ImportIssue::BadWeight).column, 6);
    QCOMPARE(report.rowsWithIssues, (QSet<qint64>{3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(report.unknownNames, QStringList{QStringLiteral("Nowhere Inc")});

    // Importing anyway refuses and writes nothing.
    const ImportReport refused = SurveyImporter::run(
        store->handle(), TestFiles::importFixture(QStringLiteral("errors.csv")), mapping);
    QVERIFY(!refused.isClean());
    QCOMPARE(refused.issueCount(), 7); // the same problems a write reports (peakend import
    QCOMPARE(refused.rowsWithIssues, report.rowsWithIssues); // relies on it)
    QCOMPARE(repository.count("survey"), 0);
    QCOMPARE(repository.count("respondent"), 0);
}

void TestSurveyImporter::skipsTheListedRows()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("import"));
    ProjectRepository repository(*store);
    const ImportMapping mapping = errorsSetUp(repository);
    sqlite3 *db = store->handle();
    ImportOptions options;
    options.skipRows = SurveyImporter::validate(
                           db, TestFiles::importFixture(QStringLiteral("errors.csv")), mapping)
                           .rowsWithIssues;
    const ImportReport report = SurveyImporter::run(
        db, TestFiles::importFixture(QStringLiteral("errors.csv")), mapping, options);
    QVERIFY2(report.isClean() || report.issueCount() == 7, qPrintable(report.fatal));
    QCOMPARE(repository.count("respondent"), 1); // R1 from row 2 only
    QCOMPARE(repository.ratingCount(), 2);
}

void TestSurveyImporter::unknownNamesAreReported()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("import"));
    ImportMapping mapping = longMapping();
    mapping.createMissing = false;
    const ImportReport report = SurveyImporter::validate(
        store->handle(), TestFiles::importFixture(QStringLiteral("long.csv")), mapping);
    QCOMPARE(
        report.unknownNames,
        (QStringList{QStringLiteral("Apex"), QStringLiteral("Quote"), QStringLiteral("Delivery"),
                     QStringLiteral("Support"), QStringLiteral("Borealis")}));
    QCOMPARE(report.counts.value(ImportIssue::UnknownVendor), 36);
}

void TestSurveyImporter::pointsAtUndecodableBytes()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("import"));
    ImportMapping mapping;
    mapping.createMissing = true;
    mapping.columns = {column(ColumnRole::RespondentId), column(ColumnRole::Vendor),
                       column(ColumnRole::SubprocessRating, QStringLiteral("Quote"))};
    ImportOptions options;
    options.csv.encoding = QStringLiteral("UTF-8"); // the user's choice: a wrong one
    const ImportReport report = SurveyImporter::validate(
        store->handle(), TestFiles::importFixture(QStringLiteral("undecodable.csv")), mapping,
        options);
    QCOMPARE(report.issueCount(), 1);
    QCOMPARE(report.issues.at(0).kind, ImportIssue::Undecodable);
    QCOMPARE(report.issues.at(0).row, 3);
    QCOMPARE(report.issues.at(0).column, 2);
    // Detected, the file reads as windows-1252 and imports cleanly.
    const ImportReport detected = SurveyImporter::validate(
        store->handle(), TestFiles::importFixture(QStringLiteral("undecodable.csv")), mapping);
    QCOMPARE(detected.encoding, QStringLiteral("windows-1252"));
    QVERIFY(detected.isClean());
}

void TestSurveyImporter::failingImportLeavesTheFileUnchanged()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::Meisu);
    const QString path = document->filePath();
    const ProjectStore &store = TestFiles::storeOf(*document);
    const QByteArray before = digest(path);
    // The long file's vendors are unknown to Meisu: refused after reading every row.
    ImportMapping mapping = longMapping();
    mapping.createMissing = false;
    const ImportReport report = SurveyImporter::run(
        store.handle(), TestFiles::importFixture(QStringLiteral("long.csv")), mapping);
    QVERIFY(!report.isClean());
    QCOMPARE(digest(path), before);
    // A file that is not there.
    const ImportReport missing
        = SurveyImporter::run(store.handle(), dir.filePath(QStringLiteral("nope.csv")), mapping);
    QVERIFY(missing.fatal.contains(QStringLiteral("nope.csv")));
    QCOMPARE(digest(path), before);
}

void TestSurveyImporter::cancelledImportLeavesTheFileUnchanged()
{
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::Meisu);
    const QString path = document->filePath();
    const ProjectStore &store = TestFiles::storeOf(*document);
    // A long file big enough to be cancelled midway.
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes("respondent,vendor,subprocess,rating\n");
    for (int r = 0; r < 40000; ++r)
        bytes.append(
            QStringLiteral("R%1,Meisu Electronics,Pay,%2\n").arg(r).arg(1 + r % 10).toUtf8());
    QVERIFY(TestFiles::writeAll(csv, bytes));
    const QByteArray before = digest(path);
    ImportMapping mapping;
    mapping.columns = {column(ColumnRole::RespondentId), column(ColumnRole::Vendor),
                       column(ColumnRole::Subprocess), column(ColumnRole::Rating)};
    std::atomic<bool> cancel{false};
    ImportOptions options;
    options.cancel = &cancel;
    qint64 progressCalls = 0;
    options.progress = [&](qint64 done, qint64 total) {
        QVERIFY(done <= total);
        if (++progressCalls == 1)
            cancel = true;
    };
    const ImportReport report = SurveyImporter::run(store.handle(), csv, mapping, options);
    QVERIFY(report.cancelled);
    QVERIFY(report.dataRows < 40000);
    QCOMPARE(digest(path), before);
    QCOMPARE(document->repository().ratingCount(), 0);
    // The same import, not cancelled, goes through.
    cancel = false;
    options.progress = {};
    const ImportReport done = SurveyImporter::run(store.handle(), csv, mapping, options);
    QVERIFY2(done.isClean(), qPrintable(done.fatal + done.issues.value(0).message));
    QCOMPARE(document->repository().ratingCount(), 40000);
}

void TestSurveyImporter::writeFailureLeavesTheFileUnchanged()
{
    // SQLite refuses a row well into the file, while the rows before it are being written
    // beside the reading: the error reaches the report and nothing stays.
    QTemporaryDir dir;
    const auto document = TestFiles::openDemo(dir, DemoProject::Kind::Meisu);
    const QString path = document->filePath();
    sqlite3 *db = TestFiles::storeOf(*document).handle();
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes("respondent,vendor,subprocess,rating\n");
    for (int r = 0; r < 40000; ++r)
        bytes.append(QStringLiteral("R%1,Northwind,Pay,%2\n").arg(r).arg(1 + r % 10).toUtf8());
    QVERIFY(TestFiles::writeAll(csv, bytes));
    const QByteArray before = digest(path);
    const qint64 vendorsBefore = document->repository().count("vendor");
    QCOMPARE(sqlite3_exec(db,
                          "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.respondent "
                          "WHEN NEW.external_id = 'R30000' "
                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    ImportMapping mapping;
    mapping.columns = {column(ColumnRole::RespondentId), column(ColumnRole::Vendor),
                       column(ColumnRole::Subprocess), column(ColumnRole::Rating)};
    mapping.createMissing = true; // Northwind is new: a vendor is created, then undone
    const ImportReport report = SurveyImporter::run(db, csv, mapping);
    QVERIFY(!report.isClean());
    QVERIFY2(report.fatal.contains(QStringLiteral("refused by the test")),
             qPrintable(report.fatal));
    QCOMPARE(digest(path), before);
    QCOMPARE(document->repository().ratingCount(), 0);
    QCOMPARE(document->repository().count("vendor"), vendorsBefore);
    QCOMPARE(foreignKeysEnabled(db), 1);

    QCOMPARE(sqlite3_exec(db, "DROP TRIGGER temp.refuse", nullptr, nullptr, nullptr), SQLITE_OK);
    const ImportReport done = SurveyImporter::run(db, csv, mapping);
    QVERIFY2(done.isClean(), qPrintable(done.fatal + done.issues.value(0).message));
    QCOMPARE(document->repository().ratingCount(), 40000);
    QCOMPARE(document->repository().count("vendor"), vendorsBefore + 1);
    QCOMPARE(foreignKeyViolations(db), 0);
}

// A long file sorted by subprocess: each respondent's journey with Apex arrives in two parts,
// 100 respondents apart; the second part joins the first (schema 5 keeps one row a journey).
void TestSurveyImporter::joinsTheRatingsOfARespondentWhoComesBack()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("import"));
    const QString csv = dir.filePath(QStringLiteral("by-subprocess.csv"));
    QByteArray text = "respondent,vendor,subprocess,rating\n";
    for (const char *subprocess : {"Quote", "Delivery"}) {
        for (int r = 1; r <= 100; ++r) {
            const int rating = qstrcmp(subprocess, "Quote") == 0 ? 1 + r % 10 : 10 - r % 10;
            text += "R" + QByteArray::number(r) + ",Apex," + subprocess + ","
                    + QByteArray::number(rating) + "\n";
        }
    }
    text += "R1,Borealis,Quote,9\n";
    QVERIFY(TestFiles::writeAll(csv, text));
    ImportMapping mapping;
    mapping.columns = {column(ColumnRole::RespondentId), column(ColumnRole::Vendor),
                       column(ColumnRole::Subprocess), column(ColumnRole::Rating)};
    mapping.createMissing = true;
    const ImportReport report = SurveyImporter::run(store->handle(), csv, mapping);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
    QCOMPARE(report.respondents, 100);
    QCOMPARE(report.ratings, 201);
    const QString path = store->path();
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM journey_rating"), 101);
    QCOMPARE(TestFiles::queryInt(path, "SELECT sum(rating_count) FROM journey_rating"), 201);
    QCOMPARE(TestFiles::queryInt(path, "SELECT count(*) FROM rating"), 201);
    // R57: Quote 1 + 7 = 8, Delivery 10 - 7 = 3.
    const char *r57 = "SELECT group_concat(s.name || '=' || r.value, ' ') FROM rating r "
                      "JOIN respondent p ON p.id = r.respondent_id "
                      "JOIN subprocess s ON s.id = r.subprocess_id WHERE p.external_id = 'R57'";
    QCOMPARE(TestFiles::queryText(path, r57), QStringLiteral("Quote=8 Delivery=3"));
    QCOMPARE(TestFiles::queryInt(path, "PRAGMA foreign_key_check"), -1); // no violations
}

void TestSurveyImporter::findsTheSameRatingTwiceInALongFile()
{
    // Row 4 repeats row 2 straight away; row 7 repeats row 3 after R2's rows came between.
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("import"));
    const QString csv = dir.filePath(QStringLiteral("twice.csv"));
    QVERIFY(TestFiles::writeAll(csv, "respondent,vendor,subprocess,rating\n"
                                     "R1,Apex,Quote,7\n"
                                     "R1,Apex,Delivery,8\n"
                                     "R1,Apex,Quote,6\n"
                                     "R2,Apex,Quote,5\n"
                                     "R1,Borealis,Delivery,4\n"
                                     "R1,Apex,Delivery,3\n"
                                     "R2,Apex,Delivery,2\n"));
    ImportMapping mapping;
    mapping.columns = {column(ColumnRole::RespondentId), column(ColumnRole::Vendor),
                       column(ColumnRole::Subprocess), column(ColumnRole::Rating)};
    mapping.createMissing = true;
    for (const bool write : {false, true}) {
        const ImportReport report = write ? SurveyImporter::run(store->handle(), csv, mapping)
                                          : SurveyImporter::validate(store->handle(), csv, mapping);
        QCOMPARE(report.counts.value(ImportIssue::DuplicateRating), 2);
        QCOMPARE(report.issueCount(), 2);
        QCOMPARE(report.rowsWithIssues, (QSet<qint64>{4, 7}));
    }
    ProjectRepository repository(*store);
    QCOMPARE(repository.ratingCount(), 0);
}

void TestSurveyImporter::foreignKeysHoldAfterEveryKindOfImport()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("keys"));
    ProjectRepository repository(*store);
    sqlite3 *db = store->handle();
    // Long rows with attributes and new names, a wide Chinese export with reasons, and factor
    // ratings of three kinds for two vendors per row: every table an import writes.
    QVERIFY(
        SurveyImporter::run(db, TestFiles::importFixture(QStringLiteral("long.csv")), longMapping())
            .isClean());
    const ImportMapping wide = wideChineseMapping();
    QVERIFY(
        SurveyImporter::run(db, TestFiles::importFixture(QStringLiteral("wide-gb18030.csv")), wide)
            .isClean());
    const QString factors = dir.filePath(QStringLiteral("factors.csv"));
    TestFiles::writeAll(factors, "id,apex_x,apex_e,apex_i,north_x,like\n"
                                 "F1,5,6,7,3,1\n"
                                 "F2,6,6,5,4,0\n");
    ImportMapping mapping;
    const auto forVendor = [](ColumnRole role, const char *vendor) {
        return ColumnMapping{role, QStringLiteral("price"), QString::fromLatin1(vendor)};
    };
    mapping.columns = {column(ColumnRole::RespondentId),
                       forVendor(ColumnRole::FactorExperience, "Apex"),
                       forVendor(ColumnRole::FactorExpectation, "Apex"),
                       forVendor(ColumnRole::FactorImportance, "Apex"),
                       forVendor(ColumnRole::FactorExperience, "North"),
                       forVendor(ColumnRole::ReasonLike, "North")};
    mapping.createMissing = true;
    const ImportReport report = SurveyImporter::run(db, factors, mapping);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
    QCOMPARE(repository.count("factor_rating"), 8);
    QCOMPARE(repository.count("reason"), 1 + 4); // F1 likes North's price; 4 in the wide file
    QCOMPARE(foreignKeyViolations(db), 0);
    QCOMPARE(foreignKeysEnabled(db), 1); // switched back on for the window's edits

    // Inside a caller's transaction the checks cannot be switched off and stay on.
    QCOMPARE(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), SQLITE_OK);
    QVERIFY(
        SurveyImporter::run(db, TestFiles::importFixture(QStringLiteral("long.csv")), longMapping())
            .isClean());
    QCOMPARE(foreignKeysEnabled(db), 1);
    QCOMPARE(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(repository.surveys().size(), 4);
    QCOMPARE(foreignKeyViolations(db), 0);
}

void TestSurveyImporter::savedMappingIsReusedForTheNextWave()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("waves"));
    ProjectRepository repository(*store);
    sqlite3 *db = store->handle();
    const QString first = TestFiles::importFixture(QStringLiteral("long.csv"));
    const QStringList headers{QStringLiteral("respondent"), QStringLiteral("vendor"),
                              QStringLiteral("subprocess"), QStringLiteral("rating"),
                              QStringLiteral("overall"),    QStringLiteral("recommend"),
                              QStringLiteral("tier")};
    QVERIFY(!SavedMappings::forHeaders(db, headers));

    // A failing import saves nothing, not even its mapping.
    ImportOptions options;
    options.saveMappingAs = QStringLiteral("Monthly tracker");
    ImportMapping refused = longMapping();
    refused.createMissing = false; // the project has none of the names
    QVERIFY(!SurveyImporter::run(db, first, refused, options).isClean());
    QVERIFY(SavedMappings::all(db).isEmpty());

    QVERIFY(SurveyImporter::run(db, first, longMapping(), options).isClean());
    const std::optional<SavedMapping> saved = SavedMappings::forHeaders(db, headers);
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Monthly tracker"));
    QCOMPARE(saved->headers, headers);
    QCOMPARE(saved->mapping.columns.size(), 7);
    QCOMPARE(saved->mapping.columns.at(6).role, ColumnRole::Attribute);
    QCOMPARE(saved->mapping.columns.at(6).target, QStringLiteral("tier"));
    QVERIFY(!SavedMappings::forHeaders(db, headers.mid(1)));

    // The next wave: the same columns, other answers; imported with the saved mapping alone.
    QByteArray next = TestFiles::readAll(first);
    next.replace("R1,", "S1,").replace("R2,", "S2,");
    const QString second = dir.filePath(QStringLiteral("wave2.csv"));
    QVERIFY(TestFiles::writeAll(second, next));
    const ImportReport report = SurveyImporter::run(db, second, saved->mapping);
    QVERIFY2(report.isClean(), qPrintable(report.fatal + report.issues.value(0).message));
    QCOMPARE(report.ratings, 36);
    QCOMPARE(repository.surveys().size(), 2);
    QCOMPARE(repository.vendors().size(), 2); // the first wave's names, found again

    // Saving under the same name replaces it.
    QString error;
    QVERIFY(SavedMappings::save(db, QStringLiteral("Monthly tracker"), headers.mid(1),
                                saved->mapping, &error));
    QCOMPARE(SavedMappings::all(db).size(), 1);
    QCOMPARE(SavedMappings::all(db).at(0).headers.size(), 6);
}

void TestSurveyImporter::mappingSurvivesJson()
{
    ImportMapping mapping;
    mapping.headerRows = 3;
    mapping.vendor = QStringLiteral("美苏电器");
    mapping.missingCodes = {0, -99, 99};
    mapping.createMissing = true;
    for (int role = int(ColumnRole::Ignore); role <= int(ColumnRole::Weight); ++role) {
        mapping.columns.append({ColumnRole(role), QStringLiteral("target %1").arg(role),
                                role % 2 ? QStringLiteral("Apex") : QString()});
    }
    const std::optional<ImportMapping> back = ImportMapping::fromJson(mapping.toJson());
    QVERIFY(back);
    QCOMPARE(back->headerRows, 3);
    QCOMPARE(back->vendor, mapping.vendor);
    QCOMPARE(back->missingCodes, mapping.missingCodes);
    QVERIFY(back->createMissing);
    QCOMPARE(back->columns.size(), 15);
    for (qsizetype i = 0; i < mapping.columns.size(); ++i) {
        QCOMPARE(back->columns.at(i).role, mapping.columns.at(i).role);
        QCOMPARE(back->columns.at(i).target, mapping.columns.at(i).target);
        QCOMPARE(back->columns.at(i).vendor, mapping.columns.at(i).vendor);
    }
    // A role this version does not know (a newer Peakend saved it): no mapping at all.
    QVERIFY(!ImportMapping::fromJson(
        R"({"headerRows":1,"columns":[{"role":"respondent-id"},{"role":"sentiment"}]})"));
    QVERIFY(!ImportMapping::fromJson("not json"));
}

// Names longer than a project keeps, one vendor more than it holds, and weights that would
// make every weighted mean nothing or infinite: each row is named, nothing is imported, and the
// quoted value is cut short in the message.
void TestSurveyImporter::refusesWhatAProjectCannotHold()
{
    QTemporaryDir dir;
    const auto store = TestFiles::newStore(dir, QStringLiteral("limits"));
    const QString longName(ProjectLimits::nameLength + 1, QLatin1Char('A'));
    QByteArray csv = "respondent,vendor,subprocess,rating,weight\n";
    csv += "R1," + longName.toLatin1() + ",Quote,5,1\n";
    csv += "R2,Apex,Quote,5,1e-300\n";
    csv += "R3,Apex,Quote,5,1e308\n";
    csv += "R4,Apex,Quote,5,0.5\n";
    csv += "R5,Apex\xE2\x80\x8B,Quote,5,1\n";        // a zero-width space after the name
    for (int v = 1; v < ProjectLimits::vendors; ++v) // Apex and these fill the project
        csv += "S" + QByteArray::number(v) + ",V" + QByteArray::number(v) + ",Quote,5,1\n";
    csv += "T1,One too many,Quote,5,1\n";
    const QString path = dir.filePath(QStringLiteral("limits.csv"));
    QVERIFY(TestFiles::writeAll(path, csv));
    ImportMapping mapping;
    mapping.columns
        = {column(ColumnRole::RespondentId), column(ColumnRole::Vendor),
           column(ColumnRole::Subprocess), column(ColumnRole::Rating), column(ColumnRole::Weight)};
    mapping.createMissing = true;
    const QByteArray before = digest(store->path());

    const ImportReport report = SurveyImporter::run(store->handle(), path, mapping);
    QCOMPARE(report.issueCount(), 5);
    QCOMPARE(report.issues.at(0).kind, ImportIssue::NameTooLong);
    QCOMPARE(report.issues.at(0).message,
             QStringLiteral("limits.csv, row 2, column 2 (vendor): longer than 500 characters "
                            "“%1…”")
                 .arg(QString(59, QLatin1Char('A'))));
    QCOMPARE(report.issues.at(1).kind, ImportIssue::BadWeight);
    QCOMPARE(report.issues.at(1).row, 3);
    QCOMPARE(report.issues.at(1).message,
             QStringLiteral("limits.csv, row 3, column 5 (weight): a weight outside 0.000001 to "
                            "1,000,000 “1e-300”"));
    QCOMPARE(report.issues.at(2).row, 4);
    QCOMPARE(report.issues.at(3).kind, ImportIssue::HiddenCharacter);
    QCOMPARE(report.issues.at(3).row, 6);
    QCOMPARE(report.issues.at(4).kind, ImportIssue::TooManyNames);
    QCOMPARE(report.issues.at(4).row, ProjectLimits::vendors + 6);
    QCOMPARE(report.issues.at(4).value, QStringLiteral("One too many"));
    QCOMPARE(TestFiles::queryInt(store->path(), "SELECT count(*) FROM vendor"), 0);
    QCOMPARE(digest(store->path()), before);
}

QTEST_GUILESS_MAIN(TestSurveyImporter)
#include "tst_surveyimporter.moc"
