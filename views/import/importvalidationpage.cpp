#include "importvalidationpage.h"

#include "document/projectdocument.h"
#include "import/surveyimportjob.h"
#include "surveyimportwizard.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Peakend {

ImportValidationPage::ImportValidationPage(SurveyImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_issues(new QTreeWidget(this))
    , m_skip(new QRadioButton(this))
    , m_fix(new QRadioButton(tr("Go &back and change the mapping, or cancel and correct the "
                                "file"),
                             this))
    , m_warnings(new QLabel(this))
    , m_allowEmpty(new QCheckBox(tr("Import &although answers are missing from the wave"), this))
{
    setTitle(tr("Check the answers"));
    setSubTitle(tr("The whole file is read and checked against the mapping; nothing is "
                   "written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_summary->setWordWrap(true);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_allowEmpty->setObjectName(QStringLiteral("allowEmpty"));
    m_issues->setColumnCount(4);
    m_issues->setHeaderLabels(
        {tr("Problem, and the column's header"), tr("Row"), tr("Column"), tr("Value")});
    m_issues->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fix->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_skip);
    layout->addWidget(m_fix);
    layout->addWidget(m_warnings);
    layout->addWidget(m_allowEmpty);
    layout->addStretch();
    connect(m_skip, &QRadioButton::toggled, this, &ImportValidationPage::completeChanged);
    connect(m_allowEmpty, &QCheckBox::toggled, this, &ImportValidationPage::completeChanged);
}

void ImportValidationPage::initializePage()
{
    m_done = false;
    m_issues->clear();
    m_issues->hide();
    m_skip->hide();
    m_fix->hide();
    m_fix->setChecked(true);
    m_warnings->clear();
    m_allowEmpty->hide();
    m_allowEmpty->setChecked(false);
    m_summary->setText(tr("Reading the file…"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    delete m_job;
    m_job = new SurveyImportJob(*m_wizard->document(), this);
    connect(m_job, &SurveyImportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &SurveyImportJob::finished, this,
            [this](const ImportReport &report) { showReport(report); });
    const ImportDraft &draft = m_wizard->draft();
    m_job->start(draft.file, draft.mapping, draft.options, SurveyImportJob::Mode::Validate);
}

void ImportValidationPage::cleanupPage()
{
    delete m_job; // cancels a validation still running
    m_job = nullptr;
}

void ImportValidationPage::showReport(const ImportReport &report)
{
    m_wizard->draft().validation = report;
    m_done = true;
    m_progress->hide();
    const QLocale locale;
    if (!report.fatal.isEmpty()) {
        m_summary->setText(report.fatal);
    } else if (report.isClean()) {
        m_summary->setText(
            tr("No problems in %Ln row(s): %1 respondents and %2 subprocess ratings are ready to "
               "import.",
               nullptr, int(report.dataRows))
                .arg(locale.toString(report.respondents), locale.toString(report.ratings)));
    } else {
        QString text = tr("%Ln problem(s) in %1 of %2 rows.", nullptr, int(report.issueCount()))
                           .arg(locale.toString(qint64(report.rowsWithIssues.size())),
                                locale.toString(report.dataRows));
        if (!report.unknownNames.isEmpty()) {
            text += QLatin1Char(' ')
                    + tr("Not in the project: %1. To add them, go back and tick “Add vendors, "
                         "subprocesses and factors”.")
                          .arg(report.unknownNames.join(QStringLiteral(", ")));
        }
        m_summary->setText(text);
        for (auto kind = report.counts.cbegin(); kind != report.counts.cend(); ++kind) {
            auto *group = new QTreeWidgetItem(
                m_issues, {QStringLiteral("%1 (%2)").arg(SurveyImporter::kindName(kind.key()),
                                                         locale.toString(kind.value()))});
            for (const ImportIssue &issue : report.issues) {
                if (issue.kind != kind.key())
                    continue;
                auto *item = new QTreeWidgetItem(
                    group,
                    {issue.column > 0 ? issue.header : tr("(the whole row)"),
                     locale.toString(issue.row),
                     issue.column > 0 ? locale.toString(issue.column) : QString(), issue.value});
                for (int column = 0; column < 4; ++column)
                    item->setToolTip(column, issue.message);
            }
            const qint64 unlisted = kind.value() - group->childCount();
            if (unlisted > 0)
                new QTreeWidgetItem(group, {tr("… and %Ln more", nullptr, int(unlisted))});
        }
        m_issues->expandAll();
        m_issues->resizeColumnToContents(1);
        m_issues->show();
        m_skip->setText(
            tr("&Skip the %Ln row(s) with problems and import the other %1", nullptr,
               int(report.rowsWithIssues.size()))
                .arg(locale.toString(report.dataRows - qint64(report.rowsWithIssues.size()))));
        m_skip->setVisible(report.fatal.isEmpty()
                           && report.dataRows > report.rowsWithIssues.size());
        m_fix->setVisible(m_skip->isVisible());
    }
    QStringList warnings;
    for (const ImportWarning &warning : report.warnings)
        warnings.append(warning.message);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setStyleSheet(report.hasBlockingWarning() ? QStringLiteral("color: #8a4b00")
                                                          : QString());
    m_allowEmpty->setVisible(report.hasBlockingWarning());
    emit completeChanged();
}

bool ImportValidationPage::isComplete() const
{
    const ImportReport &report = m_wizard->draft().validation;
    return m_done && report.fatal.isEmpty() && (report.isClean() || m_skip->isChecked())
           && (!report.hasBlockingWarning() || m_allowEmpty->isChecked());
}

bool ImportValidationPage::validatePage()
{
    ImportDraft &draft = m_wizard->draft();
    draft.skipRowsWithIssues = !draft.validation.isClean();
    draft.options.skipRows
        = draft.skipRowsWithIssues ? draft.validation.rowsWithIssues : QSet<qint64>();
    return true;
}

} // namespace Peakend
