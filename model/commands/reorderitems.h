#pragma once

#include "document/field.h"

#include <QList>
#include <QUndoCommand>

namespace Peakend {

class ProjectDocument;

// Puts the rows of one catalogue in a new order (dragging a subprocess to where it happens in
// the journey): the positions they held are handed out again in the new order, in one
// transaction; undo gives every row its old position back.
class ReorderItems : public QUndoCommand
{
public:
    // positionField: the catalogue's position column; order: every row id, in the new order.
    ReorderItems(ProjectDocument *document, Field positionField, const QList<qint64> &order,
                 const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(const QList<std::pair<qint64, int>> &positions);

    ProjectDocument *m_document;
    Field m_field;
    QList<std::pair<qint64, int>> m_before;
    QList<std::pair<qint64, int>> m_after;
};

} // namespace Peakend
