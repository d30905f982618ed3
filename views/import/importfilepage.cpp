#include "importfilepage.h"

#include "document/projectdocument.h"
#include "import/importsession.h"
#include "surveyimportwizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Peakend {

namespace {
const auto folderKey = QStringLiteral("import/lastFolder");
}

ImportFilePage::ImportFilePage(SurveyImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this))
{
    setTitle(tr("Choose the survey export"));
    setSubTitle(tr("A CSV or Excel (.xlsx) file as Qualtrics, SurveyMonkey, LimeSurvey, Google "
                   "Forms or any spreadsheet wrote it. Nothing is changed in the project until "
                   "the last step."));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addStretch();
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the Survey Export"), settings.value(folderKey).toString(),
        tr("Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    setFile(path);
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        QMessageBox::warning(this, tr("Import Survey"),
                             tr("“%1” does not exist or cannot be read.").arg(path));
        return false;
    }
    ProjectDocument *document = m_wizard->document();
    if (const qint64 waveId = ImportSession::alreadyImported(*document, path)) {
        QString wave;
        for (const Survey &survey : document->repository().surveys()) {
            if (survey.id == waveId)
                wave = survey.name;
        }
        const auto answer = QMessageBox::question(
            this, tr("Import Survey"),
            tr("The same file was already imported as the wave “%1”. Import it again as "
               "another wave?")
                .arg(wave),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (m_wizard->draft().file != info.absoluteFilePath())
        m_wizard->draft() = ImportDraft();
    m_wizard->draft().file = info.absoluteFilePath();
    return true;
}

} // namespace Peakend
