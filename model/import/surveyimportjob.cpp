#include "surveyimportjob.h"

#include "document/projectdocument.h"
#include "storage/projectstore.h"

#include <QThread>

namespace Peakend {

SurveyImportJob::SurveyImportJob(const ProjectDocument &document, QObject *parent)
    : QObject(parent), m_store(document.store())
{}

SurveyImportJob::~SurveyImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool SurveyImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SurveyImportJob::start(const QString &file, const ImportMapping &mapping,
                            const ImportOptions &options, Mode mode)
{
    Q_ASSERT(!isRunning());
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    QString error;
    // Opened here, handed to the worker: SQLite connections may change threads between uses.
    std::shared_ptr<SqliteConnection> connection
        = std::make_shared<SqliteConnection>(m_store.openWorkerConnection(&error));
    m_thread = QThread::create([this, connection, error, file, mapping, options, mode]() {
        ImportReport report;
        qint64 surveyId = 0;
        if (!*connection) {
            report.file = file;
            report.fatal = error;
        } else {
            ImportOptions workerOptions = options;
            workerOptions.cancel = &m_cancel;
            workerOptions.progress = [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); },
                    Qt::QueuedConnection);
            };
            report = mode == Mode::Validate
                         ? SurveyImporter::validate(connection->get(), file, mapping, workerOptions)
                         : SurveyImporter::run(connection->get(), file, mapping, workerOptions,
                                               &surveyId);
            connection->reset();
        }
        QMetaObject::invokeMethod(
            this, [this, report, surveyId] { emit finished(report, surveyId); },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace Peakend
