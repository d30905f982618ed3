#pragma once

#include "cataloguemodel.h"
#include "import/importmapping.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace Peakend {

// The import wizard's mapping as a table, a row per column of the export: its header, the
// first answers, what it holds, the subprocess, factor or attribute it names, the vendor it
// rates and how its answers are coded. Edits change the plain draft; nothing reaches the
// project until the import. Several rows at once (a grid question's columns) take one role
// and vendor with applyToRows(), each naming the subprocess or factor its header names.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HeaderColumn,
        SampleColumn,
        RoleColumn,
        TargetColumn,
        VendorColumn,
        AnswersColumn,
        ColumnCount
    };
    // Choices for the editors, as CatalogueModel gives them to ChoiceDelegate.
    enum Role {
        ChoicesRole = CatalogueModel::ChoicesRole,
        FreeTextRole = CatalogueModel::FreeChoiceRole,
    };

    struct Names
    {
        QStringList vendors;
        QStringList subprocesses;
        QStringList factors;
    };

    explicit ImportMappingModel(QObject *parent = nullptr);

    // headers: one per column of the export; sample: rows of answers below the header rows.
    void setSource(const QStringList &headers, const QList<QStringList> &sample,
                   const ImportMapping &mapping, const Names &names);
    // The columns as mapped now; headerRows, vendor, scale … are the page's to fill.
    QList<ColumnMapping> columns() const { return m_columns; }
    const ColumnMapping &column(int row) const { return m_columns.at(row); }

    // One role (and vendor, for the roles that rate one) for many columns at once; a role that
    // names a subprocess or factor takes the one each header names, else the header's own
    // distinguishing part (the grid option), to be added to the project.
    void applyToRows(const QList<int> &rows, ColumnRole role, const QString &vendor);
    void setCoding(const QList<int> &rows, const ValueCoding &coding);

    // The name a grid column's header gives: the known name it contains, else its option ("…
    // – Quote", "… [Quote]", "… - Quote"), else the whole header.
    static QString codingSummary(const ValueCoding &coding); // "1–5 · reversed · 6 labels"
    static bool namesSubprocess(ColumnRole role);
    static bool namesFactor(ColumnRole role);
    static bool takesVendor(ColumnRole role);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString targetFor(int row, ColumnRole role) const;

    QStringList m_headers;
    QStringList m_samples; // a few distinct answers per column
    QList<ColumnMapping> m_columns;
    Names m_names;
};

} // namespace Peakend
