#include "documenttablemodel.h"

#include "document/projectdocument.h"

namespace Peakend {

void DocumentTableModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &DocumentTableModel::projectChanged);
    beginResetModel();
    clear();
    endResetModel();
    reload();
}

ProjectDocument *DocumentTableModel::document() const
{
    return m_document;
}

void DocumentTableModel::replace(bool sameShape, const std::function<void()> &assign)
{
    if (!sameShape) {
        beginResetModel();
        assign();
        endResetModel();
        return;
    }
    assign();
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

} // namespace Peakend
