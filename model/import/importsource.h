#pragma once

#include "surveyimporter.h"
#include "tablereader.h"

#include <QCoreApplication>

#include <memory>

namespace Peakend {

// The first rows of an export and what was settled on reading them, for the import wizard's
// preview and for detecting the layout.
struct ImportPreview
{
    QString format; // "csv", "xlsx", "sav"
    QString encoding;
    QChar delimiter;
    QStringList sheets; // a workbook's worksheets
    QList<QStringList> rows;
    QList<QMap<QString, QString>> valueLabels; // per column, where the file has them (SPSS)
    qint64 size = 0;                           // bytes
    QString error;                             // the file could not be read
};

// Opens an export for reading, a workbook, an SPSS data file or a CSV file by its content,
// not its name.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    static std::unique_ptr<TableReader> open(const QString &path, const ImportOptions &options,
                                             QString *error);
    static ImportPreview preview(const QString &path, const ImportOptions &options = {},
                                 int rows = 12);
};

} // namespace Peakend
