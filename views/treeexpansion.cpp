#include "treeexpansion.h"

#include <QAbstractItemModel>
#include <QTreeView>

namespace Peakend {

TreeExpansion::TreeExpansion(QTreeView *view, Key key)
    : QObject(view), m_view(view), m_key(std::move(key))
{
    connect(view->model(), &QAbstractItemModel::modelAboutToBeReset, this,
            &TreeExpansion::remember);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &TreeExpansion::restore);
}

void TreeExpansion::remember()
{
    m_expanded.clear();
    const QAbstractItemModel *model = m_view->model();
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &node) {
        for (int row = 0; row < model->rowCount(node); ++row) {
            const QModelIndex index = model->index(row, 0, node);
            if (m_view->isExpanded(index)) {
                m_expanded.insert(m_key(index));
                collect(index);
            }
        }
    };
    collect(QModelIndex());
}

void TreeExpansion::restore()
{
    const QAbstractItemModel *model = m_view->model();
    const std::function<void(const QModelIndex &)> open = [&](const QModelIndex &node) {
        for (int row = 0; row < model->rowCount(node); ++row) {
            const QModelIndex index = model->index(row, 0, node);
            if (m_expanded.contains(m_key(index))) {
                m_view->expand(index);
                open(index);
            }
        }
    };
    open(QModelIndex());
}

} // namespace Peakend
