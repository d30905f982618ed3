#pragma once

#include <QList>
#include <QUndoCommand>

namespace Peakend {

class ProjectDocument;

// Sets which factors' gaps a requirement closes (CEM step 5); undo puts back the old links.
class SetRequirementFactors : public QUndoCommand
{
public:
    SetRequirementFactors(ProjectDocument *document, qint64 requirementId,
                          const QList<qint64> &before, const QList<qint64> &after,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QList<qint64> &factorIds);

    ProjectDocument *m_document;
    qint64 m_requirementId;
    QList<qint64> m_old;
    QList<qint64> m_new;
};

} // namespace Peakend
