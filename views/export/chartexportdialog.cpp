#include "chartexportdialog.h"

#include "charts/chart.h"

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
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Peakend {

namespace {
const QString folderKey = QStringLiteral("export/folder");
const QString suffixKey = QStringLiteral("export/suffix");
const QString widthKey = QStringLiteral("export/width");
const QString heightKey = QStringLiteral("export/height");
const QString resolutionKey = QStringLiteral("export/resolution");
const QString pageKey = QStringLiteral("export/page");
const QString orientationKey = QStringLiteral("export/orientation");

} // namespace

ChartExportDialog::ChartExportDialog(const Chart *chart, const ChartExportOptions &about,
                                     QWidget *parent)
    : QDialog(parent)
    , m_chart(chart)
    , m_about(about)
    , m_path(new QLineEdit)
    , m_width(new QSpinBox)
    , m_height(new QSpinBox)
    , m_resolution(new QComboBox)
    , m_page(new QComboBox)
    , m_orientation(new QComboBox)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export Chart"));
    const QSettings settings;
    m_path->setObjectName(QStringLiteral("exportPath"));
    const QString folder = settings.value(folderKey, QDir::homePath()).toString();
    const QString suffix = settings.value(suffixKey, QStringLiteral("png")).toString();
    m_path->setText(QDir(folder).filePath(ChartExport::fileNameFor(chart->title())
                                          + QLatin1Char('.') + suffix));
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(100, 20000);
        spin->setSuffix(tr(" px"));
    }
    m_width->setValue(settings.value(widthKey, 1600).toInt());
    m_height->setValue(settings.value(heightKey, 1000).toInt());
    m_height->setObjectName(QStringLiteral("exportHeight"));
    // A chart with more rows than the remembered height holds readably starts as tall as they
    // need (200 vendors in the heat map); the user may still choose another height, and is told.
    if (const int needed = chart->readableHeight(m_width->value(), m_height->value());
        needed > m_height->value())
        m_height->setValue(std::min(m_height->maximum(), needed));
    m_resolution->setObjectName(QStringLiteral("exportResolution"));
    m_resolution->addItem(tr("1× (screen)"), 1.0);
    m_resolution->addItem(tr("2× (high-DPI screen, slides)"), 2.0);
    m_resolution->addItem(tr("300 dpi (print)"), 300.0 / 96.0);
    m_resolution->setCurrentIndex(
        std::max(0, m_resolution->findData(settings.value(resolutionKey, 1.0).toDouble())));
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("A3"), int(QPageSize::A3));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_page->setCurrentIndex(
        std::max(0, m_page->findData(settings.value(pageKey, int(QPageSize::A4)).toInt())));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setCurrentIndex(
        std::max(0, m_orientation->findData(
                        settings.value(orientationKey, int(QPageLayout::Landscape)).toInt())));

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution:"), m_resolution);
    form->addRow(tr("&Page:"), m_page);
    form->addRow(tr("&Orientation:"), m_orientation);
    auto *hint = new QLabel(tr("The file's suffix chooses the format: .png (image), .svg "
                               "(vector, for editing) or .pdf (vector, one page)."));
    hint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b2182b; font-weight: bold;"));
    m_error->hide();
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ChartExportDialog::updateFormat);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);
    updateFormat();
    resize(560, sizeHint().height());
}

QString ChartExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ChartExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ChartExportDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions options = m_about;
    options.size = QSize(m_width->value(), m_height->value());
    options.setResolution(m_resolution->currentData().toDouble());
    options.pageSize = QPageSize(QPageSize::PageSizeId(m_page->currentData().toInt()));
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return options;
}

void ChartExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), path(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ChartExportDialog::updateFormat()
{
    const auto format = ChartExport::formatOf(path());
    m_width->setEnabled(format != ChartExport::Format::Pdf);
    m_height->setEnabled(format != ChartExport::Format::Pdf);
    m_resolution->setEnabled(format == ChartExport::Format::Png);
    m_page->setEnabled(format == ChartExport::Format::Pdf);
    m_orientation->setEnabled(format == ChartExport::Format::Pdf);
    m_export->setEnabled(!path().isEmpty());
    m_error->hide();
}

void ChartExportDialog::accept()
{
    QString message;
    if (!ChartExport::write(*m_chart, path(), options(), &message)) {
        m_error->setText(message);
        m_error->show();
        return;
    }
    remember();
    QDialog::accept();
}

void ChartExportDialog::remember() const
{
    QSettings settings;
    const QFileInfo file(path());
    settings.setValue(folderKey, file.absolutePath());
    settings.setValue(suffixKey, file.suffix().toLower());
    settings.setValue(widthKey, m_width->value());
    settings.setValue(heightKey, m_height->value());
    settings.setValue(resolutionKey, m_resolution->currentData());
    settings.setValue(pageKey, m_page->currentData());
    settings.setValue(orientationKey, m_orientation->currentData());
}

} // namespace Peakend
