#pragma once

#include <QList>
#include <QUndoCommand>
#include <QtNumeric>

namespace Peakend {

class ProjectDocument;

// Sets the workshop score of one vendor at one subprocess (typed in the workshop table, or a
// point dragged on the emotion curve); NaN clears it. The first score creates the workshop
// wave, and undoing that score removes the wave again. Consecutive changes of the same score
// (a drag) merge into one undo step.
class SetWorkshopRating : public QUndoCommand
{
public:
    struct Cell
    {
        qint64 vendorId = 0;
        qint64 subprocessId = 0;
        double value = qQNaN();
    };

    SetWorkshopRating(ProjectDocument *document, qint64 vendorId, qint64 subprocessId, double value,
                      QUndoCommand *parent = nullptr);
    // Many scores as one step, written in one transaction (the grid started from the survey).
    SetWorkshopRating(ProjectDocument *document, const QList<Cell> &cells,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QList<Cell> &cells, bool removeWave);

    ProjectDocument *m_document;
    QList<Cell> m_old;
    QList<Cell> m_new;
    bool m_createsWave;
    qint64 m_surveyId = 0;
};

} // namespace Peakend
