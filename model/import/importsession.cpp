#include "importsession.h"

#include "document/projectdocument.h"
#include "savedmappings.h"
#include "surveyimporter.h"

namespace Peakend {

ImportSession::ImportSession(const ProjectDocument &document, const QString &path,
                             const ImportOptions &options)
    : m_document(document)
    , m_path(path)
    , m_options(options)
    , m_preview(ImportSource::preview(path, options))
    , m_layout(SurveyLayout::detect(m_preview.rows, m_preview.format))
{}

void ImportSession::setHeaderRows(int rows)
{
    if (rows == m_layout.headerRows)
        return;
    const SurveyLayout::Kind kind = m_layout.kind;
    m_layout = SurveyLayout::withHeaderRows(m_preview.rows, std::clamp(rows, 1, 10));
    m_layout.kind = kind == SurveyLayout::PlainLong ? kind : SurveyLayout::PlainWide;
    m_sample.reset();
}

const QList<QStringList> &ImportSession::sample()
{
    if (m_sample)
        return *m_sample;
    m_sample.emplace();
    QString error;
    const std::unique_ptr<TableReader> reader = ImportSource::open(m_path, m_options, &error);
    int row = 0;
    while (reader && m_sample->size() < sampleRows && reader->next()) {
        if (++row > m_layout.headerRows)
            m_sample->append(reader->fields());
    }
    return *m_sample;
}

ImportMapping ImportSession::suggestion()
{
    return MappingSuggester::suggest(m_layout, ImportCatalogue::of(m_document.repository()),
                                     sample(), m_preview.valueLabels);
}

std::optional<SavedMapping> ImportSession::savedMapping() const
{
    const std::optional<SavedMapping> saved
        = SavedMappings::forHeaders(m_document.store().handle(), m_preview.rows.value(0));
    if (saved && saved->mapping.headerRows == m_layout.headerRows)
        return saved;
    return std::nullopt;
}

qint64 ImportSession::alreadyImported() const
{
    return alreadyImported(m_document, m_path);
}

qint64 ImportSession::alreadyImported(const ProjectDocument &document, const QString &path)
{
    return SurveyImporter::alreadyImported(document.store().handle(), path);
}

QList<SavedMapping> ImportSession::savedMappings() const
{
    return SavedMappings::all(m_document.store().handle());
}

ImportReport ImportSession::validate(const ImportMapping &mapping,
                                     const ImportOptions &options) const
{
    return SurveyImporter::validate(m_document.store().handle(), m_path, mapping, options);
}

ImportReport ImportSession::run(const ImportMapping &mapping, const ImportOptions &options,
                                qint64 *surveyId) const
{
    return SurveyImporter::run(m_document.store().handle(), m_path, mapping, options, surveyId);
}

QStringList ImportSession::ignoredColumns(const ImportMapping &mapping)
{
    QStringList lines;
    const QList<QStringList> &rows = sample();
    for (int c = 0; c < int(mapping.columns.size()); ++c) {
        if (mapping.columns.at(c).role != ColumnRole::Ignore)
            continue;
        QStringList texts;
        int numbers = 0;
        for (const QStringList &row : rows) {
            const QString cell = row.value(c).trimmed();
            double number = 0.0;
            if (cell.isEmpty())
                continue;
            if (AnswerDecoder::parseNumber(cell, &number))
                ++numbers;
            else if (!texts.contains(cell))
                texts.append(cell);
        }
        QString why;
        if (MappingSuggester::isToolColumn(m_layout.codes.value(c))
            || MappingSuggester::isToolColumn(m_layout.headers.value(c))) {
            why = tr("the survey tool's own column");
        } else if (texts.isEmpty() && numbers == 0) {
            why = tr("no answers in the first %Ln row(s)", nullptr, int(rows.size()));
        } else if (texts.isEmpty()) {
            why = tr("numbers, but the header names no subprocess or factor of the project");
        } else {
            why = tr("text answers such as “%1”").arg(texts.mid(0, 3).join(tr("”, “")));
        }
        lines.append(tr("column %1 (“%2”): %3").arg(c + 1).arg(m_layout.headers.value(c), why));
    }
    return lines;
}

} // namespace Peakend
