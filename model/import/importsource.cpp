#include "importsource.h"

#include "csvreader.h"
#include "savreader.h"
#include "textencoding.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace Peakend {

namespace {

// A CsvReader that owns its file.
class CsvFileReader : public CsvReader
{
public:
    CsvFileReader(std::unique_ptr<QFile> file, const CsvReader::Options &options)
        : CsvReader(file.get(), options), m_file(std::move(file))
    {}

private:
    std::unique_ptr<QFile> m_file;
};

// What a file that is neither a workbook nor an SPSS file is, when it is not text either: a
// user who picked the wrong file is told what they picked.
QString binaryKind(const QByteArray &head)
{
    static const struct
    {
        QByteArray magic;
        const char *kind;
    } kinds[] = {
        {QByteArray("\x89PNG\r\n\x1a\n", 8), QT_TRANSLATE_NOOP("ImportSource", "a PNG image")},
        {QByteArray("\xff\xd8\xff", 3), QT_TRANSLATE_NOOP("ImportSource", "a JPEG image")},
        {QByteArray("GIF8"), QT_TRANSLATE_NOOP("ImportSource", "a GIF image")},
        {QByteArray("%PDF"), QT_TRANSLATE_NOOP("ImportSource", "a PDF document")},
        {QByteArray("SQLite format 3\0", 16),
         QT_TRANSLATE_NOOP("ImportSource", "a database (a Peakend project or another)")},
        {QByteArray("PK\x03\x04", 4),
         QT_TRANSLATE_NOOP("ImportSource", "a zip archive that is not an Excel workbook")},
        {QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8),
         QT_TRANSLATE_NOOP("ImportSource",
                           "an old Excel workbook (.xls): save it as .xlsx or CSV first")},
        {QByteArray("\x1f\x8b", 2), QT_TRANSLATE_NOOP("ImportSource", "a gzip archive")},
    };
    for (const auto &known : kinds) {
        if (head.startsWith(known.magic))
            return ImportSource::tr(known.kind);
    }
    // Text, even UTF-16 (every other byte zero), has no zero bytes scattered through it.
    const bool utf16 = TextEncoding::detect(head).name.startsWith(QLatin1String("UTF-16"));
    if (!utf16 && head.contains('\0'))
        return ImportSource::tr("binary data, not text");
    return QString();
}

} // namespace

std::unique_ptr<TableReader> ImportSource::open(const QString &path, const ImportOptions &options,
                                                QString *error)
{
    std::unique_ptr<TableReader> reader;
    if (XlsxReader::looksLikeXlsx(path)) {
        reader = std::make_unique<XlsxReader>(path, options.sheet);
    } else if (SavReader::looksLikeSav(path)) {
        reader = std::make_unique<SavReader>(path);
    } else {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(path, file->errorString());
            return nullptr;
        }
        const QString name = QFileInfo(path).fileName();
        if (file->size() == 0) {
            *error = tr("%1 is empty: there is nothing to import.").arg(name);
            return nullptr;
        }
        const QString kind = binaryKind(file->peek(4096));
        if (!kind.isEmpty()) {
            *error = tr("%1 is %2, not a survey export. Peakend imports CSV or text files, Excel "
                        "workbooks (.xlsx) and SPSS data files (.sav).")
                         .arg(name, kind);
            return nullptr;
        }
        reader = std::make_unique<CsvFileReader>(std::move(file), options.csv);
    }
    if (!reader->open()) {
        *error = tr("Cannot read %1: %2").arg(path, reader->errorString());
        return nullptr;
    }
    return reader;
}

ImportPreview ImportSource::preview(const QString &path, const ImportOptions &options, int rows)
{
    ImportPreview preview;
    const std::unique_ptr<TableReader> reader = open(path, options, &preview.error);
    if (!reader)
        return preview;
    preview.format = reader->formatName();
    preview.encoding = reader->encoding();
    preview.delimiter = reader->delimiter();
    preview.size = reader->size();
    if (const auto *workbook = dynamic_cast<const XlsxReader *>(reader.get()))
        preview.sheets = workbook->sheetNames();
    while (preview.rows.size() < rows && reader->next())
        preview.rows.append(reader->fields());
    for (int c = 0; c < int(preview.rows.value(0).size()); ++c)
        preview.valueLabels.append(reader->valueLabels(c));
    if (reader->hasError())
        preview.error = tr("%1: %2").arg(QFileInfo(path).fileName(), reader->errorString());
    return preview;
}

} // namespace Peakend
