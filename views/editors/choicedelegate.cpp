#include "choicedelegate.h"

#include "itemmodels/cataloguemodel.h"

#include <QComboBox>

namespace Peakend {

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QVariant choices = index.data(CatalogueModel::ChoicesRole);
    if (!choices.isValid())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setEditable(index.data(CatalogueModel::FreeChoiceRole).toBool());
    for (const QVariant &choice : choices.toList()) {
        const QVariantList pair = choice.toList();
        combo->addItem(pair.value(0).toString(), pair.value(1));
    }
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    if (combo->isEditable())
        combo->setCurrentText(value.toString());
    for (int i = 0; i < combo->count(); ++i) {
        const QVariant key = combo->itemData(i);
        if (key == value || (!key.isValid() && !value.isValid()))
            combo->setCurrentIndex(i);
    }
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index,
                       combo->isEditable() ? QVariant(combo->currentText()) : combo->currentData());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Peakend
