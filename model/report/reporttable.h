#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace Peakend {

// One table of a report as text cells, as a reader sees them: laid out in the PDF and written
// as CSV, so both say the same thing.
struct ReportTable
{
    QString name;  // file stem for the CSV: "cycle1-step2-experience"
    QString title; // shown above the table
    QStringList header;
    QList<QStringList> rows;

    // The displayed text of every cell and the horizontal header.
    static ReportTable fromModel(const QString &name, const QString &title,
                                 const QAbstractItemModel &model);

    // RFC 4180 (CRLF, fields with a comma, quote or line break quoted) in UTF-8, by default
    // with a byte order mark, which spreadsheet programs need to read Chinese text correctly.
    QByteArray toCsv(bool byteOrderMark = true) const;
};

} // namespace Peakend
