#pragma once

#include "analysis/cemsteps.h"
#include "domain/cycledraft.h"
#include "domain/projectinfo.h"

#include <QAbstractTableModel>

namespace Peakend {

// The factor entries of a wizard's cycle draft (CEM steps 2–4) as a table, one row per factor
// with the columns a page asks for: X, E, I and D are typed in (checked against the scale),
// S = X − E, W = I × S and G = X − D are computed as the values change (CemSteps). Edits go to
// the draft only; the wizard writes the draft when the page is left.
class DraftFactorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Experience,
        Expectation,
        Satisfaction,
        Importance,
        Weighted,
        Ideal,
        Gap,
    };
    enum Role { SortRole = Qt::UserRole + 10 }; // the number behind a cell, for sorting

    explicit DraftFactorsModel(const QList<Column> &columns, QObject *parent = nullptr);

    // The draft outlives the model; factors name the rows (in their order).
    void setDraft(CycleDraft *draft, const QList<Factor> &factors, const Scale &scale);
    // Reads the draft again after it was changed elsewhere (filled from a survey, reloaded).
    void refresh();
    const CemSteps &steps() const { return m_steps; }
    Column column(int section) const { return m_columns.at(section); }

    // "convenience: importance 9 × satisfaction −2 = −18"
    static QString weightedReason(const CemFactorRow &row);
    static QString columnName(Column column);
    static QString number(double value); // "" for NaN, never "-0"

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void edited();                    // a value of the draft changed
    void refused(const QString &why); // a typed value was not taken, and why

private:
    double value(int row, Column column) const;
    CycleFactor *entry(int row) const;

    QList<Column> m_columns;
    CycleDraft *m_draft = nullptr;
    QList<Factor> m_factors;
    Scale m_scale;
    CemSteps m_steps;
};

} // namespace Peakend
