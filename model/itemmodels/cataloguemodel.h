#pragma once

#include "document/catalogue.h"
#include "document/change.h"
#include "document/field.h"
#include "documenttablemodel.h"

#include <QList>

namespace Peakend {

class ProjectDocument;

// One catalogue of the open project as an editable table: vendors (name, own company,
// colour), subprocesses (name, phase, brand; in journey order), factors, touchpoints (channel,
// subprocess) or critical incidents. Every edit is pushed as an undo command (ChangeValue,
// ReorderItems); the table follows the document's changed() signal, so undo, redo and edits
// made elsewhere show at once, with dataChanged for values and a reset when rows come or go.
class CatalogueModel : public DocumentTableModel
{
    Q_OBJECT

public:
    enum class ColumnKind { Text, Check, Choice, Number, Colour };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ChoicesRole,    // QVariantList of {label, value} pairs for a Choice column
        FreeChoiceRole, // true: the choices are suggestions, any text may be typed
    };

    explicit CatalogueModel(Catalogue catalogue, QObject *parent = nullptr);

    Catalogue catalogue() const { return m_catalogue; }
    Field field(int column) const;
    ColumnKind columnKind(int column) const;
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // Whether rows can be put in another order (subprocesses, vendors, factors, touchpoints).
    bool isOrdered() const;
    // Pushes a ReorderItems command moving row `from` to before row `to` (rowCount(): end).
    bool moveRow(int from, int to);
    void reload() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Dragging rows to a new place in the order.
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Column
    {
        Field field;
        ColumnKind kind;
    };
    struct Row
    {
        qint64 id = 0;
        QList<QVariant> values;
    };

    void clear() override { m_rows.clear(); }
    void projectChanged(const ProjectChange &change) override;
    QList<Row> load() const;
    QList<std::pair<QString, QVariant>> choices(int column) const;
    QString displayText(int row, int column) const;
    Changes watchedChanges() const;

    Catalogue m_catalogue;
    QList<Column> m_columns;
    QList<Row> m_rows;
    QList<QList<std::pair<QString, QVariant>>> m_choices; // per column
};

} // namespace Peakend
