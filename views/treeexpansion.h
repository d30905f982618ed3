#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QModelIndex;
class QTreeView;

namespace Peakend {

// Keeps the nodes a user opened in a tree view open when its model is reset (the explorer is
// rebuilt after every edit), recognising each node by a key the caller gives.
class TreeExpansion : public QObject
{
    Q_OBJECT

public:
    using Key = std::function<QString(const QModelIndex &)>;
    // Follows view's model as it is now; view owns this.
    TreeExpansion(QTreeView *view, Key key);

private:
    void remember();
    void restore();

    QTreeView *m_view;
    Key m_key;
    QSet<QString> m_expanded;
};

} // namespace Peakend
