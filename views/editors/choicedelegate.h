#pragma once

#include <QStyledItemDelegate>

namespace Peakend {

// Edits a column whose values come from a list (phase, channel, subprocess, polarity) with a
// combo box filled from the model's CatalogueModel::ChoicesRole; an editable one when the
// model's FreeChoiceRole says any text may be typed.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Peakend
