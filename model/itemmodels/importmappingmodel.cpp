#include "importmappingmodel.h"

#include "import/mappingsuggester.h"

#include <QLocale>

namespace Peakend {

namespace {

constexpr ColumnRole roles[] = {
    ColumnRole::Ignore,           ColumnRole::RespondentId,      ColumnRole::Vendor,
    ColumnRole::SubprocessRating, ColumnRole::Subprocess,        ColumnRole::Rating,
    ColumnRole::FactorExperience, ColumnRole::FactorExpectation, ColumnRole::FactorImportance,
    ColumnRole::Overall,          ColumnRole::Recommend,         ColumnRole::ReasonLike,
    ColumnRole::ReasonDislike,    ColumnRole::Attribute,         ColumnRole::Weight,
};

QVariantList choices(const QStringList &names)
{
    QVariantList list;
    for (const QString &name : names)
        list.append(QVariant(QVariantList{name, name}));
    return list;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

ImportMappingModel::ImportMappingModel(QObject *parent) : QAbstractTableModel(parent) {}

bool ImportMappingModel::namesSubprocess(ColumnRole role)
{
    return role == ColumnRole::SubprocessRating;
}

bool ImportMappingModel::namesFactor(ColumnRole role)
{
    return role == ColumnRole::FactorExperience || role == ColumnRole::FactorExpectation
           || role == ColumnRole::FactorImportance || role == ColumnRole::ReasonLike
           || role == ColumnRole::ReasonDislike;
}

bool ImportMappingModel::takesVendor(ColumnRole role)
{
    return ImportMapping::isPerVendor(role) || role == ColumnRole::Overall
           || role == ColumnRole::Recommend;
}

void ImportMappingModel::setSource(const QStringList &headers, const QList<QStringList> &sample,
                                   const ImportMapping &mapping, const Names &names)
{
    beginResetModel();
    m_headers = headers;
    m_names = names;
    m_columns = mapping.columns;
    while (m_columns.size() < m_headers.size())
        m_columns.append(ColumnMapping());
    m_columns.resize(m_headers.size());
    m_samples.clear();
    for (int c = 0; c < int(m_headers.size()); ++c) {
        QStringList seen;
        for (const QStringList &row : sample) {
            const QString cell = row.value(c).trimmed();
            if (!cell.isEmpty() && !seen.contains(cell))
                seen.append(cell);
            if (seen.size() == 3)
                break;
        }
        m_samples.append(seen.join(QStringLiteral(" · ")));
        m_columns[c].header = m_headers.at(c);
    }
    endResetModel();
}

QString ImportMappingModel::targetFor(int row, ColumnRole role) const
{
    const QString &header = m_headers.value(row);
    if (namesSubprocess(role))
        return MappingSuggester::nameFromHeader(header, m_names.subprocesses);
    if (namesFactor(role))
        return MappingSuggester::nameFromHeader(header, m_names.factors);
    if (role == ColumnRole::Attribute)
        return MappingSuggester::nameFromHeader(header, {});
    return QString();
}

void ImportMappingModel::applyToRows(const QList<int> &rows, ColumnRole role, const QString &vendor)
{
    for (const int row : rows) {
        if (row < 0 || row >= m_columns.size())
            continue;
        ColumnMapping &column = m_columns[row];
        const bool keepTarget = column.role == role && !column.target.isEmpty();
        column.role = role;
        if (!keepTarget)
            column.target = targetFor(row, role);
        column.vendor = takesVendor(role) ? vendor : QString();
        emit dataChanged(index(row, RoleColumn), index(row, AnswersColumn));
    }
}

void ImportMappingModel::setCoding(const QList<int> &rows, const ValueCoding &coding)
{
    for (const int row : rows) {
        if (row < 0 || row >= m_columns.size())
            continue;
        m_columns[row].coding = coding;
        emit dataChanged(index(row, AnswersColumn), index(row, AnswersColumn));
    }
}

QString ImportMappingModel::codingSummary(const ValueCoding &coding)
{
    QStringList parts;
    if (coding.hasOwnScale())
        parts.append(tr("%1–%2").arg(number(coding.min), number(coding.max)));
    if (coding.reversed)
        parts.append(tr("reversed"));
    if (!coding.labels.isEmpty())
        parts.append(tr("%n label(s)", nullptr, int(coding.labels.size())));
    if (!coding.missing.isEmpty()) {
        QStringList codes;
        for (const double code : coding.missing)
            codes.append(number(code));
        parts.append(tr("no answer: %1").arg(codes.join(tr(", "))));
    }
    return parts.join(QStringLiteral(" · "));
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const ColumnMapping &column = m_columns.at(index.row());
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (index.column()) {
    case HeaderColumn:
        if (display)
            return role == Qt::DisplayRole ? tr("%1. %2").arg(index.row() + 1).arg(column.header)
                                           : column.header;
        break;
    case SampleColumn:
        if (display)
            return m_samples.value(index.row());
        break;
    case RoleColumn:
        if (display)
            return ImportMapping::roleName(column.role);
        if (role == Qt::EditRole)
            return int(column.role);
        if (role == ChoicesRole) {
            QVariantList list;
            for (const ColumnRole each : roles)
                list.append(QVariant(QVariantList{ImportMapping::roleName(each), int(each)}));
            return list;
        }
        break;
    case TargetColumn:
        if (display || role == Qt::EditRole)
            return column.target;
        if (role == ChoicesRole)
            return choices(namesSubprocess(column.role) ? m_names.subprocesses
                           : namesFactor(column.role)   ? m_names.factors
                                                        : QStringList());
        if (role == FreeTextRole)
            return true;
        break;
    case VendorColumn:
        if (display || role == Qt::EditRole)
            return column.vendor;
        if (role == ChoicesRole)
            return choices(QStringList{QString()} + m_names.vendors);
        if (role == FreeTextRole)
            return true;
        break;
    case AnswersColumn:
        if (role == Qt::DisplayRole)
            return codingSummary(column.coding);
        if (role == Qt::ToolTipRole && !column.coding.labels.isEmpty()) {
            QStringList lines;
            for (auto it = column.coding.labels.cbegin(); it != column.coding.labels.cend(); ++it)
                lines.append(
                    tr("%1 = %2").arg(it.key(), std::isnan(*it) ? tr("no answer") : number(*it)));
            return lines.join(QLatin1Char('\n'));
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn:
        return tr("Column");
    case SampleColumn:
        return tr("First answers");
    case RoleColumn:
        return tr("Holds");
    case TargetColumn:
        return tr("Subprocess, factor or attribute");
    case VendorColumn:
        return tr("Vendor rated");
    case AnswersColumn:
        return tr("Answers coded");
    default:
        return QVariant();
    }
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ColumnRole role = m_columns.at(index.row()).role;
    const bool editable
        = index.column() == RoleColumn
          || (index.column() == TargetColumn
              && (namesSubprocess(role) || namesFactor(role) || role == ColumnRole::Attribute))
          || (index.column() == VendorColumn && takesVendor(role));
    return editable ? result | Qt::ItemIsEditable : result;
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    ColumnMapping &column = m_columns[index.row()];
    switch (index.column()) {
    case RoleColumn: {
        bool ok = false;
        const int chosen = value.toInt(&ok);
        const auto known = std::find(std::begin(roles), std::end(roles), ColumnRole(chosen));
        if (!ok || known == std::end(roles))
            return false;
        if (column.role == *known)
            return true;
        applyToRows({index.row()}, *known, column.vendor);
        return true;
    }
    case TargetColumn:
        column.target = value.toString().trimmed();
        break;
    case VendorColumn:
        column.vendor = value.toString().trimmed();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

} // namespace Peakend
