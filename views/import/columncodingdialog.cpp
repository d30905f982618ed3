#include "columncodingdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Peakend {

ColumnCodingDialog::ColumnCodingDialog(const ValueCoding &coding, const QStringList &answers,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ownScale(new QCheckBox(tr("The answers are on a scale of their &own:"), this))
    , m_min(new QDoubleSpinBox(this))
    , m_max(new QDoubleSpinBox(this))
    , m_reversed(new QCheckBox(tr("&Reversed: the lowest answer is the best (a rank)"), this))
    , m_labels(new QTableWidget(0, 3, this))
    , m_missing(new QLineEdit(this))
{
    setWindowTitle(tr("How the Answers Are Coded"));
    for (QDoubleSpinBox *box : {m_min, m_max}) {
        box->setRange(-1000000.0, 1000000.0);
        box->setDecimals(2);
    }
    m_ownScale->setChecked(coding.hasOwnScale());
    m_min->setValue(coding.hasOwnScale() ? coding.min : 1.0);
    m_max->setValue(coding.hasOwnScale() ? coding.max : 5.0);
    m_min->setEnabled(coding.hasOwnScale());
    m_max->setEnabled(coding.hasOwnScale());
    connect(m_ownScale, &QCheckBox::toggled, m_min, &QWidget::setEnabled);
    connect(m_ownScale, &QCheckBox::toggled, m_max, &QWidget::setEnabled);
    m_reversed->setChecked(coding.reversed);

    m_labels->setColumnCount(3);
    m_labels->setHorizontalHeaderLabels({tr("Answer"), tr("Number"), tr("No answer")});
    m_labels->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_labels->verticalHeader()->hide();
    QStringList texts = coding.labels.keys();
    for (const QString &answer : answers) {
        const bool known = std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            return text.compare(answer, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            texts.append(answer);
    }
    m_labels->setRowCount(int(texts.size()));
    for (int row = 0; row < texts.size(); ++row) {
        auto *answer = new QTableWidgetItem(texts.at(row));
        answer->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_labels->setItem(row, 0, answer);
        const double value = coding.labels.value(texts.at(row), qQNaN());
        m_labels->setItem(
            row, 1,
            new QTableWidgetItem(std::isnan(value) ? QString() : QLocale().toString(value)));
        auto *none = new QTableWidgetItem;
        none->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool noAnswer = coding.labels.contains(texts.at(row)) && std::isnan(value);
        none->setCheckState(noAnswer ? Qt::Checked : Qt::Unchecked);
        m_labels->setItem(row, 2, none);
    }
    QStringList codes;
    for (const double code : coding.missing)
        codes.append(QLocale().toString(code));
    m_missing->setText(codes.join(QStringLiteral(", ")));
    m_missing->setPlaceholderText(tr("for example -99, 9"));

    auto *scale = new QHBoxLayout;
    scale->addWidget(m_ownScale);
    scale->addWidget(m_min);
    scale->addWidget(new QLabel(tr("to"), this));
    scale->addWidget(m_max);
    scale->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Numbers meaning no &answer:"), m_missing);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Answers on a scale of their own are mapped in proportion onto "
                               "the wave's scale (1–11 onto 0–10, 1–5 onto 1–10 …)."),
                            this);
    note->setWordWrap(true);
    layout->addLayout(scale);
    layout->addWidget(note);
    layout->addWidget(m_reversed);
    layout->addWidget(new QLabel(tr("Text answers and the numbers they stand for:"), this));
    layout->addWidget(m_labels, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ValueCoding ColumnCodingDialog::coding() const
{
    ValueCoding coding;
    if (m_ownScale->isChecked() && m_min->value() < m_max->value()) {
        coding.min = m_min->value();
        coding.max = m_max->value();
    }
    coding.reversed = m_reversed->isChecked();
    for (int row = 0; row < m_labels->rowCount(); ++row) {
        const QString answer = m_labels->item(row, 0)->text();
        bool ok = false;
        const double value = QLocale().toDouble(m_labels->item(row, 1)->text().trimmed(), &ok);
        // An answer with neither a number nor "no answer" stays a text the import reports.
        if (m_labels->item(row, 2)->checkState() == Qt::Checked)
            coding.labels.insert(answer, qQNaN());
        else if (ok)
            coding.labels.insert(answer, value);
    }
    for (const QString &part : m_missing->text().split(
             QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double value = QLocale().toDouble(part, &ok);
        if (ok)
            coding.missing.append(value);
    }
    return coding;
}

} // namespace Peakend
