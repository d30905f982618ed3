#pragma once

#include "domain/projectinfo.h"
#include "valuecoding.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QMap>
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
    ColumnMapping() = default;
    ColumnMapping(ColumnRole role, const QString &target = QString(),
                  const QString &vendor = QString())
        : role(role), target(target), vendor(vendor)
    {}

    ColumnRole role = ColumnRole::Ignore;
    QString target;     // subprocess, factor or attribute name
    QString vendor;     // wide files that rate several vendors per row: the vendor of this column
    ValueCoding coding; // the column's own scale, direction, labels and missing codes
    QString header;     // the column's header when the mapping was made (checked, not used)
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
    QMap<QString, double> labels; // text answers of every column (NaN: no answer)
    std::optional<Scale> scale;   // the wave's rating scale; none: the project's
    bool idFromRow = false;       // no id column: a respondent per row, named by its number
    bool createMissing = false;   // add unknown vendors, subprocesses and factors
    QString surveyName;
    QString fieldedOn; // ISO date, may be empty

    // What stops this mapping from being imported, in one sentence naming the column (headers:
    // the file's column headers); empty when it can be.
    QString problem(const QStringList &headers) const;
    // Roles that rate a subprocess or a factor of one vendor: they name their target.
    static bool isPerVendor(ColumnRole role);
    // Roles whose answers are numbers on the wave's scale (likelihood to recommend: 0–10).
    static bool isRating(ColumnRole role);
    static QString roleName(ColumnRole role); // as the user reads it
    static QString roleKey(ColumnRole role);  // as the mapping file writes it
    static QStringList roleKeys();

    // The labels and missing codes shared by every column, as one coding.
    ValueCoding sharedCoding() const;

    // What a saved mapping or a mapping file keeps (not the survey's name or date, which
    // belong to one wave). fromJson says what it cannot read in *error.
    QByteArray toJson(QJsonDocument::JsonFormat format = QJsonDocument::Compact) const;
    static std::optional<ImportMapping> fromJson(const QByteArray &json, QString *error = nullptr);

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
