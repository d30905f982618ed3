#pragma once

#include "domain/kpi.h"

#include <QUndoCommand>

#include <optional>

namespace Peakend {

class ProjectDocument;

// Sets, adds or (with nullopt) removes one period's value of a KPI; undo puts back what was
// there. Consecutive edits of the same period's value (or of its label) merge into one step.
class SetKpiValue : public QUndoCommand
{
public:
    SetKpiValue(ProjectDocument *document, qint64 kpiId, int position,
                const std::optional<KpiValue> &value, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const std::optional<KpiValue> &value);

    ProjectDocument *m_document;
    qint64 m_kpiId;
    int m_position;
    std::optional<KpiValue> m_old;
    std::optional<KpiValue> m_new;
    bool m_relabels = false; // changes the period's label rather than its value
};

} // namespace Peakend
