#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Peakend {

// What one column of an export holds.
enum class ColumnRole {
    Ignore,
    RespondentId,
    Vendor,           // the vendor a row is about (one row per respondent × vendor)
    Subprocess,       // long layout: the subprocess a row rates …
    Rating,           // … and the rating
    SubprocessRating, // wide layout: the rating of the subprocess named by target
    FactorExperience, // the factor named by target
    FactorExpectation,
    FactorImportance,
    Overall,
    Recommend,  // likelihood to recommend, 0–10
    ReasonLike, // a multi-select choice: any answer but empty/0/no means chosen
    ReasonDislike,
    Attribute, // a segment attribute named by target
    Weight,
};

struct ColumnMapping
{
    ColumnRole role = ColumnRole::Ignore;
    QString target; // subprocess, factor or attribute name
    QString vendor; // wide files that rate several vendors per row: the vendor of this column
};

// How the columns of one export become a survey wave.
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    int headerRows = 1;           // rows above the first answer
    QList<ColumnMapping> columns; // by column position
    QString vendor;               // when no column names the vendor: the one rated
    QList<double> missingCodes;   // answers that mean "not applicable" (0, −1, −99, 99 …)
    bool createMissing = false;   // add unknown vendors, subprocesses and factors
    QString surveyName;
    QString fieldedOn; // ISO date, may be empty

    // What stops this mapping from being imported, in one sentence naming the column (headers:
    // the file's column headers); empty when it can be.
    QString problem(const QStringList &headers) const;
    // Roles that rate a subprocess or a factor of one vendor: they name their target.
    static bool isPerVendor(ColumnRole role);

    // What a saved mapping keeps (not the survey's name or date, which belong to one wave).
    QByteArray toJson() const;
    static std::optional<ImportMapping> fromJson(const QByteArray &json);

    bool isLong() const
    {
        bool subprocess = false;
        bool rating = false;
        for (const ColumnMapping &column : columns) {
            subprocess = subprocess || column.role == ColumnRole::Subprocess;
            rating = rating || column.role == ColumnRole::Rating;
        }
        return subprocess && rating;
    }
};

} // namespace Peakend
