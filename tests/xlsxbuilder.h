#pragma once

// Writes small .xlsx workbooks for tests, hostile ones included: the parts are given as XML
// text (a sheet's <sheetData> rows, the shared strings), so a test states exactly what a
// damaged or crafted file holds. Zipped with minizip, as Excel would (deflate).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <zip.h>

namespace XlsxBuilder {

// Each entry: its path in the zip and its bytes.
inline bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &entries)
{
    zipFile zip = zipOpen64(path.toLocal8Bit().constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, bytes] : entries) {
        zip_fileinfo info{};
        ok = ok
             && zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                      Z_DEFLATED, Z_DEFAULT_COMPRESSION, 1)
                    == ZIP_OK
             && zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// A workbook of one sheet "Data" whose <sheetData> holds rows (XML text), with the shared
// strings part given as its whole XML (empty: none) and an optional <dimension ref>.
inline bool write(const QString &path, const QByteArray &rows,
                  const QByteArray &sharedStrings = QByteArray(),
                  const QByteArray &dimension = QByteArray())
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QList<QPair<QByteArray, QByteArray>> entries{
        {"[Content_Types].xml",
         "<?xml version=\"1.0\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + main + "\" xmlns:r=\""
                                + rel
                                + "\"><sheets><sheet name=\"Data\" sheetId=\"1\" "
                                  "r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
         "Id=\"rId1\" Type=\""
             + rel
             + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
               "</Relationships>"},
        {"xl/worksheets/sheet1.xml",
         "<?xml version=\"1.0\"?><worksheet xmlns=\"" + main + "\">"
             + (dimension.isEmpty() ? QByteArray() : "<dimension ref=\"" + dimension + "\"/>")
             + "<sheetData>" + rows + "</sheetData></worksheet>"}};
    if (!sharedStrings.isEmpty())
        entries.append({"xl/sharedStrings.xml", sharedStrings});
    return writeZip(path, entries);
}

} // namespace XlsxBuilder
