#pragma once

#include "document/field.h"

#include <QUndoCommand>
#include <QVariant>

namespace Peakend {

class ProjectDocument;

// The one generic "set a value" command. Consecutive edits of the same field of the same
// row (typing, dragging a point on a curve) merge into one undo step.
class ChangeValue : public QUndoCommand
{
public:
    ChangeValue(ProjectDocument *document, Field field, qint64 rowId, const QVariant &newValue,
                const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);

    ProjectDocument *m_document;
    Field m_field;
    qint64 m_rowId;
    QVariant m_oldValue;
    QVariant m_newValue;
};

} // namespace Peakend
