#pragma once

#include "tablereader.h"

#include <QCoreApplication>
#include <QList>
#include <QXmlStreamReader>

namespace Peakend {

// A streaming reader for one worksheet of an Office Open XML workbook (.xlsx): the zip is
// read with minizip, the workbook, relationships, shared strings and styles up front, then
// the sheet's XML a chunk at a time, so memory holds the shared strings and one row.
// Cells: shared and inline strings, numbers (as written), booleans (1/0), formula results;
// numbers in a date format become ISO dates.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // sheet: a worksheet's name; empty: the first.
    explicit XlsxReader(const QString &path, const QString &sheet = QString());
    ~XlsxReader() override;

    bool open() override;
    bool next() override;
    int fieldCount() const override { return int(m_fields.size()); }
    QStringView field(int i) const override { return m_fields.at(i); }
    qint64 record() const override { return m_row; }
    qint64 position() const override { return m_position; }
    qint64 size() const override { return m_size; }
    QString errorString() const override { return m_error; }
    QString formatName() const override { return QStringLiteral("xlsx"); }

    QStringList sheetNames() const { return m_sheetNames; }

    static bool looksLikeXlsx(const QString &path); // a zip that holds xl/workbook.xml

private:
    bool readEntry(const char *name, QByteArray *bytes);
    bool feed();
    QString cellText(const QString &type, int style, const QString &value) const;
    // The cell being read, as its reference ("B7"), for messages.
    QString cellName(int column) const;

    QString m_path;
    QString m_sheet;
    void *m_zip = nullptr; // unzFile
    bool m_entryOpen = false;
    QXmlStreamReader m_xml;
    QStringList m_sheetNames;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // by cell style index
    bool m_date1904 = false;
    QStringList m_fields;
    QString m_cell;  // the reference of the cell being read, as written
    int m_width = 0; // the sheet's columns: shorter rows are padded
    qint64 m_row = 0;
    qint64 m_position = 0;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace Peakend
