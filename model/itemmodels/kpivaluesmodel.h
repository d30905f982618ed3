#pragma once

#include "documenttablemodel.h"

namespace Peakend {

class ProjectDocument;

// The measured values of the latest cycle's KPIs (CEM step 7), one row per KPI and period:
// KPI, period, value. Period and value are edited through SetKpiValue; addRow() appends a
// period to a KPI, removeRow() takes one out, each one undo step.
class KpiValuesModel : public DocumentTableModel
{
    Q_OBJECT

public:
    explicit KpiValuesModel(QObject *parent = nullptr);

    void reload() override;
    // Appends a period after the KPI's last (labelled like the one before, or "1"); the row.
    int addRow(qint64 kpiId);
    bool removeRow(int row);
    qint64 kpiAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        qint64 kpiId = 0;
        QString kpi;
        int position = 0;
        QString period;
        double value = 0.0;
    };

    void clear() override { m_rows.clear(); }
    void projectChanged(const ProjectChange &change) override;
    QList<Row> load() const;

    QList<Row> m_rows;
};

} // namespace Peakend
