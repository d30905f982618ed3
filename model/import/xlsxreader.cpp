#include "xlsxreader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <cmath>
#include <unzip.h>

namespace Peakend {

namespace {

unzFile zip(void *handle)
{
    return static_cast<unzFile>(handle);
}

constexpr int maxColumns = 16384;              // Excel's last column, XFD
constexpr qint64 maxRows = 1048576;            // and last row
constexpr int maxCellText = 32767;             // Excel's most characters in a cell
constexpr qint64 maxRowText = 4 * 1024 * 1024; // characters in one row: 8 MB of memory
// The most a workbook part read whole (workbook, relationships, shared strings, styles) may
// unpack to: a zip's stated sizes can ask for gigabytes from a few kilobytes.
constexpr qint64 maxPartBytes = 64 * 1024 * 1024;

// The 0-based column of a cell reference ("C7" → 2); -1 past Excel's last column.
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        if (column > maxColumns)
            return -1;
    }
    return column - 1;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58)) {
        return true;
    }
    if (code.isEmpty())
        return false;
    // Strip quoted text, escapes and [colour]/[locale] sections, then look for date letters.
    QString plain;
    bool quoted = false;
    bool bracket = false;
    for (int i = 0; i < int(code.size()); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('['))
            bracket = true;
        else if (!quoted && c == QLatin1Char(']'))
            bracket = false;
        else if (!quoted && !bracket && c == QLatin1Char('\\'))
            ++i;
        else if (!quoted && !bracket)
            plain.append(c.toLower());
    }
    return plain.contains(QLatin1Char('y')) || plain.contains(QLatin1Char('d'))
           || (plain.contains(QLatin1Char('h')) && plain.contains(QLatin1Char(':')));
}

} // namespace

XlsxReader::XlsxReader(const QString &path, const QString &sheet) : m_path(path), m_sheet(sheet) {}

XlsxReader::~XlsxReader()
{
    if (m_entryOpen)
        unzCloseCurrentFile(zip(m_zip));
    if (m_zip)
        unzClose(zip(m_zip));
}

bool XlsxReader::looksLikeXlsx(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(4) != QByteArray("PK\x03\x04", 4))
        return false;
    file.close();
    unzFile handle = unzOpen64(QFile::encodeName(path).constData());
    if (!handle)
        return false;
    const bool workbook = unzLocateFile(handle, "xl/workbook.xml", 0) == UNZ_OK;
    unzClose(handle);
    return workbook;
}

bool XlsxReader::readEntry(const char *name, QByteArray *bytes)
{
    if (unzLocateFile(zip(m_zip), name, 0) != UNZ_OK)
        return false;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(zip(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    if (info.uncompressed_size > quint64(maxPartBytes)) {
        m_error = tr("The part %1 unpacks to %2 MB, more than a workbook part may (%3 MB); "
                     "the file is damaged or not a survey export.")
                      .arg(QString::fromLatin1(name))
                      .arg(info.uncompressed_size / (1024 * 1024))
                      .arg(maxPartBytes / (1024 * 1024));
        return false;
    }
    if (unzOpenCurrentFile(zip(m_zip)) != UNZ_OK)
        return false;
    bytes->resize(qsizetype(info.uncompressed_size));
    const int read = unzReadCurrentFile(zip(m_zip), bytes->data(), unsigned(bytes->size()));
    unzCloseCurrentFile(zip(m_zip));
    return read == bytes->size();
}

bool XlsxReader::open()
{
    const QString name = QFileInfo(m_path).fileName();
    m_zip = unzOpen64(QFile::encodeName(m_path).constData());
    QByteArray workbook;
    if (!m_zip || !readEntry("xl/workbook.xml", &workbook)) {
        if (m_error.isEmpty())
            m_error = tr("%1 is not an Excel workbook (.xlsx), or it is damaged.").arg(name);
        return false;
    }
    // Sheets and their relationship ids, then where each relationship points.
    QList<QPair<QString, QString>> sheets; // name, r:id
    for (QXmlStreamReader xml(workbook); !xml.atEnd();) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr")
            m_date1904 = xml.attributes().value(QLatin1String("date1904")) == u"1"
                         || xml.attributes().value(QLatin1String("date1904")) == u"true";
        if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
            }
            sheets.append({xml.attributes().value(QLatin1String("name")).toString(), id});
            m_sheetNames.append(sheets.last().first);
        }
    }
    QByteArray relations;
    if (!readEntry("xl/_rels/workbook.xml.rels", &relations) && !m_error.isEmpty())
        return false;
    QHash<QString, QString> targets;
    for (QXmlStreamReader xml(relations); !xml.atEnd();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            QString target = xml.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                         : QStringLiteral("xl/") + target;
            targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    QString sheetEntry;
    for (const auto &[sheetName, id] : std::as_const(sheets)) {
        if (m_sheet.isEmpty() || sheetName == m_sheet) {
            sheetEntry = targets.value(id);
            m_sheet = sheetName;
            break;
        }
    }
    if (sheetEntry.isEmpty()) {
        m_error = tr("%1 has no worksheet named “%2”.").arg(name, m_sheet);
        return false;
    }

    QByteArray strings;
    if (readEntry("xl/sharedStrings.xml", &strings)) {
        QString current;
        bool inString = false;
        QXmlStreamReader xml(strings);
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == u"si") {
                current.clear();
                inString = true;
            } else if (token == QXmlStreamReader::StartElement && xml.name() == u"t" && inString) {
                current += xml.readElementText();
            } else if (token == QXmlStreamReader::StartElement && xml.name() == u"rPh") {
                xml.skipCurrentElement(); // phonetic guides are not the text
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"si") {
                m_sharedStrings.append(current);
                inString = false;
            }
        }
        // Without them every text cell would silently read as empty.
        if (xml.hasError()) {
            m_error = tr("The shared texts (xl/sharedStrings.xml) are damaged at line %1: %2.")
                          .arg(xml.lineNumber())
                          .arg(xml.errorString());
            return false;
        }
    }
    if (!m_error.isEmpty())
        return false;
    QByteArray styles;
    if (!readEntry("xl/styles.xml", &styles) && !m_error.isEmpty())
        return false;
    if (!styles.isEmpty()) {
        QHash<int, QString> codes;
        bool inCellXfs = false;
        for (QXmlStreamReader xml(styles); !xml.atEnd();) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == u"numFmt") {
                codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                             xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (token == QXmlStreamReader::StartElement && xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
                inCellXfs = false;
            } else if (token == QXmlStreamReader::StartElement && inCellXfs
                       && xml.name() == u"xf") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                m_dateStyles.append(isDateFormat(id, codes.value(id)));
            }
        }
    }

    const QByteArray entry = sheetEntry.toUtf8();
    unz_file_info64 info;
    if (unzLocateFile(zip(m_zip), entry.constData(), 0) != UNZ_OK
        || unzGetCurrentFileInfo64(zip(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || unzOpenCurrentFile(zip(m_zip)) != UNZ_OK) {
        m_error = tr("The worksheet “%1” cannot be read.").arg(m_sheet);
        return false;
    }
    m_entryOpen = true;
    m_size = qint64(info.uncompressed_size);
    return true;
}

bool XlsxReader::feed()
{
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    const int read = unzReadCurrentFile(zip(m_zip), chunk.data(), unsigned(chunk.size()));
    if (read < 0) {
        m_error = tr("The worksheet is damaged.");
        return false;
    }
    if (read == 0)
        return false;
    chunk.resize(read);
    m_position += read;
    m_xml.addData(chunk);
    return true;
}

QString XlsxReader::cellName(int column) const
{
    if (!m_cell.isEmpty())
        return m_cell;
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(m_row);
}

QString XlsxReader::cellText(const QString &type, int style, const QString &value) const
{
    if (type == QLatin1String("s"))
        return m_sharedStrings.value(value.toInt());
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("1") : QStringLiteral("0");
    if (type.isEmpty() || type == QLatin1String("n")) {
        if (style >= 0 && style < int(m_dateStyles.size()) && m_dateStyles.at(style)) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            if (ok) {
                // 1900 system: day 1 is 1900-01-01 and Excel counts a 29 February 1900 that
                // never was, so from day 61 on the epoch is 1899-12-30.
                const QDate epoch = m_date1904     ? QDate(1904, 1, 1)
                                    : serial >= 61 ? QDate(1899, 12, 30)
                                                   : QDate(1899, 12, 31);
                const double days = std::floor(serial);
                const QDate date = epoch.addDays(qint64(days));
                const int seconds = int(std::lround((serial - days) * 86400.0));
                if (seconds == 0)
                    return date.toString(Qt::ISODate);
                return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(Qt::ISODate);
            }
        }
    }
    return value; // numbers as written, formula strings, error codes
}

bool XlsxReader::next()
{
    if (!m_error.isEmpty() || !m_entryOpen)
        return false;
    m_fields.clear();
    bool inRow = false;
    bool inValue = false;
    QString type;
    QString value;
    int style = -1;
    int column = -1;
    qint64 rowText = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
                continue;
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError && m_error.isEmpty())
                m_error = tr("The worksheet is damaged: %1 (line %2).")
                              .arg(m_xml.errorString())
                              .arg(m_xml.lineNumber());
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            return false;
        const QStringView name = m_xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"dimension") {
                // "A1:K20": rows are padded to the sheet's width (Excel leaves out the empty
                // cells at a row's end).
                const QStringView reference = m_xml.attributes().value(QLatin1String("ref"));
                const qsizetype colon = reference.indexOf(QLatin1Char(':'));
                const int last = columnOf(reference.mid(colon + 1));
                if (last < 0) {
                    m_error = tr("The sheet says it spans %1, beyond a worksheet's last "
                                 "column, XFD.")
                                  .arg(reference.left(40).toString());
                    return false;
                }
                m_width = std::max(m_width, 1 + last);
            } else if (name == u"row") {
                inRow = true;
                const qint64 number = m_xml.attributes().value(QLatin1String("r")).toLongLong();
                m_row = number > 0 ? number : m_row + 1;
                if (m_row > maxRows) {
                    m_error = tr("Row %1 is beyond a worksheet's last row, %2.")
                                  .arg(m_row)
                                  .arg(maxRows);
                    return false;
                }
            } else if (inRow && name == u"c") {
                const QXmlStreamAttributes attributes = m_xml.attributes();
                type = attributes.value(QLatin1String("t")).toString();
                style = attributes.hasAttribute(QLatin1String("s"))
                            ? attributes.value(QLatin1String("s")).toInt()
                            : -1;
                const QStringView reference = attributes.value(QLatin1String("r"));
                m_cell = reference.left(40).toString();
                column = reference.isEmpty() ? int(m_fields.size()) : columnOf(reference);
                if (column < 0 || column >= maxColumns) {
                    m_error = tr("The cell %1 is beyond a worksheet's last column, XFD.")
                                  .arg(reference.left(32).toString());
                    return false;
                }
                value.clear();
            } else if (inRow && (name == u"v" || name == u"t")) {
                inValue = true;
            } else if (inRow && name == u"rPh") {
                inValue = false; // phonetic guides are not the text
            }
        } else if (token == QXmlStreamReader::Characters && inValue) {
            value += m_xml.text();
            if (value.size() > maxCellText) {
                m_error = tr("The cell %1 holds more than %2 characters, more than Excel "
                             "allows in a cell.")
                              .arg(cellName(column))
                              .arg(QLocale().toString(maxCellText));
                return false;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == u"v" || name == u"t") {
                inValue = false;
            } else if (inRow && name == u"c" && column >= 0) {
                while (int(m_fields.size()) < column)
                    m_fields.append(QString());
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= m_sharedStrings.size()) {
                        m_error = tr("The cell %1 refers to shared text %2, which the "
                                     "workbook does not have (it has %3).")
                                      .arg(cellName(column), value.left(20))
                                      .arg(m_sharedStrings.size());
                        return false;
                    }
                }
                m_fields.append(cellText(type, style, value));
                rowText += m_fields.constLast().size();
                if (rowText > maxRowText) {
                    m_error = tr("Row %1 holds more than %2 characters; no survey answer "
                                 "row is that long.")
                                  .arg(m_row)
                                  .arg(QLocale().toString(maxRowText));
                    return false;
                }
            } else if (name == u"row") {
                // The header row sets the width when the sheet states none.
                if (m_width == 0)
                    m_width = int(m_fields.size());
                while (int(m_fields.size()) < m_width)
                    m_fields.append(QString());
                return true;
            }
        }
    }
}

} // namespace Peakend
