#pragma once

#include "domain/cycledraft.h"

#include <QAbstractTableModel>

namespace Peakend {

// The KPIs of a wizard's cycle draft (CEM step 7): name, unit and the requirement each tracks
// (a choice among the draft's requirements). New KPIs get a temporary negative id until the
// wizard writes the draft. Their values per period are DraftKpiValuesModel's.
class DraftKpisModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Unit, Requirement, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setDraft(CycleDraft *draft);
    int addKpi(const QString &name); // the new row
    void removeKpi(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void edited();

private:
    CycleDraft *m_draft = nullptr;
};

// The values of one KPI of the draft, one row per period: period label and value. A new period
// is labelled after the one before ("4 stores" → "5 stores").
class DraftKpiValuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Period, Value, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setKpi(CycleDraft *draft, int kpiRow); // -1: none
    int kpiRow() const { return m_kpi; }
    int addPeriod(); // the new row, or -1
    void removePeriod(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void edited();
    void refused(const QString &why);

private:
    QList<KpiValue> *values() const;

    CycleDraft *m_draft = nullptr;
    int m_kpi = -1;
};

} // namespace Peakend
