#include "importmappingpage.h"

#include "import/mappingsuggester.h"
#include "import/savedmappings.h"
#include "projectdocument.h"
#include "surveyimportwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Peakend {

namespace {

enum Column { HeaderColumn, SampleColumn, RoleColumn, NameColumn, VendorColumn, ColumnCount };

constexpr ColumnRole roles[] = {
    ColumnRole::Ignore,           ColumnRole::RespondentId,      ColumnRole::Vendor,
    ColumnRole::SubprocessRating, ColumnRole::Subprocess,        ColumnRole::Rating,
    ColumnRole::FactorExperience, ColumnRole::FactorExpectation, ColumnRole::FactorImportance,
    ColumnRole::Overall,          ColumnRole::Recommend,         ColumnRole::ReasonLike,
    ColumnRole::ReasonDislike,    ColumnRole::Attribute,         ColumnRole::Weight,
};

bool namesSubprocess(ColumnRole role)
{
    return role == ColumnRole::SubprocessRating;
}

bool namesFactor(ColumnRole role)
{
    return role == ColumnRole::FactorExperience || role == ColumnRole::FactorExpectation
           || role == ColumnRole::FactorImportance || role == ColumnRole::ReasonLike
           || role == ColumnRole::ReasonDislike;
}

QStringList names(const QList<Vendor> &list)
{
    QStringList result;
    for (const Vendor &item : list)
        result.append(item.name);
    return result;
}

} // namespace

ImportMappingPage::ImportMappingPage(SurveyImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_origin(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_surveyName(new QLineEdit(this))
    , m_vendor(new QComboBox(this))
    , m_missingCodes(new QLineEdit(this))
    , m_createMissing(new QCheckBox(
          tr("&Add vendors, subprocesses and factors the project does not have yet"), this))
    , m_saveAs(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Say what each column holds"));
    m_origin->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("First answer"), tr("Holds"),
                                        tr("Subprocess, factor or attribute"), tr("Vendor rated")});
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_vendor->setEditable(true);
    m_missingCodes->setPlaceholderText(tr("for example 0, -99, 99"));
    m_saveAs->setPlaceholderText(tr("leave empty not to save it"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout;
    form->addRow(tr("Wave &name:"), m_surveyName);
    form->addRow(tr("&Vendor rated, when no column names it:"), m_vendor);
    form->addRow(tr("Answers meaning “not applicable”:"), m_missingCodes);
    form->addRow(QString(), m_createMissing);
    form->addRow(tr("&Save this mapping for the next wave as:"), m_saveAs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
}

void ImportMappingPage::initializePage()
{
    ImportDraft &draft = m_wizard->draft();
    const ProjectRepository &repository = m_wizard->document()->repository();
    m_headerRows = draft.layout.headerRows;
    ImportMapping mapping;
    const std::optional<SavedMapping> saved = SavedMappings::forHeaders(
        m_wizard->document()->store().handle(), draft.preview.rows.value(0));
    if (saved && saved->mapping.headerRows == m_headerRows) {
        mapping = saved->mapping;
        draft.savedMappingName = saved->name;
        m_origin->setText(
            tr("The mapping “%1”, saved on %2 for a file with the same columns, is filled in.")
                .arg(saved->name,
                     QLocale().toString(QDateTime::fromString(saved->savedAt, Qt::ISODateWithMs)
                                            .toLocalTime()
                                            .date(),
                                        QLocale::ShortFormat)));
        m_saveAs->setText(saved->name);
    } else {
        mapping = MappingSuggester::suggest(draft.layout, ImportCatalogue::of(repository));
        draft.savedMappingName.clear();
        m_origin->setText(tr("Suggested from the column headers and the project's names: check "
                             "every row before going on."));
    }
    m_surveyName->setText(QFileInfo(draft.file).completeBaseName());
    m_vendor->clear();
    m_vendor->addItem(QString());
    m_vendor->addItems(names(repository.vendors()));
    showMapping(mapping);
    m_problem->clear();
}

void ImportMappingPage::showMapping(const ImportMapping &mapping)
{
    const ImportDraft &draft = m_wizard->draft();
    const QStringList &headers = draft.layout.headers;
    const QStringList sample = draft.preview.rows.value(m_headerRows);
    m_table->setRowCount(int(headers.size()));
    const QStringList vendors = names(m_wizard->document()->repository().vendors());
    for (int row = 0; row < headers.size(); ++row) {
        const ColumnMapping column = mapping.columns.value(row);
        auto *header = new QTableWidgetItem(headers.at(row));
        header->setFlags(Qt::ItemIsEnabled);
        header->setToolTip(headers.at(row));
        m_table->setItem(row, HeaderColumn, header);
        auto *answer = new QTableWidgetItem(sample.value(row));
        answer->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, SampleColumn, answer);

        auto *role = new QComboBox(m_table);
        for (const ColumnRole each : roles)
            role->addItem(ImportMapping::roleName(each), int(each));
        role->setCurrentIndex(role->findData(int(column.role)));
        m_table->setCellWidget(row, RoleColumn, role);
        auto *name = new QComboBox(m_table);
        name->setEditable(true);
        m_table->setCellWidget(row, NameColumn, name);
        auto *vendor = new QComboBox(m_table);
        vendor->setEditable(true);
        vendor->addItem(QString());
        vendor->addItems(vendors);
        vendor->setCurrentText(column.vendor);
        m_table->setCellWidget(row, VendorColumn, vendor);
        fillNames(row);
        name->setCurrentText(column.target);
        connect(role, &QComboBox::currentIndexChanged, this, [this, row] { fillNames(row); });
    }
    m_table->resizeColumnToContents(RoleColumn);
    m_table->setColumnWidth(NameColumn, 220);
    m_table->setColumnWidth(VendorColumn, 150);
    m_vendor->setCurrentText(mapping.vendor);
    QStringList codes;
    for (const double code : mapping.missingCodes)
        codes.append(QLocale::c().toString(code));
    m_missingCodes->setText(codes.join(QStringLiteral(", ")));
    m_createMissing->setChecked(mapping.createMissing);
}

void ImportMappingPage::fillNames(int row)
{
    const auto *role = static_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn));
    auto *name = static_cast<QComboBox *>(m_table->cellWidget(row, NameColumn));
    auto *vendor = static_cast<QComboBox *>(m_table->cellWidget(row, VendorColumn));
    const auto kind = ColumnRole(role->currentData().toInt());
    const QString kept = name->currentText();
    name->clear();
    const ProjectRepository &repository = m_wizard->document()->repository();
    if (namesSubprocess(kind)) {
        for (const Subprocess &subprocess : repository.subprocesses())
            name->addItem(subprocess.name);
    } else if (namesFactor(kind)) {
        for (const Factor &factor : repository.factors())
            name->addItem(factor.name);
    }
    const bool named = namesSubprocess(kind) || namesFactor(kind) || kind == ColumnRole::Attribute;
    name->setEnabled(named);
    name->setCurrentText(named ? kept : QString());
    if (named && kept.isEmpty())
        name->setCurrentText(m_table->item(row, HeaderColumn)->text());
    vendor->setEnabled(ImportMapping::isPerVendor(kind));
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping mapping;
    mapping.headerRows = m_headerRows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ColumnMapping column;
        column.role = ColumnRole(
            static_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn))->currentData().toInt());
        const auto *name = static_cast<QComboBox *>(m_table->cellWidget(row, NameColumn));
        const auto *vendor = static_cast<QComboBox *>(m_table->cellWidget(row, VendorColumn));
        if (name->isEnabled())
            column.target = name->currentText().trimmed();
        if (vendor->isEnabled())
            column.vendor = vendor->currentText().trimmed();
        mapping.columns.append(column);
    }
    mapping.vendor = m_vendor->currentText().trimmed();
    const QStringList codes = m_missingCodes->text().split(
        QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &code : codes) {
        bool ok = false;
        const double value = QLocale::c().toDouble(code, &ok);
        if (ok)
            mapping.missingCodes.append(value);
    }
    mapping.createMissing = m_createMissing->isChecked();
    mapping.surveyName = m_surveyName->text().trimmed();
    return mapping;
}

QString ImportMappingPage::problem(const ImportMapping &mapping) const
{
    QStringList headers;
    for (int row = 0; row < m_table->rowCount(); ++row)
        headers.append(m_table->item(row, HeaderColumn)->text());
    return mapping.problem(headers);
}

bool ImportMappingPage::validatePage()
{
    const ImportMapping candidate = mapping();
    const QString why = problem(candidate);
    m_problem->setText(why);
    if (!why.isEmpty())
        return false;
    ImportDraft &draft = m_wizard->draft();
    draft.mapping = candidate;
    draft.options.saveMappingAs = m_saveAs->text().trimmed();
    draft.options.skipRows.clear();
    return true;
}

} // namespace Peakend
