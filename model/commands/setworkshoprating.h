#pragma once

#include <QUndoCommand>

namespace Peakend {

class ProjectDocument;

// Sets the workshop score of one vendor at one subprocess (typed in the workshop table, or a
// point dragged on the emotion curve); NaN clears it. The first score creates the workshop
// wave, and undoing that score removes the wave again. Consecutive changes of the same score
// (a drag) merge into one undo step.
class SetWorkshopRating : public QUndoCommand
{
public:
    SetWorkshopRating(ProjectDocument *document, qint64 vendorId, qint64 subprocessId, double value,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(double value, bool removeWave);

    ProjectDocument *m_document;
    qint64 m_vendorId;
    qint64 m_subprocessId;
    double m_old;
    double m_new;
    bool m_createsWave;
    qint64 m_surveyId = 0;
};

} // namespace Peakend
