#include "importpreviewpage.h"

#include "import/importsession.h"
#include "surveyimportwizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace Peakend {

ImportPreviewPage::ImportPreviewPage(SurveyImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_detected(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_sheetLabel(new QLabel(tr("&Worksheet:"), this))
    , m_headerRows(new QSpinBox(this))
    , m_table(new QTableWidget(this))
{
    setTitle(tr("Check what was detected"));
    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setWordWrap(true);
    m_encoding->addItem(tr("Detect"), QString());
    for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "windows-1252"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_headerRows->setRange(1, 9);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_sheetLabel->setBuddy(m_sheet);

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(tr("&Header rows:"), m_headerRows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
    connect(m_headerRows, &QSpinBox::valueChanged, this, &ImportPreviewPage::showRows);
}

void ImportPreviewPage::initializePage()
{
    m_loading = true;
    const ImportOptions &options = m_wizard->draft().options;
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(options.csv.encoding)));
    m_sheet->clear();
    m_loading = false;
    reload();
}

void ImportPreviewPage::reload()
{
    if (m_loading)
        return;
    ImportDraft &draft = m_wizard->draft();
    draft.options.csv.encoding = m_encoding->currentData().toString();
    draft.options.sheet = m_sheet->currentText();
    const quint64 generation = ++m_generation;
    m_reading = true;
    m_detected->setText(tr("Reading %1…").arg(QFileInfo(draft.file).fileName()));
    emit completeChanged();
    auto result = std::make_shared<std::shared_ptr<ImportSession>>();
    QThread *reader = QThread::create(
        [document = m_wizard->document(), file = draft.file, options = draft.options, result] {
            *result = std::make_shared<ImportSession>(*document, file, options);
        });
    m_readers.append(reader);
    connect(reader, &QThread::finished, this, [this, reader, result, generation] {
        m_readers.removeOne(reader);
        reader->deleteLater();
        if (generation == m_generation) // a newer encoding or sheet was asked for meanwhile
            showSession(*result);
    });
    reader->start();
}

ImportPreviewPage::~ImportPreviewPage()
{
    for (QThread *reader : std::as_const(m_readers)) {
        reader->wait();
        delete reader;
    }
}

void ImportPreviewPage::showSession(const std::shared_ptr<ImportSession> &session)
{
    ImportDraft &draft = m_wizard->draft();
    m_reading = false;
    draft.session = session;
    draft.preview = draft.session->preview();
    draft.layout = draft.session->layout();

    m_loading = true;
    if (m_sheet->count() == 0)
        m_sheet->addItems(draft.preview.sheets);
    m_sheet->setVisible(!draft.preview.sheets.isEmpty());
    m_sheetLabel->setVisible(!draft.preview.sheets.isEmpty());
    m_encoding->setEnabled(draft.preview.format != QLatin1String("xlsx"));
    m_headerRows->setValue(draft.layout.headerRows);
    m_loading = false;

    const QString name = QFileInfo(draft.file).fileName();
    if (!draft.preview.error.isEmpty()) {
        m_detected->setText(draft.preview.error);
    } else if (draft.preview.format == QLatin1String("xlsx")) {
        m_detected->setText(tr("%1: an Excel workbook, %2. Layout: %3.")
                                .arg(name, QLocale().formattedDataSize(draft.preview.size),
                                     SurveyLayout::kindName(draft.layout.kind)));
    } else {
        const QChar delimiter = draft.preview.delimiter;
        const QString shown
            = delimiter == QLatin1Char('\t') ? tr("tab") : QStringLiteral("“%1”").arg(delimiter);
        m_detected->setText(tr("%1: a text file, %2, encoding %3, fields separated by %4. "
                               "Layout: %5.")
                                .arg(name, QLocale().formattedDataSize(draft.preview.size),
                                     draft.preview.encoding, shown,
                                     SurveyLayout::kindName(draft.layout.kind)));
    }
    showRows();
    emit completeChanged();
}

void ImportPreviewPage::showRows()
{
    const ImportDraft &draft = m_wizard->draft();
    const int headerRows = m_headerRows->value();
    const QList<QStringList> &rows = draft.preview.rows;
    const QStringList headers = headerRows == draft.layout.headerRows
                                    ? draft.layout.headers
                                    : SurveyLayout::withHeaderRows(rows, headerRows).headers;
    int columns = int(headers.size());
    for (const QStringList &row : rows)
        columns = std::max(columns, int(row.size()));
    m_table->clear();
    m_table->setColumnCount(columns);
    m_table->setRowCount(std::max(0, int(rows.size()) - headerRows));
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = headerRows; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            m_table->setItem(r - headerRows, c, new QTableWidgetItem(rows.at(r).at(c)));
    }
    QStringList numbers;
    for (int r = headerRows; r < rows.size(); ++r)
        numbers.append(QString::number(r + 1)); // the row as a spreadsheet shows it
    m_table->setVerticalHeaderLabels(numbers);
    m_table->resizeColumnsToContents();
}

bool ImportPreviewPage::isComplete() const
{
    const ImportDraft &draft = m_wizard->draft();
    return !m_reading && draft.session && draft.preview.error.isEmpty()
           && draft.preview.rows.size() > 1;
}

bool ImportPreviewPage::validatePage()
{
    ImportDraft &draft = m_wizard->draft();
    draft.session->setHeaderRows(m_headerRows->value());
    draft.layout = draft.session->layout();
    return true;
}

} // namespace Peakend
