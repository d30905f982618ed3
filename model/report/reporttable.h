#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QAbstractItemModel;

namespace Peakend {

// One table of a report in two forms: the text a reader sees (header, rows: laid out in the
// PDF) and the same figures as data (keys, values: written as CSV), so that every figure on
// the page can be recomputed from the CSV. The data form names its columns like `analyze
// --json`'s keys (an interval is two columns, …Low and …High) and holds numbers at full
// precision in C notation (shortest round trip, ASCII minus); an undefined value is empty.
struct ReportTable
{
    // A model that feeds a report answers this role with the data form: data() with the cell
    // (a number, a count or text), headerData() with the column's key.
    static constexpr int DataRole = Qt::UserRole + 40;

    QString name;  // file stem for the CSV: "cycle1-step2-experience"
    QString title; // shown above the table
    QStringList header;
    QList<QStringList> rows;
    QStringList keys;          // empty: the CSV is the text form
    QList<QStringList> values; // one per row, one cell per key

    // Both forms of every cell: DisplayRole and DataRole (the display text where a model has
    // no data form for a cell or column).
    static ReportTable fromModel(const QString &name, const QString &title,
                                 const QAbstractItemModel &model);

    // Appends a row in both forms.
    void append(const QStringList &shown, const QVariantList &data);

    // A data cell: doubles at full precision (empty when not finite), integers, text.
    static QString dataCell(const QVariant &value);
    static QString number(double value);

    // The data form (the text form where there is none) as RFC 4180 (CRLF, fields with a
    // comma, quote or line break quoted) in UTF-8, by default with a byte order mark, which
    // spreadsheet programs need to read Chinese text correctly.
    QByteArray toCsv(bool byteOrderMark = true) const;
};

} // namespace Peakend
