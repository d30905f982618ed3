#pragma once

#include "domain/creatednames.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace Peakend {

// One problem found in an export, where the user can find it.
struct ImportIssue
{
    enum Kind {
        WrongColumnCount,
        Undecodable,
        NotANumber,
        OutOfScale,
        MissingRespondentId,
        MissingVendor,
        UnknownVendor,
        UnknownSubprocess,
        UnknownFactor,
        DuplicateRespondent,
        DuplicateRating,
        BadWeight,
        NameTooLong,  // a name or attribute value beyond ProjectLimits::nameLength
        TooManyNames, // a vendor, subprocess or factor beyond ProjectLimits
        HiddenCharacter, // a name or attribute value with a HiddenCharacters character
    };
    Kind kind = NotANumber;
    qint64 row = 0;  // 1-based, header rows included: the row a spreadsheet shows
    int column = 0;  // 1-based; 0: the whole row
    QString header;  // the column's header text
    QString value;   // what the cell holds
    QString message; // translated, complete: file, row, column and what is wrong
};

// Something read that will not be in the wave, or nothing read where answers were expected:
// not a problem of a row, but said so that nothing is left out silently.
struct ImportWarning
{
    enum Kind {
        NoRatings,            // rating columns mapped, none read
        EmptyColumn,          // a column of answers where every cell is empty or missing
        AnswersWithoutVendor, // overall or recommend answers that name no vendor
        IgnoredColumns,       // columns the mapping leaves out (not blocking)
    };
    Kind kind = IgnoredColumns;
    QList<int> columns; // 0-based, where it is about columns
    QString message;    // translated
};

// What validation (or an import) found. Issues are listed up to a cap per kind and all
// counted; rowsWithIssues lets the user skip exactly the rows listed.
struct ImportReport
{
    QString file;
    QString format; // "csv", "xlsx"
    QString encoding;
    QString delimiter;
    qint64 dataRows = 0;
    qint64 ratings = 0;
    qint64 respondents = 0;
    QString fatal; // the file could not be read at all, or the import failed
    bool cancelled = false;
    QList<ImportIssue> issues;
    QMap<ImportIssue::Kind, qint64> counts;
    QSet<qint64> rowsWithIssues;
    QStringList unknownNames; // vendors, subprocesses, factors not in the project
    CreatedNames created;     // what an import with createMissing added
    QList<ImportWarning> warnings;

    bool hasBlockingWarning() const
    {
        for (const ImportWarning &warning : warnings) {
            if (warning.kind != ImportWarning::IgnoredColumns)
                return true;
        }
        return false;
    }

    bool isClean() const { return fatal.isEmpty() && !cancelled && counts.isEmpty(); }
    qint64 issueCount() const
    {
        qint64 total = 0;
        for (const qint64 count : counts)
            total += count;
        return total;
    }
};

} // namespace Peakend
