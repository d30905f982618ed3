#include "importprogresspage.h"

#include "commands/importsurvey.h"
#include "document/projectdocument.h"
#include "import/surveyimportjob.h"
#include "surveyimportwizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Peakend {

ImportProgressPage::ImportProgressPage(SurveyImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    setTitle(tr("Importing"));
    m_result->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
}

ImportProgressPage::~ImportProgressPage() = default;

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_result->setText(tr("Writing the answers to the project. Cancel leaves the project as it "
                         "was."));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_job = new SurveyImportJob(*m_wizard->document(), this);
    connect(m_job, &SurveyImportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &SurveyImportJob::finished, this, &ImportProgressPage::finish);
    const ImportDraft &draft = m_wizard->draft();
    m_job->start(draft.file, draft.mapping, draft.options, SurveyImportJob::Mode::Import);
}

bool ImportProgressPage::isRunning() const
{
    return m_job && m_job->isRunning() && !m_done;
}

void ImportProgressPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ImportProgressPage::finish(const ImportReport &report, qint64 surveyId)
{
    m_done = true;
    m_progress->setValue(1000);
    // Done or rolled back: Cancel would suggest it could still take the import back (that
    // is Edit ▸ Undo now).
    m_wizard->button(QWizard::CancelButton)->hide();
    const QLocale locale;
    if (report.isClean() && surveyId > 0) {
        const ImportDraft &draft = m_wizard->draft();
        ProjectDocument *document = m_wizard->document();
        document->undoStack()->push(
            new ImportSurvey(document, surveyId, draft.mapping.surveyName, report.created));
        QString text = tr("Imported %1 respondents and %2 subprocess ratings as the wave “%3”.")
                           .arg(locale.toString(report.respondents),
                                locale.toString(report.ratings), draft.mapping.surveyName);
        if (!draft.options.skipRows.isEmpty())
            text += QLatin1Char(' ')
                    + tr("Left out: %Ln row(s) with problems.", nullptr,
                         int(draft.options.skipRows.size()));
        if (!draft.options.saveMappingAs.isEmpty())
            text += QLatin1Char(' ')
                    + tr("The mapping is saved as “%1”.").arg(draft.options.saveMappingAs);
        m_result->setText(text + QLatin1Char(' ') + tr("Edit ▸ Undo removes the wave again."));
    } else if (report.cancelled) {
        m_result->setText(tr("Cancelled: nothing was imported, the project is as it was."));
    } else {
        const QString why = !report.fatal.isEmpty() ? report.fatal : report.issues.value(0).message;
        m_result->setText(tr("Nothing was imported, the project is as it was: %1").arg(why));
    }
    emit completeChanged();
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

} // namespace Peakend
