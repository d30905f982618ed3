#pragma once

#include "import/valuecoding.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QTableWidget;

namespace Peakend {

// How the answers of the chosen columns are coded: their own scale (mapped onto the wave's),
// reversed or not, numbers for text answers (an empty number: no answer), codes for no
// answer. answers: the distinct text answers seen, offered as labels to give numbers to.
class ColumnCodingDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnCodingDialog(const ValueCoding &coding, const QStringList &answers,
                       QWidget *parent = nullptr);

    ValueCoding coding() const;

private:
    QCheckBox *m_ownScale;
    QDoubleSpinBox *m_min;
    QDoubleSpinBox *m_max;
    QCheckBox *m_reversed;
    QTableWidget *m_labels;
    QLineEdit *m_missing;
};

} // namespace Peakend
