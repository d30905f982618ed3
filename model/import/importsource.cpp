#include "importsource.h"

#include "csvreader.h"
#include "savreader.h"
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
