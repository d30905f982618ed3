#include "cataloguemodel.h"

#include "analysis/segmentdefinition.h"
#include "commands/changevalue.h"
#include "commands/reorderitems.h"
#include "document/projectdocument.h"
#include "domain/phase.h"
#include "draftrequirementsmodel.h"
#include "enterednumber.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <cmath>

namespace Peakend {

namespace {
const QString rowsMimeType = QStringLiteral("application/x-peakend-catalogue-rows");

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}
} // namespace

CatalogueModel::CatalogueModel(Catalogue catalogue, QObject *parent)
    : DocumentTableModel(parent), m_catalogue(catalogue)
{
    using K = ColumnKind;
    switch (catalogue) {
    case Catalogue::Vendors:
        m_columns = {{Field::VendorName, K::Text},
                     {Field::VendorIsOwn, K::Check},
                     {Field::VendorColor, K::Colour}};
        break;
    case Catalogue::Subprocesses:
        m_columns = {{Field::SubprocessName, K::Text},
                     {Field::SubprocessPhase, K::Choice},
                     {Field::SubprocessCarriesBrand, K::Check}};
        break;
    case Catalogue::Factors:
        m_columns = {{Field::FactorName, K::Text}, {Field::FactorCarriesBrand, K::Check}};
        break;
    case Catalogue::Channels:
        m_columns = {{Field::ChannelName, K::Text}};
        break;
    case Catalogue::Touchpoints:
        m_columns = {{Field::TouchpointName, K::Text},
                     {Field::TouchpointChannel, K::Choice},
                     {Field::TouchpointSubprocess, K::Choice}};
        break;
    case Catalogue::Segments:
        m_columns = {{Field::SegmentName, K::Text}, {Field::SegmentDefinition, K::Text}};
        break;
    case Catalogue::Requirements:
        m_columns = {{Field::RequirementTitle, K::Text},
                     {Field::RequirementOwner, K::Text},
                     {Field::RequirementCost, K::Number},
                     {Field::RequirementDecision, K::Choice}};
        break;
    case Catalogue::Kpis:
        m_columns = {{Field::KpiName, K::Text},
                     {Field::KpiUnit, K::Text},
                     {Field::KpiRequirement, K::Choice}};
        break;
    case Catalogue::Incidents:
        m_columns = {{Field::IncidentOccurredOn, K::Text},
                     {Field::IncidentTouchpoint, K::Choice},
                     {Field::IncidentPolarity, K::Choice},
                     {Field::IncidentDescription, K::Text},
                     {Field::IncidentResponseHours, K::Number}};
        break;
    }
}

Field CatalogueModel::field(int column) const
{
    return m_columns.at(column).field;
}

CatalogueModel::ColumnKind CatalogueModel::columnKind(int column) const
{
    return m_columns.at(column).kind;
}

qint64 CatalogueModel::idAt(int row) const
{
    return m_rows.at(row).id;
}

int CatalogueModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

bool CatalogueModel::isOrdered() const
{
    return m_catalogue != Catalogue::Incidents && m_catalogue != Catalogue::Channels;
}

Changes CatalogueModel::watchedChanges() const
{
    switch (m_catalogue) {
    case Catalogue::Vendors:
        return ChangeFlag::Vendors;
    case Catalogue::Subprocesses:
        return ChangeFlag::Subprocesses;
    case Catalogue::Factors:
        return ChangeFlag::Factors;
    case Catalogue::Channels:
        return ChangeFlag::Touchpoints;
    case Catalogue::Touchpoints: // names of channels and subprocesses in its choices
        return Changes(ChangeFlag::Touchpoints) | ChangeFlag::Subprocesses;
    case Catalogue::Incidents:
        return Changes(ChangeFlag::Incidents) | ChangeFlag::Touchpoints;
    case Catalogue::Segments:
        return ChangeFlag::Segments;
    case Catalogue::Requirements: // of the latest cycle
        return Changes(ChangeFlag::Requirements) | ChangeFlag::Cycles;
    case Catalogue::Kpis: // of the latest cycle, linked to its requirements
        return Changes(ChangeFlag::Kpis) | ChangeFlag::Cycles | ChangeFlag::Requirements;
    }
    return ChangeFlag::All;
}

QList<CatalogueModel::Row> CatalogueModel::load() const
{
    auto *self = const_cast<CatalogueModel *>(this);
    self->m_choices.clear();
    for (int column = 0; column < m_columns.size(); ++column)
        self->m_choices.append(choices(column));
    QList<Row> rows;
    if (!m_document)
        return rows;
    const ProjectRepository &repository = m_document->repository();
    switch (m_catalogue) {
    case Catalogue::Vendors:
        for (const Vendor &vendor : repository.vendors())
            rows.append({vendor.id, {vendor.name, vendor.isOwn, vendor.color}});
        break;
    case Catalogue::Subprocesses:
        for (const Subprocess &subprocess : repository.subprocesses())
            rows.append(
                {subprocess.id, {subprocess.name, int(subprocess.phase), subprocess.carriesBrand}});
        break;
    case Catalogue::Factors:
        for (const Factor &factor : repository.factors())
            rows.append({factor.id, {factor.name, factor.carriesBrand}});
        break;
    case Catalogue::Channels:
        for (const Channel &channel : repository.channels())
            rows.append({channel.id, {channel.name}});
        break;
    case Catalogue::Touchpoints:
        for (const Touchpoint &touchpoint : repository.touchpoints())
            rows.append({touchpoint.id,
                         {touchpoint.name, idOrNull(touchpoint.channelId),
                          idOrNull(touchpoint.subprocessId)}});
        break;
    case Catalogue::Segments:
        for (const Segment &segment : repository.segments())
            rows.append({segment.id, {segment.name, segment.definition}});
        break;
    case Catalogue::Requirements: {
        const QList<CemCycle> cycles = repository.cycles();
        for (const Requirement &requirement :
             cycles.isEmpty() ? QList<Requirement>() : repository.requirements(cycles.last().id))
            rows.append({requirement.id,
                         {requirement.title, requirement.owner,
                          std::isnan(requirement.costEstimate) ? QVariant()
                                                               : QVariant(requirement.costEstimate),
                          int(requirement.decision)}});
        break;
    }
    case Catalogue::Kpis: {
        const QList<CemCycle> cycles = repository.cycles();
        for (const Kpi &kpi : cycles.isEmpty() ? QList<Kpi>() : repository.kpis(cycles.last().id))
            rows.append({kpi.id, {kpi.name, kpi.unit, idOrNull(kpi.requirementId)}});
        break;
    }
    case Catalogue::Incidents:
        for (const CriticalIncident &incident : repository.incidents())
            rows.append({incident.id,
                         {incident.occurredOn, idOrNull(incident.touchpointId),
                          int(incident.polarity), incident.description,
                          std::isnan(incident.responseHours) ? QVariant()
                                                             : QVariant(incident.responseHours)}});
        break;
    }
    return rows;
}

QList<std::pair<QString, QVariant>> CatalogueModel::choices(int column) const
{
    QList<std::pair<QString, QVariant>> result;
    if (m_columns.at(column).kind != ColumnKind::Choice)
        return result;
    const Field field = m_columns.at(column).field;
    if (field == Field::SubprocessPhase) {
        for (int phase = 0; phase < phaseCount; ++phase)
            result.append({PhaseNames::name(Phase(phase)), phase});
        return result;
    }
    if (field == Field::RequirementDecision) {
        for (const auto decision :
             {Decision::Undecided, Decision::Do, Decision::Later, Decision::Drop})
            result.append({DraftRequirementsModel::decisionName(decision), int(decision)});
        return result;
    }
    if (field == Field::IncidentPolarity)
        return {{tr("positive"), int(Polarity::Positive)},
                {tr("negative"), int(Polarity::Negative)}};
    result.append({tr("(none)"), QVariant()});
    if (!m_document)
        return result;
    const ProjectRepository &repository = m_document->repository();
    if (field == Field::TouchpointChannel) {
        for (const Channel &channel : repository.channels())
            result.append({channel.name, channel.id});
    } else if (field == Field::TouchpointSubprocess) {
        for (const Subprocess &subprocess : repository.subprocesses())
            result.append({subprocess.name, subprocess.id});
    } else if (field == Field::KpiRequirement) {
        const QList<CemCycle> cycles = repository.cycles();
        for (const Requirement &requirement :
             cycles.isEmpty() ? QList<Requirement>() : repository.requirements(cycles.last().id))
            result.append({requirement.title, requirement.id});
    } else if (field == Field::IncidentTouchpoint) {
        for (const Touchpoint &touchpoint : repository.touchpoints())
            result.append({touchpoint.name, touchpoint.id});
    }
    return result;
}

void CatalogueModel::reload()
{
    QList<Row> rows = load();
    bool sameRows = rows.size() == m_rows.size();
    for (int row = 0; sameRows && row < rows.size(); ++row)
        sameRows = rows.at(row).id == m_rows.at(row).id;
    replace(sameRows, [&] { m_rows = rows; });
}

void CatalogueModel::projectChanged(const ProjectChange &change)
{
    if (!(change.what & watchedChanges()))
        return;
    if (change.isValueChange()) {
        const int row = rowOf(change.rowId);
        for (int column = 0; row >= 0 && column < m_columns.size(); ++column) {
            if (m_columns.at(column).field != change.field)
                continue;
            // Only this cell changed: read the rows again, tell the views about the one cell.
            const QList<Row> rows = load();
            if (rows.size() == m_rows.size() && rows.at(row).id == change.rowId) {
                m_rows = rows;
                emit dataChanged(index(row, column), index(row, column));
                return;
            }
        }
    }
    reload();
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString CatalogueModel::displayText(int row, int column) const
{
    const QVariant &value = m_rows.at(row).values.at(column);
    switch (m_columns.at(column).kind) {
    case ColumnKind::Text:
    case ColumnKind::Colour:
        return value.toString();
    case ColumnKind::Check:
        return QString();
    case ColumnKind::Number:
        return value.isValid() ? QLocale().toString(value.toDouble(), 'g', 6) : QString();
    case ColumnKind::Choice:
        for (const auto &[label, key] : m_choices.at(column)) {
            if (key == value || (!key.isValid() && !value.isValid()))
                return label;
        }
        return QString();
    }
    return QString();
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant &value = m_rows.at(index.row()).values.at(index.column());
    const ColumnKind kind = m_columns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    case Qt::EditRole:
        return kind == ColumnKind::Check ? QVariant() : value;
    case Qt::CheckStateRole:
        return kind == ColumnKind::Check ? QVariant(value.toBool() ? Qt::Checked : Qt::Unchecked)
                                         : QVariant();
    case Qt::DecorationRole:
        return kind == ColumnKind::Colour && QColor(value.toString()).isValid()
                   ? QVariant(QColor(value.toString()))
                   : QVariant();
    case IdRole:
        return m_rows.at(index.row()).id;
    case ChoicesRole: {
        QVariantList list;
        for (const auto &[label, key] : m_choices.at(index.column()))
            list.append(QVariant(QVariantList{label, key}));
        return kind == ColumnKind::Choice ? QVariant(list) : QVariant();
    }
    default:
        return {};
    }
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_columns.size())
        return {};
    switch (m_columns.at(section).field) {
    case Field::VendorName:
    case Field::SubprocessName:
    case Field::FactorName:
    case Field::TouchpointName:
    case Field::ChannelName:
    case Field::KpiName:
        return tr("Name");
    case Field::RequirementTitle:
        return tr("Requirement");
    case Field::RequirementOwner:
        return tr("Owner");
    case Field::RequirementCost:
        return tr("Cost estimate");
    case Field::RequirementDecision:
        return tr("Decision");
    case Field::KpiUnit:
        return tr("Unit");
    case Field::SegmentName:
        return tr("Segment");
    case Field::SegmentDefinition:
        return tr("Respondents (attribute = value | value; …)");
    case Field::KpiRequirement:
        return tr("Tracks requirement");
    case Field::VendorIsOwn:
        return tr("Own company");
    case Field::VendorColor:
        return tr("Colour");
    case Field::SubprocessPhase:
        return tr("Phase");
    case Field::SubprocessCarriesBrand:
    case Field::FactorCarriesBrand:
        return tr("Carries the brand");
    case Field::TouchpointChannel:
        return tr("Channel");
    case Field::TouchpointSubprocess:
        return tr("Subprocess");
    case Field::IncidentOccurredOn:
        return tr("Date");
    case Field::IncidentTouchpoint:
        return tr("Touchpoint");
    case Field::IncidentPolarity:
        return tr("Polarity");
    case Field::IncidentDescription:
        return tr("What happened");
    case Field::IncidentResponseHours:
        return tr("Answered after (hours)");
    default:
        return {};
    }
}

Qt::ItemFlags CatalogueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = DocumentTableModel::flags(index);
    if (!index.isValid())
        return isOrdered() ? flags | Qt::ItemIsDropEnabled : flags;
    const bool writable = m_document && !m_document->isReadOnly();
    if (isOrdered())
        flags |= Qt::ItemIsDragEnabled;
    if (!writable)
        return flags;
    return m_columns.at(index.column()).kind == ColumnKind::Check ? flags | Qt::ItemIsUserCheckable
                                                                  : flags | Qt::ItemIsEditable;
}

bool CatalogueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document
        || m_document->isReadOnly())
        return false;
    const Column &column = m_columns.at(index.column());
    QVariant stored;
    switch (column.kind) {
    case ColumnKind::Check:
        if (role != Qt::CheckStateRole)
            return false;
        stored = value.toInt() == Qt::Checked;
        break;
    case ColumnKind::Text:
    case ColumnKind::Colour: {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && index.column() == 0)
            return false; // every row keeps a name (or a date)
        if (column.kind == ColumnKind::Colour && !text.isEmpty() && !QColor(text).isValid())
            return false;
        if (column.field == Field::SegmentDefinition) {
            QString error;
            SegmentDefinition::parse(text, &error);
            if (!error.isEmpty()) {
                m_document->reportError(error); // the window says what to write instead
                return false;
            }
        }
        stored = column.kind == ColumnKind::Colour && !text.isEmpty() ? QColor(text).name() : text;
        break;
    }
    case ColumnKind::Number: {
        if (role != Qt::EditRole)
            return false;
        const std::optional<double> number = enteredNumber(value);
        if (!number || *number < 0)
            return false;
        if (!std::isnan(*number)) // empty: not answered
            stored = *number;
        break;
    }
    case ColumnKind::Choice:
        if (role != Qt::EditRole)
            return false;
        stored = value.isValid() && value.toLongLong() == 0
                         && column.field != Field::SubprocessPhase
                         && column.field != Field::RequirementDecision
                     ? QVariant()
                     : value;
        break;
    }
    if (stored == m_rows.at(index.row()).values.at(index.column()))
        return true;
    const QString text = QCoreApplication::translate("Undo", "Set %1 of “%2”")
                             .arg(headerData(index.column(), Qt::Horizontal).toString().toLower(),
                                  displayText(index.row(), 0));
    m_document->undoStack()->push(
        new ChangeValue(m_document, column.field, m_rows.at(index.row()).id, stored, text));
    return true;
}

bool CatalogueModel::moveRow(int from, int to)
{
    if (!m_document || m_document->isReadOnly() || !isOrdered() || from < 0 || from >= m_rows.size()
        || to < 0 || to > m_rows.size() || to == from || to == from + 1)
        return false;
    QList<qint64> order;
    for (const Row &row : std::as_const(m_rows))
        order.append(row.id);
    const qint64 moved = order.takeAt(from);
    order.insert(to > from ? to - 1 : to, moved);
    Field position = Field::None;
    switch (m_catalogue) {
    case Catalogue::Vendors:
        position = Field::VendorPosition;
        break;
    case Catalogue::Subprocesses:
        position = Field::SubprocessPosition;
        break;
    case Catalogue::Factors:
        position = Field::FactorPosition;
        break;
    case Catalogue::Touchpoints:
        position = Field::TouchpointPosition;
        break;
    case Catalogue::Requirements:
        position = Field::RequirementPosition;
        break;
    case Catalogue::Kpis:
        position = Field::KpiPosition;
        break;
    case Catalogue::Segments:
        position = Field::SegmentPosition;
        break;
    case Catalogue::Channels:
    case Catalogue::Incidents:
        return false;
    }
    m_document->undoStack()->push(new ReorderItems(
        m_document, position, order,
        QCoreApplication::translate("Undo", "Move “%1”").arg(displayText(from, 0))));
    return true;
}

Qt::DropActions CatalogueModel::supportedDropActions() const
{
    return isOrdered() ? Qt::MoveAction : Qt::IgnoreAction;
}

QStringList CatalogueModel::mimeTypes() const
{
    return {rowsMimeType};
}

QMimeData *CatalogueModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << indexes.first().row();
    data->setData(rowsMimeType, bytes);
    return data;
}

bool CatalogueModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(rowsMimeType))
        return false;
    QDataStream stream(data->data(rowsMimeType));
    int from = -1;
    stream >> from;
    const int to = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    moveRow(from, to);
    // The command has moved the rows already (the model was reset): nothing for the view to
    // remove afterwards.
    return false;
}

} // namespace Peakend
