#include "reorderitems.h"

#include "document/projectdocument.h"

#include <algorithm>

namespace Peakend {

ReorderItems::ReorderItems(ProjectDocument *document, Field positionField,
                           const QList<qint64> &order, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_field(positionField)
{
    QList<int> positions;
    for (const qint64 id : order) {
        const int position = document->repository().value(positionField, id).toInt();
        m_before.append({id, position});
        positions.append(position);
    }
    std::sort(positions.begin(), positions.end());
    // Equal positions (rows added at the same place) are spread out so the order holds.
    for (int i = 1; i < positions.size(); ++i)
        positions[i] = std::max(positions.at(i), positions.at(i - 1) + 1);
    for (int i = 0; i < order.size(); ++i)
        m_after.append({order.at(i), positions.at(i)});
}

bool ReorderItems::apply(const QList<std::pair<qint64, int>> &positions)
{
    ProjectRepository &repository = m_document->writableRepository();
    const bool ok = repository.transaction([&] {
        for (const auto &[id, position] : positions) {
            if (!repository.setValue(m_field, id, position))
                return false;
        }
        return true;
    });
    if (!ok) {
        setObsolete(true);
        m_document->reportError(repository.lastError());
        return false;
    }
    m_document->notifyChanged({fieldColumn(m_field).change});
    return true;
}

void ReorderItems::redo()
{
    apply(m_after);
}

void ReorderItems::undo()
{
    apply(m_before);
}

} // namespace Peakend
