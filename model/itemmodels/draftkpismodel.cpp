#include "draftkpismodel.h"

#include "cataloguemodel.h"
#include "enterednumber.h"
#include "report/reporttable.h"

#include <algorithm>
#include <cmath>

namespace Peakend {

// ---- DraftKpisModel ---------------------------------------------------------------------

void DraftKpisModel::setDraft(CycleDraft *draft)
{
    beginResetModel();
    m_draft = draft;
    endResetModel();
}

int DraftKpisModel::addKpi(const QString &name)
{
    if (!m_draft)
        return -1;
    Kpi kpi;
    kpi.cycleId = m_draft->cycle.id;
    kpi.name = name;
    qint64 lowest = 0;
    for (const Kpi &other : std::as_const(m_draft->kpis)) {
        lowest = std::min(lowest, other.id);
        kpi.position = std::max(kpi.position, other.position + 1);
    }
    kpi.id = lowest - 1;                   // until written
    if (m_draft->requirements.size() == 1) // the one it most likely tracks
        kpi.requirementId
            = m_draft->requirements.first().id > 0 ? m_draft->requirements.first().id : 0;
    const int row = int(m_draft->kpis.size());
    beginInsertRows(QModelIndex(), row, row);
    m_draft->kpis.append(kpi);
    endInsertRows();
    emit edited();
    return row;
}

void DraftKpisModel::removeKpi(int row)
{
    if (!m_draft || row < 0 || row >= m_draft->kpis.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_draft->kpis.removeAt(row);
    endRemoveRows();
    emit edited();
}

int DraftKpisModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_draft ? 0 : int(m_draft->kpis.size());
}

int DraftKpisModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftKpisModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Kpi &kpi = m_draft->kpis.at(index.row());
    if (index.column() == Requirement) {
        if (role == CatalogueModel::ChoicesRole) {
            QVariantList list{QVariant(QVariantList{tr("(none)"), 0})};
            for (const auto &requirement : std::as_const(m_draft->requirements))
                list.append(QVariant(QVariantList{requirement.title, requirement.id}));
            return list;
        }
        if (role == Qt::EditRole)
            return kpi.requirementId;
        if (role != Qt::DisplayRole)
            return {};
        for (const auto &requirement : std::as_const(m_draft->requirements)) {
            if (requirement.id == kpi.requirementId)
                return requirement.title;
        }
        return QString();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return index.column() == Name ? kpi.name : kpi.unit;
}

QVariant DraftKpisModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == ReportTable::DataRole && orientation == Qt::Horizontal)
        return section == Name   ? QStringLiteral("name")
               : section == Unit ? QStringLiteral("unit")
                                 : QStringLiteral("requirement");
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("KPI");
    case Unit:
        return tr("Unit");
    case Requirement:
        return tr("Requirement");
    default:
        return {};
    }
}

Qt::ItemFlags DraftKpisModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable
                           : QAbstractTableModel::flags(index);
}

bool DraftKpisModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Kpi &kpi = m_draft->kpis[index.row()];
    switch (index.column()) {
    case Name: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        kpi.name = name;
        break;
    }
    case Unit:
        kpi.unit = value.toString().trimmed();
        break;
    case Requirement:
        kpi.requirementId = value.toLongLong();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

// ---- DraftKpiValuesModel ----------------------------------------------------------------

void DraftKpiValuesModel::setKpi(CycleDraft *draft, int kpiRow)
{
    beginResetModel();
    m_draft = draft;
    m_kpi = draft && kpiRow >= 0 && kpiRow < draft->kpis.size() ? kpiRow : -1;
    endResetModel();
}

QList<KpiValue> *DraftKpiValuesModel::values() const
{
    return m_kpi >= 0 ? &m_draft->kpis[m_kpi].values : nullptr;
}

int DraftKpiValuesModel::addPeriod()
{
    QList<KpiValue> *list = values();
    if (!list)
        return -1;
    const QString period
        = list->isEmpty() ? QStringLiteral("1") : KpiValue::nextPeriod(list->constLast().period);
    const int row = int(list->size());
    beginInsertRows(QModelIndex(), row, row);
    list->append({period, 0.0, row});
    endInsertRows();
    emit edited();
    return row;
}

void DraftKpiValuesModel::removePeriod(int row)
{
    QList<KpiValue> *list = values();
    if (!list || row < 0 || row >= list->size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    list->removeAt(row);
    endRemoveRows();
    emit edited();
}

int DraftKpiValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !values() ? 0 : int(values()->size());
}

int DraftKpiValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftKpiValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const KpiValue &value = values()->at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ReportTable::DataRole)
        return index.column() == Period ? QVariant(value.period) : QVariant(value.value);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return index.column() == Period ? value.period : QLocale().toString(value.value, 'g', 10);
}

QVariant DraftKpiValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == ReportTable::DataRole && orientation == Qt::Horizontal)
        return section == Period ? QStringLiteral("period") : QStringLiteral("value");
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == Period ? tr("Period") : section == Value ? tr("Value") : QVariant();
}

Qt::ItemFlags DraftKpiValuesModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable
                           : QAbstractTableModel::flags(index);
}

bool DraftKpiValuesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    KpiValue &target = (*values())[index.row()];
    if (index.column() == Period) {
        const QString period = value.toString().trimmed();
        if (period.isEmpty())
            return false;
        target.period = period;
    } else {
        const std::optional<double> number = enteredNumber(value);
        if (!number || std::isnan(*number)) {
            emit refused(tr("“%1” is not a number (%2).").arg(value.toString(), target.period));
            return false;
        }
        target.value = *number;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

} // namespace Peakend
