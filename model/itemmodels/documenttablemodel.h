#pragma once

#include "document/change.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace Peakend {

class ProjectDocument;

// What the table models of an open project share: following the document's changed() signal,
// and putting new contents in with the smallest signal — one dataChanged when the rows and
// columns stay the same, a reset when they do not.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // The document may be null (no project open): the table is then empty.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const;
    // Reads everything again, e.g. after the UI language changed.
    virtual void reload() = 0;

protected:
    virtual void clear() = 0; // empties the contents, inside a reset
    virtual void projectChanged(const ProjectChange &change) = 0;
    // Runs assign (which puts the new contents in) with the right signals around it.
    void replace(bool sameShape, const std::function<void()> &assign);

    QPointer<ProjectDocument> m_document;
};

} // namespace Peakend
