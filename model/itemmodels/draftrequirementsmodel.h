#pragma once

#include "analysis/cemsteps.h"
#include "domain/cycledraft.h"

#include <QAbstractTableModel>

namespace Peakend {

// The requirements of a wizard's cycle draft (CEM steps 5–6), one row per requirement in the
// draft's order, with the columns a page asks for. Title, owner, cost, the four 1–5 scores and
// the decision are edited; the factors it closes, its priority Σ |G| × I, feasibility (mean of
// the scores) and impact/feasibility quadrant are computed from the draft (CemSteps). New rows
// get a temporary negative id until the wizard writes the draft.
class DraftRequirementsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Title,
        Factors,
        Owner,
        Cost,
        Priority,
        StrategicFit,
        People,
        Process,
        Technology,
        Feasibility,
        Quadrant,
        Decision,
    };

    explicit DraftRequirementsModel(const QList<Column> &columns, QObject *parent = nullptr);

    void setDraft(CycleDraft *draft, const QList<Factor> &factors);
    void refresh();
    const CemSteps &steps() const { return m_steps; }
    // Computed values of the draft's requirement at row.
    const CemRequirementRow *computed(int row) const;

    int addRequirement(const QString &title); // the new row
    void removeRequirement(int row);          // and unlinks the KPIs that tracked it
    QList<qint64> factorsOf(int row) const;
    void setFactorsOf(int row, const QList<qint64> &factorIds);

    static QString columnName(Column column);
    static QString decisionName(Peakend::Decision decision);
    static QString quadrantName(ImpactFeasibility quadrant);

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
    int *score(Requirement &requirement, Column column) const;
    QVariant reportData(int row, Column column) const; // ReportTable::DataRole

    QList<Column> m_columns;
    CycleDraft *m_draft = nullptr;
    QList<Factor> m_factors;
    CemSteps m_steps;
};

} // namespace Peakend
