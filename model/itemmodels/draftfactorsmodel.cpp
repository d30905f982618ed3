#include "draftfactorsmodel.h"

#include "enterednumber.h"
#include "report/reporttable.h"

#include <QFont>

#include <cmath>

namespace Peakend {

DraftFactorsModel::DraftFactorsModel(const QList<Column> &columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{}

void DraftFactorsModel::setDraft(CycleDraft *draft, const QList<Factor> &factors,
                                 const Scale &scale)
{
    beginResetModel();
    m_draft = draft;
    m_factors = factors;
    m_scale = scale;
    m_steps = draft ? CemSteps::compute(factors, draft->factors) : CemSteps();
    endResetModel();
}

void DraftFactorsModel::refresh()
{
    m_steps = m_draft ? CemSteps::compute(m_factors, m_draft->factors) : CemSteps();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString DraftFactorsModel::number(double value)
{
    if (std::isnan(value))
        return QString();
    const double rounded = std::round(value * 100.0) / 100.0;
    const QString text = QLocale().toString(std::abs(rounded), 'g', 6);
    return rounded < 0.0 ? QChar(0x2212) + text : text; // a real minus, never "-0"
}

QString DraftFactorsModel::weightedReason(const CemFactorRow &row)
{
    return tr("%1: importance %2 × satisfaction %3 = %4")
        .arg(row.factor.name, number(row.importance), number(row.satisfaction),
             number(row.weighted));
}

QString DraftFactorsModel::columnName(Column column)
{
    switch (column) {
    case Name:
        return tr("Factor");
    case Experience:
        return tr("Experience X");
    case Expectation:
        return tr("Expectation E");
    case Satisfaction:
        return tr("Satisfaction S = X − E");
    case Importance:
        return tr("Importance I");
    case Weighted:
        return tr("Weighted W = I × S");
    case Ideal:
        return tr("Ideal D");
    case Gap:
        return tr("Gap G = X − D");
    }
    return QString();
}

CycleFactor *DraftFactorsModel::entry(int row) const
{
    if (!m_draft || row < 0 || row >= m_steps.factors.size())
        return nullptr;
    const qint64 factorId = m_steps.factors.at(row).factor.id;
    for (CycleFactor &entry : m_draft->factors) {
        if (entry.factorId == factorId)
            return &entry;
    }
    return nullptr;
}

double DraftFactorsModel::value(int row, Column column) const
{
    const CemFactorRow &factor = m_steps.factors.at(row);
    switch (column) {
    case Name:
        return qQNaN();
    case Experience:
        return factor.experience;
    case Expectation:
        return factor.expectation;
    case Satisfaction:
        return factor.satisfaction;
    case Importance:
        return factor.importance;
    case Weighted:
        return factor.weighted;
    case Ideal: // as entered: an empty ideal shows empty, although it counts as X
        return entry(row) ? entry(row)->ideal : qQNaN();
    case Gap:
        return factor.gap;
    }
    return qQNaN();
}

int DraftFactorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.factors.size());
}

int DraftFactorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DraftFactorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Column column = m_columns.at(index.column());
    const CemFactorRow &row = m_steps.factors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return column == Name ? row.factor.name : number(value(index.row(), column));
    case Qt::EditRole: { // as typed back: the language's own minus sign
        const double edited = value(index.row(), column);
        return column == Name       ? QVariant(row.factor.name)
               : std::isnan(edited) ? QVariant(QString())
                                    : QVariant(QLocale().toString(edited, 'g', 6));
    }
    case SortRole:
    case ReportTable::DataRole:
        return column == Name ? QVariant(row.factor.name) : QVariant(value(index.row(), column));
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (row.keyRank != 1)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        if (column == Weighted && !std::isnan(row.weighted))
            return weightedReason(row);
        if (column == Ideal && std::isnan(value(index.row(), Ideal)))
            return tr("Empty: the ideal is the experience X.");
        return {};
    default:
        return {};
    }
}

QVariant DraftFactorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == ReportTable::DataRole && orientation == Qt::Horizontal && section >= 0
        && section < m_columns.size()) {
        static const char *const keys[]
            = {"name",       "experience", "expectation", "satisfaction",
               "importance", "weighted",   "ideal",       "gap"};
        return QString::fromLatin1(keys[m_columns.at(section)]);
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_columns.size() ? columnName(m_columns.at(section))
                                                      : QVariant();
}

Qt::ItemFlags DraftFactorsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    switch (m_columns.at(index.column())) {
    case Experience:
    case Expectation:
    case Importance:
    case Ideal:
        return flags | Qt::ItemIsEditable;
    default:
        return flags;
    }
}

bool DraftFactorsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    CycleFactor *target = entry(index.row());
    if (!target)
        return false;
    const std::optional<double> number = enteredNumber(value);
    const QString factor = m_steps.factors.at(index.row()).factor.name;
    const Column column = m_columns.at(index.column());
    if (!number) {
        emit refused(
            tr("“%1” is not a number (%2, %3).").arg(value.toString(), factor, columnName(column)));
        return false;
    }
    if (!std::isnan(*number) && !m_scale.contains(*number)) {
        emit refused(tr("%1 is outside the scale %2 to %3 (%4, %5).")
                         .arg(DraftFactorsModel::number(*number),
                              DraftFactorsModel::number(m_scale.min),
                              DraftFactorsModel::number(m_scale.max), factor, columnName(column)));
        return false;
    }
    double &field = column == Experience    ? target->experience
                    : column == Expectation ? target->expectation
                    : column == Importance  ? target->importance
                                            : target->ideal;
    if ((std::isnan(field) && std::isnan(*number)) || field == *number)
        return true;
    field = *number;
    refresh();
    emit edited();
    return true;
}

} // namespace Peakend
