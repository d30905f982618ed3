#include "draftrequirementsmodel.h"

#include "cataloguemodel.h"
#include "draftfactorsmodel.h"
#include "enterednumber.h"
#include "export/analysisjson.h"
#include "report/reporttable.h"

#include <algorithm>
#include <cmath>

namespace Peakend {

DraftRequirementsModel::DraftRequirementsModel(const QList<Column> &columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{}

void DraftRequirementsModel::setDraft(CycleDraft *draft, const QList<Factor> &factors)
{
    beginResetModel();
    m_draft = draft;
    m_factors = factors;
    m_steps = draft ? CemSteps::compute(factors, draft->factors, draft->requirements) : CemSteps();
    endResetModel();
}

void DraftRequirementsModel::refresh()
{
    m_steps = m_draft ? CemSteps::compute(m_factors, m_draft->factors, m_draft->requirements)
                      : CemSteps();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const CemRequirementRow *DraftRequirementsModel::computed(int row) const
{
    if (!m_draft || row < 0 || row >= m_draft->requirements.size())
        return nullptr;
    const qint64 id = m_draft->requirements.at(row).id;
    for (const CemRequirementRow &computed : m_steps.requirements) {
        if (computed.requirement.id == id)
            return &computed;
    }
    return nullptr;
}

int DraftRequirementsModel::addRequirement(const QString &title)
{
    if (!m_draft)
        return -1;
    Requirement requirement;
    requirement.cycleId = m_draft->cycle.id;
    requirement.title = title;
    qint64 lowest = 0;
    int position = 0;
    for (const Requirement &other : std::as_const(m_draft->requirements)) {
        lowest = std::min(lowest, other.id);
        position = std::max(position, other.position + 1);
    }
    requirement.id = lowest - 1; // until written
    requirement.position = position;
    const int row = int(m_draft->requirements.size());
    beginInsertRows(QModelIndex(), row, row);
    m_draft->requirements.append(requirement);
    m_steps = CemSteps::compute(m_factors, m_draft->factors, m_draft->requirements);
    endInsertRows();
    emit edited();
    return row;
}

void DraftRequirementsModel::removeRequirement(int row)
{
    if (!m_draft || row < 0 || row >= m_draft->requirements.size())
        return;
    const qint64 id = m_draft->requirements.at(row).id;
    beginRemoveRows(QModelIndex(), row, row);
    m_draft->requirements.removeAt(row);
    for (Kpi &kpi : m_draft->kpis) {
        if (kpi.requirementId == id)
            kpi.requirementId = 0;
    }
    m_steps = CemSteps::compute(m_factors, m_draft->factors, m_draft->requirements);
    endRemoveRows();
    emit edited();
}

QList<qint64> DraftRequirementsModel::factorsOf(int row) const
{
    return m_draft && row >= 0 && row < m_draft->requirements.size()
               ? m_draft->requirements.at(row).factorIds
               : QList<qint64>();
}

void DraftRequirementsModel::setFactorsOf(int row, const QList<qint64> &factorIds)
{
    if (!m_draft || row < 0 || row >= m_draft->requirements.size()
        || m_draft->requirements.at(row).factorIds == factorIds)
        return;
    QList<qint64> ordered; // in factor order, as stored
    for (const Factor &factor : std::as_const(m_factors)) {
        if (factorIds.contains(factor.id))
            ordered.append(factor.id);
    }
    m_draft->requirements[row].factorIds = ordered;
    refresh();
    emit edited();
}

QString DraftRequirementsModel::columnName(Column column)
{
    switch (column) {
    case Title:
        return tr("Requirement");
    case Factors:
        return tr("Closes the gap of");
    case Owner:
        return tr("Owner");
    case Cost:
        return tr("Cost estimate");
    case Priority:
        return tr("Priority Σ |G| × I");
    case StrategicFit:
        return tr("Strategic fit");
    case People:
        return tr("People");
    case Process:
        return tr("Process");
    case Technology:
        return tr("Technology");
    case Feasibility:
        return tr("Feasibility");
    case Quadrant:
        return tr("Impact × feasibility");
    case Decision:
        return tr("Decision");
    }
    return QString();
}

QString DraftRequirementsModel::decisionName(Peakend::Decision decision)
{
    switch (decision) {
    case Decision::Undecided:
        return tr("undecided");
    case Decision::Do:
        return tr("do");
    case Decision::Later:
        return tr("later");
    case Decision::Drop:
        return tr("drop");
    }
    return QString();
}

QString DraftRequirementsModel::quadrantName(ImpactFeasibility quadrant)
{
    switch (quadrant) {
    case ImpactFeasibility::QuickWin:
        return tr("quick win");
    case ImpactFeasibility::MajorProject:
        return tr("major project");
    case ImpactFeasibility::FillIn:
        return tr("fill-in");
    case ImpactFeasibility::Reconsider:
        return tr("reconsider");
    case ImpactFeasibility::Unplaced:
        return QString();
    }
    return QString();
}

int *DraftRequirementsModel::score(Requirement &requirement, Column column) const
{
    switch (column) {
    case StrategicFit:
        return &requirement.strategicFit;
    case People:
        return &requirement.readinessPeople;
    case Process:
        return &requirement.readinessProcess;
    case Technology:
        return &requirement.readinessTechnology;
    default:
        return nullptr;
    }
}

int DraftRequirementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_draft ? 0 : int(m_draft->requirements.size());
}

int DraftRequirementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DraftRequirementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    Requirement &requirement = m_draft->requirements[index.row()];
    const CemRequirementRow *row = computed(index.row());
    const Column column = m_columns.at(index.column());
    const double priority = row ? row->priority : qQNaN();
    const double feasibility = row ? row->feasibility : qQNaN();
    if (role == Qt::TextAlignmentRole) {
        return column == Cost || column == Priority || column == Feasibility
                       || score(requirement, column)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    }
    if (role == CatalogueModel::ChoicesRole) {
        QVariantList list;
        if (score(requirement, column)) {
            list.append(QVariant(QVariantList{tr("not rated"), 0}));
            for (int value = 1; value <= 5; ++value)
                list.append(QVariant(QVariantList{QString::number(value), value}));
        } else if (column == Decision) {
            for (const auto decision :
                 {Decision::Undecided, Decision::Do, Decision::Later, Decision::Drop})
                list.append(QVariant(QVariantList{decisionName(decision), int(decision)}));
        }
        return list.isEmpty() ? QVariant() : QVariant(list);
    }
    if (role == ReportTable::DataRole)
        return reportData(index.row(), column);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != DraftFactorsModel::SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case Title:
        return requirement.title;
    case Factors: {
        QStringList names;
        for (const Factor &factor : std::as_const(m_factors)) {
            if (requirement.factorIds.contains(factor.id))
                names.append(factor.name);
        }
        return names.join(QStringLiteral(", "));
    }
    case Owner:
        return requirement.owner;
    case Cost:
        if (role == DraftFactorsModel::SortRole)
            return std::isnan(requirement.costEstimate) ? -1.0 : requirement.costEstimate;
        return std::isnan(requirement.costEstimate)
                   ? QString()
                   : QLocale().toString(requirement.costEstimate, 'g', 12);
    case Priority: // unranked (no factor with a gap and importance) sorts last
        return role == DraftFactorsModel::SortRole
                   ? QVariant(std::isnan(priority) ? -1.0 : priority)
                   : QVariant(DraftFactorsModel::number(priority));
    case Feasibility:
        return role == DraftFactorsModel::SortRole
                   ? QVariant(std::isnan(feasibility) ? -1.0 : feasibility)
                   : QVariant(DraftFactorsModel::number(feasibility));
    case Quadrant:
        return row ? quadrantName(row->quadrant) : QString();
    case Decision:
        return display ? QVariant(decisionName(requirement.decision))
                       : QVariant(int(requirement.decision));
    case StrategicFit:
    case People:
    case Process:
    case Technology: {
        const int value = *score(requirement, column);
        return display ? QVariant(value > 0 ? QString::number(value) : QString()) : QVariant(value);
    }
    }
    return {};
}

QVariant DraftRequirementsModel::reportData(int row, Column column) const
{
    Requirement &requirement = m_draft->requirements[row];
    const CemRequirementRow *computedRow = computed(row);
    switch (column) {
    case Cost:
        return requirement.costEstimate;
    case Priority:
        return computedRow ? computedRow->priority : qQNaN();
    case Feasibility:
        return computedRow ? computedRow->feasibility : qQNaN();
    case Quadrant:
        return computedRow ? AnalysisJson::quadrantKey(computedRow->quadrant) : QString();
    case Decision:
        return AnalysisJson::decisionKey(requirement.decision);
    case StrategicFit:
    case People:
    case Process:
    case Technology: { // 0: not rated
        const int value = *score(requirement, column);
        return value > 0 ? QVariant(value) : QVariant(QString());
    }
    default:
        return data(index(row, int(m_columns.indexOf(column))), Qt::DisplayRole);
    }
}

QVariant DraftRequirementsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (role == ReportTable::DataRole && orientation == Qt::Horizontal && section >= 0
        && section < m_columns.size()) {
        static const char *const keys[]
            = {"title",  "factors", "owner",      "costEstimate", "priority", "strategicFit",
               "people", "process", "technology", "feasibility",  "quadrant", "decision"};
        return QString::fromLatin1(keys[m_columns.at(section)]);
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_columns.size() ? columnName(m_columns.at(section))
                                                      : QVariant();
}

Qt::ItemFlags DraftRequirementsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    switch (m_columns.at(index.column())) {
    case Factors:
    case Priority:
    case Feasibility:
    case Quadrant:
        return flags;
    default:
        return flags | Qt::ItemIsEditable;
    }
}

bool DraftRequirementsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Requirement &requirement = m_draft->requirements[index.row()];
    const Column column = m_columns.at(index.column());
    if (int *target = score(requirement, column)) {
        bool ok = false;
        const int entered = value.toString().trimmed().isEmpty() ? 0 : value.toInt(&ok);
        if ((!ok && entered != 0) || entered < 0 || entered > 5) {
            emit refused(
                tr("Scores go from 1 to 5 (%1, %2).").arg(requirement.title, columnName(column)));
            return false;
        }
        *target = entered;
    } else if (column == Title) {
        const QString title = value.toString().trimmed();
        if (title.isEmpty()) {
            emit refused(tr("A requirement needs a title."));
            return false;
        }
        requirement.title = title;
    } else if (column == Owner) {
        requirement.owner = value.toString().trimmed();
    } else if (column == Cost) {
        const std::optional<double> cost = enteredNumber(value);
        if (!cost || *cost < 0) {
            emit refused(tr("“%1” is not a cost (%2).").arg(value.toString(), requirement.title));
            return false;
        }
        requirement.costEstimate = *cost;
    } else if (column == Decision) {
        const int decision = value.toInt();
        if (decision < int(Decision::Undecided) || decision > int(Decision::Drop))
            return false;
        requirement.decision = Peakend::Decision(decision);
    }
    refresh();
    emit edited();
    return true;
}

} // namespace Peakend
