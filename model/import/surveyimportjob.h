#pragma once

#include "surveyimporter.h"

#include <QObject>

#include <atomic>

class QThread;

namespace Peakend {

class ProjectDocument;
class ProjectStore;

// Runs one SurveyImporter::validate or ::run on a worker thread with its own connection to
// the project file, so the window stays responsive; progress and the result arrive as
// signals in the thread that owns the job. Cancelling (or destroying the job) stops a
// validation and rolls an import back.
class SurveyImportJob : public QObject
{
    Q_OBJECT

public:
    explicit SurveyImportJob(const ProjectDocument &document, QObject *parent = nullptr);
    ~SurveyImportJob() override;

    enum class Mode { Validate, Import };

    void start(const QString &file, const ImportMapping &mapping, const ImportOptions &options = {},
               Mode mode = Mode::Import);
    void cancel() { m_cancel = true; }
    bool isRunning() const;

signals:
    void progress(qint64 done, qint64 total);
    void finished(const Peakend::ImportReport &report, qint64 surveyId); // 0: validated only

private:
    const ProjectStore &m_store;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace Peakend
