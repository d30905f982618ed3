#pragma once

#include "document/change.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

namespace Peakend {

class ProjectDocument;

// The project explorer's tree: vendors, subprocesses by phase, factors, touchpoints,
// surveys, segments (the latest wave's respondent attributes and their values), CEM cycles
// and critical incidents. Column 0 is the name, column 1 a short
// detail (own company, channel, respondents, step reached …).
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind {
        Group,
        Phase,
        Vendor,
        Subprocess,
        Factor,
        Touchpoint,
        Survey,
        Attribute, // a respondent attribute of the latest wave ("company size")
        Segment,   // one of its values, or a saved segment: respondents to filter the charts by
        Cycle,
        Incident
    };
    Q_ENUM(NodeKind)
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        SegmentRole /* its definition, see SegmentDefinition */
    };

    explicit ProjectTreeModel(QObject *parent = nullptr);

    // A node's identity across rebuilds of the tree: its kind and id, or a group's name.
    static QString nodeKey(const QModelIndex &index);

    // The document may be null (no project open); the model follows its changes.
    void setDocument(ProjectDocument *document);
    // Rebuilds every text, e.g. after the UI language changed.
    void reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeKind kind;
        qint64 id;
        QString name;
        QString detail;
        int parent; // index into m_nodes, -1 for top-level groups
        int row;
        QList<int> children;
    };

    int addNode(NodeKind kind, qint64 id, const QString &name, const QString &detail, int parent);
    void build();
    void onChanged(const ProjectChange &change);
    QModelIndex indexOf(int node, int column) const;
    int itemCount(int node) const;

    QPointer<ProjectDocument> m_document;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace Peakend
