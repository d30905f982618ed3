#include "workshopratingsmodel.h"

#include "commands/setworkshoprating.h"
#include "document/projectdocument.h"
#include "enterednumber.h"

#include <QLocale>

#include <cmath>

namespace Peakend {

WorkshopRatingsModel::WorkshopRatingsModel(QObject *parent) : DocumentTableModel(parent) {}

void WorkshopRatingsModel::clear()
{
    m_subprocesses.clear();
    m_vendors.clear();
    m_values.clear();
}

void WorkshopRatingsModel::projectChanged(const ProjectChange &change)
{
    if (change.what
        & (ChangeFlag::Surveys | ChangeFlag::Vendors | ChangeFlag::Subprocesses
           | ChangeFlag::Project))
        reload();
}

void WorkshopRatingsModel::reload()
{
    QList<Subprocess> subprocesses;
    QList<Vendor> vendors;
    std::vector<double> values;
    if (m_document) {
        const ProjectRepository &repository = m_document->repository();
        subprocesses = repository.subprocesses();
        vendors = repository.vendors();
        const Scale scale = repository.projectInfo().scale;
        m_min = scale.min;
        m_max = scale.max;
        values.assign(size_t(subprocesses.size() * vendors.size()), qQNaN());
        const qint64 survey = repository.workshopSurvey();
        for (int row = 0; survey != 0 && row < subprocesses.size(); ++row) {
            for (int column = 0; column < vendors.size(); ++column)
                values[size_t(row * vendors.size() + column)] = repository.workshopRating(
                    survey, vendors.at(column).id, subprocesses.at(row).id);
        }
    }
    bool sameShape
        = subprocesses.size() == m_subprocesses.size() && vendors.size() == m_vendors.size();
    for (int i = 0; sameShape && i < subprocesses.size(); ++i)
        sameShape = subprocesses.at(i).id == m_subprocesses.at(i).id;
    for (int i = 0; sameShape && i < vendors.size(); ++i)
        sameShape = vendors.at(i).id == m_vendors.at(i).id;
    replace(sameShape, [&] {
        m_subprocesses = subprocesses;
        m_vendors = vendors;
        m_values = values;
    });
}

int WorkshopRatingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subprocesses.size());
}

int WorkshopRatingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vendors.size());
}

double WorkshopRatingsModel::valueAt(int row, int column) const
{
    return m_values[size_t(row * m_vendors.size() + column)];
}

QVariant WorkshopRatingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const double value = valueAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return std::isnan(value) ? QString() : QLocale().toString(value, 'g', 4);
    case Qt::EditRole:
        return std::isnan(value) ? QVariant() : QVariant(value);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("%1 at “%2”, scale %3–%4; empty: not rated")
            .arg(m_vendors.at(index.column()).name, m_subprocesses.at(index.row()).name,
                 QLocale().toString(m_min), QLocale().toString(m_max));
    default:
        return {};
    }
}

QVariant WorkshopRatingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_vendors.size() ? m_vendors.at(section).name : QVariant();
    return section >= 0 && section < m_subprocesses.size() ? m_subprocesses.at(section).name
                                                           : QVariant();
}

Qt::ItemFlags WorkshopRatingsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = DocumentTableModel::flags(index);
    return index.isValid() && m_document && !m_document->isReadOnly() ? flags | Qt::ItemIsEditable
                                                                      : flags;
}

bool WorkshopRatingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document
        || m_document->isReadOnly())
        return false;
    const std::optional<double> entered = enteredNumber(value);
    if (!entered || *entered < m_min || *entered > m_max) // NaN (emptied) passes
        return false;
    const double number = *entered;
    const double current = valueAt(index.row(), index.column());
    if ((std::isnan(number) && std::isnan(current)) || number == current)
        return true;
    m_document->undoStack()->push(new SetWorkshopRating(m_document, m_vendors.at(index.column()).id,
                                                        m_subprocesses.at(index.row()).id, number));
    return true;
}

} // namespace Peakend
