#pragma once

#include "importmapping.h"
#include "importreport.h"
#include "importsource.h"
#include "mappingsuggester.h"
#include "savedmappings.h"
#include "surveylayout.h"

#include <QCoreApplication>

#include <optional>

namespace Peakend {

class ProjectDocument;

// The steps from an export to a mapping, shared by the import wizard and `peakend import`:
// read the first rows, detect the layout (or take the header rows the user says), find the
// mapping saved for these columns or suggest one from the headers and a sample of the
// answers, and say what a mapping leaves out. Reads the file; writes nothing.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)

public:
    static constexpr int sampleRows = 2000; // answers read to suggest scales and labels

    ImportSession(const ProjectDocument &document, const QString &path,
                  const ImportOptions &options = {});

    const QString &path() const { return m_path; }
    const ImportOptions &options() const { return m_options; }
    const ImportPreview &preview() const { return m_preview; }
    QString error() const { return m_preview.error; }
    const SurveyLayout &layout() const { return m_layout; }
    // Header rows as the user says (1 … 10): the columns' names are combined again.
    void setHeaderRows(int rows);

    // Rows of answers below the header rows (up to sampleRows), read once.
    const QList<QStringList> &sample();
    ImportMapping suggestion();
    // The mapping saved in the project for files with these columns and header rows.
    std::optional<SavedMapping> savedMapping() const;
    // The wave already imported from a file with the same bytes (0: none).
    qint64 alreadyImported() const;
    static qint64 alreadyImported(const ProjectDocument &document, const QString &path);
    // Every mapping saved in the project, by name.
    QList<SavedMapping> savedMappings() const;

    // For --dry-run and the wizard: one line per column the mapping leaves out, and why.
    QStringList ignoredColumns(const ImportMapping &mapping);

    // The last step, on this thread (the command line; the wizard runs a SurveyImportJob):
    // check every row without writing, or import all or nothing as a new wave.
    ImportReport validate(const ImportMapping &mapping, const ImportOptions &options) const;
    ImportReport run(const ImportMapping &mapping, const ImportOptions &options,
                     qint64 *surveyId) const;

private:
    const ProjectDocument &m_document;
    QString m_path;
    ImportOptions m_options;
    ImportPreview m_preview;
    SurveyLayout m_layout;
    std::optional<QList<QStringList>> m_sample;
};

} // namespace Peakend
