#include "projecttreemodel.h"

#include "analysis/segmentdefinition.h"
#include "document/projectdocument.h"

#include <QHash>
#include <QMap>

namespace Peakend {

ProjectTreeModel::ProjectTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

QString ProjectTreeModel::nodeKey(const QModelIndex &index)
{
    const auto *model = qobject_cast<const ProjectTreeModel *>(index.model());
    if (!model || !index.isValid())
        return QString();
    const Node &node = model->m_nodes.at(int(index.internalId())); // a group without its count
    return QStringLiteral("%1/%2/%3").arg(int(node.kind)).arg(node.id).arg(node.name);
}

void ProjectTreeModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &ProjectTreeModel::onChanged);
    reload();
}

void ProjectTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    if (m_document)
        build();
    endResetModel();
}

int ProjectTreeModel::addNode(NodeKind kind, qint64 id, const QString &name, const QString &detail,
                              int parent)
{
    const int node = int(m_nodes.size());
    const int row = int(parent < 0 ? m_topLevel.size() : m_nodes.at(parent).children.size());
    m_nodes.append({kind, id, name, detail, parent, row, {}});
    // Only now take a reference: the append may have moved every node.
    (parent < 0 ? m_topLevel : m_nodes[parent].children).append(node);
    return node;
}

void ProjectTreeModel::build()
{
    const ProjectRepository &data = m_document->repository();

    const int vendors = addNode(NodeKind::Group, 0, tr("Vendors"), QString(), -1);
    for (const Vendor &vendor : data.vendors())
        addNode(NodeKind::Vendor, vendor.id, vendor.name,
                vendor.isOwn ? tr("own company") : QString(), vendors);

    const int subprocesses = addNode(NodeKind::Group, 0, tr("Subprocesses"), QString(), -1);
    int phaseNodes[phaseCount];
    for (int phase = 0; phase < phaseCount; ++phase)
        phaseNodes[phase] = addNode(NodeKind::Phase, phase, PhaseNames::name(Phase(phase)),
                                    QString(), subprocesses);
    for (const Subprocess &subprocess : data.subprocesses())
        addNode(NodeKind::Subprocess, subprocess.id, subprocess.name,
                subprocess.carriesBrand ? tr("carries the brand") : QString(),
                phaseNodes[int(subprocess.phase)]);

    const int factors = addNode(NodeKind::Group, 0, tr("Factors"), QString(), -1);
    for (const Factor &factor : data.factors())
        addNode(NodeKind::Factor, factor.id, factor.name,
                factor.carriesBrand ? tr("carries the brand") : QString(), factors);

    QHash<qint64, QString> channelNames;
    for (const Channel &channel : data.channels())
        channelNames.insert(channel.id, channel.name);
    const int touchpoints = addNode(NodeKind::Group, 0, tr("Touchpoints"), QString(), -1);
    for (const Touchpoint &touchpoint : data.touchpoints())
        addNode(NodeKind::Touchpoint, touchpoint.id, touchpoint.name,
                channelNames.value(touchpoint.channelId), touchpoints);

    const int surveys = addNode(NodeKind::Group, 0, tr("Surveys"), QString(), -1);
    for (const Survey &survey : data.surveys()) {
        // The workshop's scores are the room's, not a respondent's.
        addNode(NodeKind::Survey, survey.id, survey.name,
                survey.sourceFormat == ProjectRepository::workshopFormat()
                    ? tr("workshop ratings, scale %1").arg(survey.scale.toText())
                    : tr("%Ln respondent(s), scale %1", nullptr,
                         int(data.respondents(survey.id).size()))
                          .arg(survey.scale.toText()),
                surveys);
    }

    // Segments: the latest wave's attributes with few enough values to compare.
    const int segments = addNode(NodeKind::Group, 0, tr("Segments"), QString(), -1);
    for (const Segment &saved : data.segments())
        addNode(NodeKind::Segment, saved.id, saved.name, saved.definition, segments);
    const QList<Survey> waves = data.surveys();
    if (!waves.isEmpty()) {
        QMap<QString, QMap<QString, int>> counts; // attribute → value → respondents
        for (const RespondentAttribute &attribute : data.respondentAttributes(waves.last().id))
            ++counts[attribute.name][attribute.value];
        for (auto attribute = counts.cbegin(); attribute != counts.cend(); ++attribute) {
            if (attribute->size() > 20)
                continue; // ids and free text are not segments
            const int node = addNode(NodeKind::Attribute, 0, attribute.key(), QString(), segments);
            for (auto value = attribute->cbegin(); value != attribute->cend(); ++value)
                addNode(NodeKind::Segment, 0, value.key(),
                        tr("%Ln respondent(s)", nullptr, value.value()), node);
        }
    }

    const int cycles = addNode(NodeKind::Group, 0, tr("CEM cycles"), QString(), -1);
    for (const CemCycle &cycle : data.cycles())
        addNode(NodeKind::Cycle, cycle.id, cycle.name, tr("step %1 of 7").arg(cycle.currentStep),
                cycles);

    const int incidents = addNode(NodeKind::Group, 0, tr("Critical incidents"), QString(), -1);
    for (const CriticalIncident &incident : data.incidents())
        addNode(NodeKind::Incident, incident.id, incident.description,
                incident.polarity == Polarity::Positive
                    ? tr("positive, %1").arg(incident.occurredOn)
                    : tr("negative, %1").arg(incident.occurredOn),
                incidents);
}

void ProjectTreeModel::onChanged(const ProjectChange &change)
{
    static const QHash<Field, NodeKind> renames{
        {Field::VendorName, NodeKind::Vendor}, {Field::SubprocessName, NodeKind::Subprocess},
        {Field::FactorName, NodeKind::Factor}, {Field::TouchpointName, NodeKind::Touchpoint},
        {Field::SurveyName, NodeKind::Survey}, {Field::CycleName, NodeKind::Cycle}};
    const auto rename = renames.constFind(change.field);
    if (rename != renames.cend()) {
        for (int node = 0; node < m_nodes.size(); ++node) {
            if (m_nodes[node].kind == *rename && m_nodes[node].id == change.rowId) {
                m_nodes[node].name
                    = m_document->repository().value(change.field, change.rowId).toString();
                const QModelIndex changed = indexOf(node, 0);
                emit dataChanged(changed, changed, {Qt::DisplayRole, Qt::ToolTipRole});
                return;
            }
        }
    }
    if (change.what & ~Changes(ChangeFlag::Project))
        reload();
}

int ProjectTreeModel::itemCount(int node) const
{
    // Phases are headings, not items: "Subprocesses (25)", not "(3)".
    int count = 0;
    for (const int child : m_nodes.at(node).children)
        count += m_nodes.at(child).kind == NodeKind::Phase ? itemCount(child) : 1;
    return count;
}

QModelIndex ProjectTreeModel::indexOf(int node, int column) const
{
    return createIndex(m_nodes.at(node).row, column, quintptr(node));
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &siblings
        = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_topLevel;
    return indexOf(siblings.at(row), column);
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    return parentNode < 0 ? QModelIndex() : indexOf(parentNode, 0);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return node.kind == NodeKind::Group ? QStringLiteral("%1 (%2)").arg(node.name).arg(
                       itemCount(int(index.internalId())))
                                                : node.name;
        return node.detail;
    case Qt::ToolTipRole:
        return node.detail.isEmpty() ? node.name : node.name + QStringLiteral(" — ") + node.detail;
    case KindRole:
        return QVariant::fromValue(node.kind);
    case IdRole:
        return node.id;
    case SegmentRole:
        if (node.kind != NodeKind::Segment)
            return {};
        if (node.id != 0) // saved: its definition is the detail
            return node.detail;
        return SegmentDefinition::format(
            {QString(), {{m_nodes.at(node.parent).name, {node.name}}}});
    default:
        return {};
    }
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Name") : tr("Details");
}

} // namespace Peakend
