#include "reportdialog.h"

#include "export/chartexport.h"
#include "projectreport.h"
#include "storage/projectrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Peakend {

namespace {
const QString folderKey = QStringLiteral("report/folder");
const QString tablesKey = QStringLiteral("report/tables");
} // namespace

ReportDialog::ReportDialog(const ProjectRepository &repository, const WaveAssembly &assembly,
                           QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_assembly(assembly)
    , m_cycles(repository.cycles())
    , m_path(new QLineEdit)
    , m_cycle(new QComboBox)
    , m_tables(new QCheckBox)
    , m_error(new QLabel)
{
    setWindowTitle(tr("Export Report"));
    const QSettings settings;
    const QString folder = settings.value(folderKey, QDir::homePath()).toString();
    m_path->setText(QDir(folder).filePath(
        ChartExport::fileNameFor(tr("%1-report").arg(repository.projectInfo().name))
        + QStringLiteral(".pdf")));
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_cycle->addItem(m_cycles.isEmpty() ? tr("None yet") : tr("All cycles"), 0);
    for (const CemCycle &cycle : std::as_const(m_cycles))
        m_cycle->addItem(cycle.name, cycle.number);
    m_cycle->setEnabled(!m_cycles.isEmpty());
    m_tables->setChecked(settings.value(tablesKey, false).toBool());

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("CEM &cycles:"), m_cycle);
    form->addRow(QString(), m_tables);
    auto *about = new QLabel(
        assembly.source().isEmpty()
            ? tr("The project has no survey wave: the report covers its CEM cycles.")
            : tr("Survey figures describe what the charts show now: %1.").arg(assembly.source()));
    about->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b2182b; font-weight: bold;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(about);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    updateState();
    resize(580, sizeHint().height());
}

QString ReportDialog::path() const
{
    return m_path->text().trimmed();
}

void ReportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ReportDialog::setCycle(int number)
{
    m_cycle->setCurrentIndex(std::max(0, m_cycle->findData(number)));
}

void ReportDialog::setTablesWritten(bool written)
{
    m_tables->setChecked(written);
}

QString ReportDialog::tablesFolder(const QString &pdf)
{
    const QFileInfo file(pdf);
    return file.dir().filePath(file.completeBaseName() + QStringLiteral("-tables"));
}

QString ReportDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), path(),
                                                        tr("PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ReportDialog::updateState()
{
    const bool pdf = path().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    m_export->setEnabled(pdf);
    m_tables->setText(tr("Also write each table as CSV into “%1”")
                          .arg(QFileInfo(tablesFolder(path())).fileName()));
    m_error->setVisible(!pdf && !path().isEmpty());
    m_error->setText(tr("The report is a PDF: end the file name with .pdf."));
}

void ReportDialog::accept()
{
    QList<CemCycle> cycles;
    for (const CemCycle &cycle : std::as_const(m_cycles)) {
        if (m_cycle->currentData().toInt() == 0 || cycle.number == m_cycle->currentData().toInt())
            cycles.append(cycle);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ProjectReport report(m_repository, m_assembly, cycles);
    QString message;
    bool written = report.write(path(), &message);
    if (written && m_tables->isChecked())
        written = report.writeTables(tablesFolder(path()), &message);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_error->setText(message);
        m_error->show();
        return;
    }
    QSettings settings;
    settings.setValue(folderKey, QFileInfo(path()).absolutePath());
    settings.setValue(tablesKey, m_tables->isChecked());
    QDialog::accept();
}

} // namespace Peakend
