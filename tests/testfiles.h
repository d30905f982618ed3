#pragma once

// Small helpers for tests that build project files byte by byte.

#include "assembly/waveassembler.h"
#include "commands/setworkshoprating.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <sqlite3.h>

namespace Peakend {
// The document's connection, for tests that check the SQL underneath (the application reaches
// it only inside model/).
struct ProjectDocumentTestAccess
{
    static const ProjectStore &store(const ProjectDocument &document) { return document.store(); }
};
} // namespace Peakend

namespace TestFiles {

inline const Peakend::ProjectStore &storeOf(const Peakend::ProjectDocument &document)
{
    return Peakend::ProjectDocumentTestAccess::store(document);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

// Runs SQL on a file through a plain connection, as another program would.
inline bool execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
              && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Runs read on the first row of sql, over a read-only connection of its own; false when
// there is no row.
template<typename Read>
bool firstRow(const QString &path, const char *sql, Read read)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    bool found = false;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        read(statement);
        found = true;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return found;
}

inline qint64 queryInt(const QString &path, const char *sql)
{
    qint64 value = -1;
    firstRow(path, sql, [&](sqlite3_stmt *row) { value = sqlite3_column_int64(row, 0); });
    return value;
}

inline QString queryText(const QString &path, const char *sql)
{
    QString text;
    firstRow(path, sql, [&](sqlite3_stmt *row) {
        text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, 0)));
    });
    return text;
}

inline std::unique_ptr<Peakend::ProjectStore> newStore(const QTemporaryDir &dir,
                                                       const QString &name)
{
    Peakend::StoreError error;
    return Peakend::ProjectStore::create(dir.filePath(name + QStringLiteral(".peakend")), name,
                                         &error);
}

inline std::unique_ptr<Peakend::ProjectDocument> newDocument(const QTemporaryDir &dir,
                                                             const QString &name)
{
    Peakend::StoreError error;
    return Peakend::ProjectDocument::create(dir.filePath(name + QStringLiteral(".peakend")), name,
                                            &error);
}

// A freshly generated demo project in dir, opened for editing; null if it failed.
inline std::unique_ptr<Peakend::ProjectDocument> openDemo(const QTemporaryDir &dir,
                                                          Peakend::DemoProject::Kind kind)
{
    const QString path = dir.filePath(Peakend::DemoProject::fileName(kind));
    if (!Peakend::DemoProject::create(kind, path).isOk())
        return nullptr;
    Peakend::StoreError error;
    return Peakend::ProjectDocument::open(path, &error);
}

// The Meisu demo with workshop scores for its first vendor along the first subprocesses (the
// workshop wave, whose curve points can be dragged); null if it could not be written.
inline std::unique_ptr<Peakend::ProjectDocument> openMeisuWorkshop(const QTemporaryDir &dir)
{
    auto document = openDemo(dir, Peakend::DemoProject::Kind::Meisu);
    if (!document)
        return nullptr;
    const QList<Peakend::Subprocess> stages = document->repository().subprocesses();
    const qint64 vendor = document->repository().vendors().first().id;
    const QList<double> scores{6.5, 7.5, 6.5, 5.5, 3.5, 4.5, 6.5, 6.5};
    for (int s = 0; s < scores.size(); ++s) {
        document->undoStack()->push(
            new Peakend::SetWorkshopRating(document.get(), vendor, stages.at(s).id, scores.at(s)));
    }
    return document;
}

// The B2B demo at path grown to `total` vendors (ProjectLimits allows 200), named "Vendor
// 015" on: each new vendor is rated by about 4 in 13 of the respondents of an original one,
// with their ratings of it (a different share for each of 182 vendors in a row), so that
// every row, column and curve has data. For the layout of
// charts, tables and reports with more vendors than a page has lines.
inline bool addVendors(const QString &path, int total)
{
    const QByteArray sql
        = "WITH RECURSIVE n(k) AS (SELECT (SELECT count(*) FROM vendor) + 1 UNION ALL "
          "  SELECT k + 1 FROM n WHERE k < "
          + QByteArray::number(total)
          + ") INSERT INTO vendor (name, position) SELECT printf('Vendor %03d', k), k - 1 FROM n;"
            "CREATE TEMP TABLE copied AS SELECT v.id AS vendor, o.id AS original FROM vendor v "
            "  JOIN vendor o ON o.position = v.position % 14 WHERE v.position >= 14;"
            "INSERT INTO journey_rating (respondent_id, vendor_id, ratings, rating_count) "
            "  SELECT j.respondent_id, c.vendor, j.ratings, j.rating_count FROM copied c "
            "  JOIN journey_rating j ON j.vendor_id = c.original "
            "   AND (j.respondent_id + c.vendor) % 13 < 4;"
            "INSERT INTO evaluation (respondent_id, vendor_id, overall, recommend) "
            "  SELECT e.respondent_id, c.vendor, e.overall, e.recommend FROM copied c "
            "  JOIN evaluation e ON e.vendor_id = c.original AND (e.respondent_id + c.vendor) % 13 "
            "< 4;";
    return Peakend::DemoProject::create(Peakend::DemoProject::Kind::B2b, path).isOk()
           && execSql(path, sql.constData());
}

// The emotion curves of addVendors(path, total), without the analysis's slow parts; empty
// if the project could not be made.
inline Peakend::EmotionCurves manyVendorCurves(const QString &path, int total)
{
    Peakend::StoreError error;
    const auto store
        = addVendors(path, total)
              ? Peakend::ProjectStore::open(path, Peakend::ProjectStore::Access::ReadOnly, &error)
              : nullptr;
    if (!store)
        return {};
    Peakend::ProjectAnalysisOptions options;
    options.importance.bootstrapResamples = 0;
    options.importance.shapley = false;
    return Peakend::WaveAssembler::assemble(Peakend::ProjectRepository(*store), {0, options})
        .analysis.curves;
}

// A survey-export fixture written by tests/fixtures/import/make-fixtures.py.
inline QString importFixture(const QString &name)
{
    return QStringLiteral(PEAKEND_FIXTURES "/import/") + name;
}

} // namespace TestFiles
