#include "reporttable.h"

#include <QAbstractItemModel>
#include <QLocale>

#include <cmath>

namespace Peakend {

namespace {

// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula:
// such text gets a leading apostrophe (OWASP's rule), a number stays a number. NUL never goes
// out.
QString csvField(QString text)
{
    text.remove(QChar(0));
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front())) {
        bool isNumber = false;
        text.toDouble(&isNumber);
        if (!isNumber)
            text.prepend(QLatin1Char('\''));
    }
    const bool quoted = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quoted)
        return text;
    QString escaped = std::move(text);
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvLine(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(csvField(cell));
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

ReportTable ReportTable::fromModel(const QString &name, const QString &title,
                                   const QAbstractItemModel &model)
{
    ReportTable table{name, title, {}, {}, {}, {}};
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString shown = model.headerData(column, Qt::Horizontal).toString();
        const QVariant key = model.headerData(column, Qt::Horizontal, DataRole);
        table.header.append(shown);
        table.keys.append(key.isValid() ? key.toString() : shown);
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList shown;
        QStringList data;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            shown.append(index.data().toString());
            const QVariant value = index.data(DataRole);
            data.append(value.isValid() ? dataCell(value) : shown.constLast());
        }
        table.rows.append(shown);
        table.values.append(data);
    }
    return table;
}

void ReportTable::append(const QStringList &shown, const QVariantList &data)
{
    rows.append(shown);
    QStringList cells;
    cells.reserve(data.size());
    for (const QVariant &value : data)
        cells.append(dataCell(value));
    values.append(cells);
}

QString ReportTable::number(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', QLocale::FloatingPointShortest)
                                : QString();
}

QString ReportTable::dataCell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return number(value.toDouble());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString(); // integers in C notation, text as it is, null empty
    }
}

QByteArray ReportTable::toCsv(bool byteOrderMark) const
{
    const bool data = !keys.isEmpty();
    QString text = csvLine(data ? keys : header);
    for (const QStringList &row : data ? values : rows)
        text += csvLine(row);
    return byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8() : text.toUtf8();
}

} // namespace Peakend
