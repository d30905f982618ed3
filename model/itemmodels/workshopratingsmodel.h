#pragma once

#include "documenttablemodel.h"
#include "domain/subprocess.h"
#include "domain/vendor.h"

#include <vector>

namespace Peakend {

class ProjectDocument;

// Ratings entered by hand in a workshop, without a survey: one row per subprocess (journey
// order), one column per vendor, each cell the room's score on the project scale (blank:
// not rated). Edits push SetWorkshopRating; a value outside the scale is refused.
class WorkshopRatingsModel : public DocumentTableModel
{
    Q_OBJECT

public:
    explicit WorkshopRatingsModel(QObject *parent = nullptr);

    void reload() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void clear() override;
    void projectChanged(const ProjectChange &change) override;
    double valueAt(int row, int column) const;

    QList<Subprocess> m_subprocesses;
    QList<Vendor> m_vendors;
    std::vector<double> m_values; // rows × columns, NaN: not rated
    double m_min = 1.0;
    double m_max = 10.0;
};

} // namespace Peakend
