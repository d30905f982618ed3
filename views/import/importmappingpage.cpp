#include "importmappingpage.h"

#include "columncodingdialog.h"
#include "document/projectdocument.h"
#include "editors/choicedelegate.h"
#include "import/importsession.h"
#include "itemmodels/importmappingmodel.h"
#include "storage/projectrepository.h"
#include "surveyimportwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace Peakend {

namespace {

QStringList names(const QList<Vendor> &list)
{
    QStringList result;
    for (const Vendor &item : list)
        result.append(item.name);
    return result;
}

QDoubleSpinBox *scaleBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(-1000.0, 1000.0);
    box->setDecimals(1);
    return box;
}

} // namespace

ImportMappingPage::ImportMappingPage(SurveyImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new ImportMappingModel(this))
    , m_origin(new QLabel(this))
    , m_bulkRole(new QComboBox(this))
    , m_bulkVendor(new QComboBox(this))
    , m_apply(new QPushButton(tr("&Apply to Selected"), this))
    , m_coding(new QPushButton(tr("Answers &Coded…"), this))
    , m_table(new QTableView(this))
    , m_surveyName(new QLineEdit(this))
    , m_vendor(new QComboBox(this))
    , m_scaleMin(scaleBox(this))
    , m_scaleMax(scaleBox(this))
    , m_scaleNeutral(scaleBox(this))
    , m_missingCodes(new QLineEdit(this))
    , m_idFromRow(
          new QCheckBox(tr("Each row is one &respondent (the file has no id column)"), this))
    , m_createMissing(new QCheckBox(
          tr("A&dd vendors, subprocesses and factors the project does not have yet"), this))
    , m_saveAs(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Say what each column holds"));
    m_origin->setWordWrap(true);
    m_createMissing->setObjectName(QStringLiteral("createMissing"));
    m_idFromRow->setObjectName(QStringLiteral("idFromRow"));
    m_saveAs->setObjectName(QStringLiteral("saveMappingAs"));
    m_apply->setObjectName(QStringLiteral("applyToSelected"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ImportMappingModel::HeaderColumn,
                                                      QHeaderView::Stretch);
    m_table->setToolTip(tr("Select a grid's columns (Shift or Ctrl and click, or Shift and the "
                           "arrow keys), then say above what they hold. F2 edits a cell."));
    for (int role = int(ColumnRole::Ignore); role <= int(ColumnRole::Weight); ++role)
        m_bulkRole->addItem(ImportMapping::roleName(ColumnRole(role)), role);
    m_bulkRole->setCurrentIndex(m_bulkRole->findData(int(ColumnRole::SubprocessRating)));
    m_bulkVendor->setEditable(true);
    m_bulkVendor->setToolTip(tr("The vendor the selected columns rate; empty: the vendor column "
                                "of each row, or the file's vendor."));
    m_apply->setToolTip(tr("Each selected column takes the subprocess or factor its header "
                           "names, else the header's option (“… – Quote” → Quote)."));
    m_vendor->setEditable(true);
    m_missingCodes->setPlaceholderText(tr("for example 0, -99, 99"));
    m_saveAs->setPlaceholderText(tr("leave empty not to save it"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *bulk = new QHBoxLayout;
    auto *holds = new QLabel(tr("Selected columns &hold:"), this);
    holds->setBuddy(m_bulkRole);
    auto *forVendor = new QLabel(tr("for &vendor:"), this);
    forVendor->setBuddy(m_bulkVendor);
    bulk->addWidget(holds);
    bulk->addWidget(m_bulkRole);
    bulk->addWidget(forVendor);
    bulk->addWidget(m_bulkVendor, 1);
    bulk->addWidget(m_apply);
    bulk->addWidget(m_coding);
    auto *scale = new QHBoxLayout;
    scale->addWidget(m_scaleMin);
    scale->addWidget(new QLabel(tr("to"), this));
    scale->addWidget(m_scaleMax);
    scale->addWidget(new QLabel(tr("neutral"), this));
    scale->addWidget(m_scaleNeutral);
    scale->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Wave &name:"), m_surveyName);
    auto *scaleLabel = new QLabel(tr("Rating &scale of the wave:"), this);
    scaleLabel->setBuddy(m_scaleMin);
    form->addRow(scaleLabel, scale);
    form->addRow(tr("Vendor rated, when no column &names it:"), m_vendor);
    form->addRow(tr("Answers meaning “not applicable”:"), m_missingCodes);
    form->addRow(QString(), m_idFromRow);
    form->addRow(QString(), m_createMissing);
    form->addRow(tr("Save this mapping for the next wave as:"), m_saveAs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addLayout(bulk);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);

    connect(m_apply, &QPushButton::clicked, this, [this] {
        applyToSelection(ColumnRole(m_bulkRole->currentData().toInt()),
                         m_bulkVendor->currentText().trimmed());
    });
    connect(m_coding, &QPushButton::clicked, this, &ImportMappingPage::editCoding);
}

void ImportMappingPage::initializePage()
{
    ImportDraft &draft = m_wizard->draft();
    ImportSession &session = *draft.session;
    const ProjectRepository &repository = m_wizard->document()->repository();
    m_headerRows = session.layout().headerRows;
    ImportMapping mapping;
    if (const std::optional<SavedMapping> saved = session.savedMapping()) {
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
        mapping = session.suggestion();
        draft.savedMappingName.clear();
        m_origin->setText(tr("Suggested from the column headers, the first %Ln answer row(s) "
                             "and the project's names: check every row before going on.",
                             nullptr, int(session.sample().size())));
    }
    m_surveyName->setText(QFileInfo(draft.file).completeBaseName());
    const QStringList vendors = names(repository.vendors());
    m_vendor->clear();
    m_vendor->addItem(QString());
    m_vendor->addItems(vendors);
    m_bulkVendor->clear();
    m_bulkVendor->addItem(QString());
    m_bulkVendor->addItems(vendors);
    showMapping(mapping);
    m_problem->clear();
}

void ImportMappingPage::showMapping(const ImportMapping &mapping)
{
    ImportDraft &draft = m_wizard->draft();
    ImportSession &session = *draft.session;
    const ProjectRepository &repository = m_wizard->document()->repository();
    m_started = mapping;
    ImportMappingModel::Names known;
    known.vendors = names(repository.vendors());
    for (const Subprocess &subprocess : repository.subprocesses())
        known.subprocesses.append(subprocess.name);
    for (const Factor &factor : repository.factors())
        known.factors.append(factor.name);
    m_model->setSource(session.layout().headers, session.sample(), mapping, known);
    m_table->resizeColumnToContents(ImportMappingModel::RoleColumn);
    m_table->setColumnWidth(ImportMappingModel::SampleColumn, 160);
    m_table->setColumnWidth(ImportMappingModel::TargetColumn, 230);
    m_table->setColumnWidth(ImportMappingModel::VendorColumn, 130);
    m_table->setColumnWidth(ImportMappingModel::AnswersColumn, 140);
    m_vendor->setCurrentText(mapping.vendor);
    const Scale scale = mapping.scale.value_or(repository.projectInfo().scale);
    m_scaleMin->setValue(scale.min);
    m_scaleMax->setValue(scale.max);
    m_scaleNeutral->setValue(scale.neutral);
    QStringList codes;
    for (const double code : mapping.missingCodes)
        codes.append(QLocale::c().toString(code));
    m_missingCodes->setText(codes.join(QStringLiteral(", ")));
    m_idFromRow->setChecked(mapping.idFromRow);
    m_createMissing->setChecked(mapping.createMissing);
}

QList<int> ImportMappingPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ImportMappingPage::applyToSelection(ColumnRole role, const QString &vendor)
{
    const QList<int> rows = selectedRows();
    m_model->applyToRows(rows, role, vendor);
    // A grid's options that the project does not have yet are to be added.
    const ProjectRepository &repository = m_wizard->document()->repository();
    QStringList known;
    if (ImportMappingModel::namesSubprocess(role)) {
        for (const Subprocess &subprocess : repository.subprocesses())
            known.append(subprocess.name.toCaseFolded());
    } else if (ImportMappingModel::namesFactor(role)) {
        for (const Factor &factor : repository.factors())
            known.append(factor.name.toCaseFolded());
    } else {
        return;
    }
    for (const int row : rows) {
        if (!known.contains(m_model->column(row).target.toCaseFolded()))
            m_createMissing->setChecked(true);
    }
}

void ImportMappingPage::editCoding()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QStringList answers;
    for (const QStringList &sample : m_wizard->draft().session->sample()) {
        for (const int row : rows) {
            const QString cell = sample.value(row).trimmed();
            double number = 0.0;
            if (!cell.isEmpty() && !AnswerDecoder::parseNumber(cell, &number)
                && !answers.contains(cell) && answers.size() < 40)
                answers.append(cell);
        }
    }
    ColumnCodingDialog dialog(m_model->column(rows.first()).coding, answers, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->setCoding(rows, dialog.coding());
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping mapping = m_started; // shared labels and anything else the page does not show
    mapping.headerRows = m_headerRows;
    mapping.columns = m_model->columns();
    mapping.vendor = m_vendor->currentText().trimmed();
    mapping.scale = Scale{m_scaleMin->value(), m_scaleMax->value(), m_scaleNeutral->value()};
    mapping.missingCodes.clear();
    const QStringList codes = m_missingCodes->text().split(
        QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &code : codes) {
        bool ok = false;
        const double value = QLocale::c().toDouble(code, &ok);
        if (ok)
            mapping.missingCodes.append(value);
    }
    mapping.idFromRow = m_idFromRow->isChecked();
    mapping.createMissing = m_createMissing->isChecked();
    mapping.surveyName = m_surveyName->text().trimmed();
    return mapping;
}

bool ImportMappingPage::validatePage()
{
    const ImportMapping candidate = mapping();
    const QString why = candidate.problem(m_wizard->draft().session->layout().headers);
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
