#include "reporttable.h"

#include <QAbstractItemModel>

namespace Peakend {

namespace {

QString csvField(const QString &text)
{
    const bool quoted = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quoted)
        return text;
    QString escaped = text;
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
    ReportTable table{name, title, {}, {}};
    for (int column = 0; column < model.columnCount(); ++column)
        table.header.append(model.headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        table.rows.append(cells);
    }
    return table;
}

QByteArray ReportTable::toCsv(bool byteOrderMark) const
{
    QString text = csvLine(header);
    for (const QStringList &row : rows)
        text += csvLine(row);
    return byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8() : text.toUtf8();
}

} // namespace Peakend
