#pragma once

#include "csvreader.h"
#include "importmapping.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QSet>

#include <atomic>
#include <functional>

struct sqlite3;

namespace Peakend {

struct ImportOptions
{
    CsvReader::Options csv;
    QString sheet;                             // a workbook's worksheet; empty: the first
    QSet<qint64> skipRows;                     // rows (as reported) to leave out
    const std::atomic<bool> *cancel = nullptr; // set from another thread to stop
    std::function<void(qint64 done, qint64 total)> progress; // bytes of the file read
    int issuesPerKind = 100;                                 // listed; all are counted
    QString saveMappingAs; // when set, the mapping is saved under this name with the wave
    // Import even when answers would be missing from the wave (ImportReport::warnings: no
    // rating read, a column with no answer, answers with no vendor); else nothing is written.
    bool keepDespiteWarnings = true;
};

// Turns one export into one survey wave of the open project, all or nothing (DESIGN.md §4:
// prepared statements on the raw handle, inside one savepoint, so it nests in a caller's
// transaction). validate() reads the whole file and writes nothing; run() imports, skipping
// the rows the user chose to skip, and on any failure or a cancel rolls back to exactly
// what was there before. Both stream the file: memory does not grow with its size, only
// with the number of respondents.
class SurveyImporter
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImporter)

public:
    using Options = ImportOptions;

    static ImportReport validate(sqlite3 *db, const QString &path, const ImportMapping &mapping,
                                 const Options &options = {});
    // surveyId receives the new wave's id on success.
    static ImportReport run(sqlite3 *db, const QString &path, const ImportMapping &mapping,
                            const Options &options = {}, qint64 *surveyId = nullptr);

    // The wave already imported from a file with the same bytes (0: none), so that the user
    // can be asked before the same answers go in twice.
    static qint64 alreadyImported(sqlite3 *db, const QString &path);
    static QString sourceDigest(const QString &path); // SHA-256, hex

    static QString kindName(ImportIssue::Kind kind);
};

} // namespace Peakend
