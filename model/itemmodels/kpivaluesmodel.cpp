#include "kpivaluesmodel.h"

#include "commands/setkpivalue.h"
#include "document/projectdocument.h"
#include "enterednumber.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Peakend {

namespace {
enum Column { KpiColumn, PeriodColumn, ValueColumn, ColumnCount };
}

KpiValuesModel::KpiValuesModel(QObject *parent) : DocumentTableModel(parent) {}

void KpiValuesModel::projectChanged(const ProjectChange &change)
{
    if (change.what & (ChangeFlag::Kpis | ChangeFlag::Cycles))
        reload();
}

QList<KpiValuesModel::Row> KpiValuesModel::load() const
{
    QList<Row> rows;
    if (!m_document)
        return rows;
    const ProjectRepository &repository = m_document->repository();
    const QList<CemCycle> cycles = repository.cycles();
    if (cycles.isEmpty())
        return rows;
    for (const Kpi &kpi : repository.kpis(cycles.last().id)) {
        for (const KpiValue &value : kpi.values)
            rows.append({kpi.id, kpi.name, value.position, value.period, value.value});
    }
    return rows;
}

void KpiValuesModel::reload()
{
    QList<Row> rows = load();
    bool same = rows.size() == m_rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).kpiId == m_rows.at(i).kpiId
               && rows.at(i).position == m_rows.at(i).position;
    replace(same, [&] { m_rows = rows; });
}

qint64 KpiValuesModel::kpiAt(int row) const
{
    return m_rows.at(row).kpiId;
}

int KpiValuesModel::addRow(qint64 kpiId)
{
    if (!m_document || m_document->isReadOnly() || kpiId == 0)
        return -1;
    int position = 0;
    QString period = QStringLiteral("1");
    for (const Row &row : std::as_const(m_rows)) {
        if (row.kpiId != kpiId || row.position < position)
            continue;
        position = row.position + 1;
        period = KpiValue::nextPeriod(row.period);
    }
    m_document->undoStack()->push(
        new SetKpiValue(m_document, kpiId, position, KpiValue{period, 0.0, position}));
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kpiId == kpiId && m_rows.at(row).position == position)
            return row;
    }
    return -1;
}

bool KpiValuesModel::removeRow(int row)
{
    if (!m_document || m_document->isReadOnly() || row < 0 || row >= m_rows.size())
        return false;
    m_document->undoStack()->push(
        new SetKpiValue(m_document, m_rows.at(row).kpiId, m_rows.at(row).position, std::nullopt));
    return true;
}

int KpiValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case KpiColumn:
        return row.kpi;
    case PeriodColumn:
        return row.period;
    case ValueColumn:
        return role == Qt::EditRole ? QVariant(row.value)
                                    : QVariant(QLocale().toString(row.value, 'g', 10));
    }
    return {};
}

QVariant KpiValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case KpiColumn:
        return tr("KPI");
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

Qt::ItemFlags KpiValuesModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = DocumentTableModel::flags(index);
    return index.isValid() && index.column() != KpiColumn && m_document && !m_document->isReadOnly()
               ? flags | Qt::ItemIsEditable
               : flags;
}

bool KpiValuesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document
        || m_document->isReadOnly() || index.column() == KpiColumn)
        return false;
    const Row &row = m_rows.at(index.row());
    KpiValue changed{row.period, row.value, row.position};
    if (index.column() == PeriodColumn) {
        changed.period = value.toString().trimmed();
    } else {
        const std::optional<double> number = enteredNumber(value);
        if (!number || std::isnan(*number))
            return false;
        changed.value = *number;
    }
    if (changed.period == row.period && changed.value == row.value)
        return true;
    m_document->undoStack()->push(new SetKpiValue(m_document, row.kpiId, row.position, changed));
    return true;
}

} // namespace Peakend
