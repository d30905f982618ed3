#pragma once

#include "catalogueitem.h"
#include "projectdocument.h"

#include <QUndoCommand>

namespace Peakend {

// Adds one row to a catalogue (vendor, subprocess, factor, touchpoint, incident). The first
// redo remembers the id SQLite gave it; later redos insert it again under that id.
template<class T>
class AddItem : public QUndoCommand
{
public:
    AddItem(ProjectDocument *document, const T &item, QUndoCommand *parent = nullptr)
        : QUndoCommand(CatalogueTraits<T>::addText(item), parent)
        , m_document(document)
        , m_item(item)
    {}

    qint64 itemId() const { return m_item.id; }

    void redo() override
    {
        ProjectRepository &repository = m_document->writableRepository();
        const qint64 id = CatalogueTraits<T>::add(repository, m_item);
        if (id == 0) {
            setObsolete(true);
            m_document->reportError(repository.lastError());
            return;
        }
        m_item.id = id;
        m_document->notifyChanged({CatalogueTraits<T>::change});
    }

    void undo() override
    {
        ProjectRepository &repository = m_document->writableRepository();
        if (!repository.removeItem(CatalogueTraits<T>::catalogue, m_item.id)) {
            setObsolete(true);
            m_document->reportError(repository.lastError());
            return;
        }
        m_document->notifyChanged({CatalogueTraits<T>::change});
    }

private:
    ProjectDocument *m_document;
    T m_item;
};

// Removes one row that nothing refers to, keeping a full copy (with its id and position) to
// put back on undo. A row with survey answers, touchpoints or incidents attached is refused
// with the count: removing it would silently take those along.
template<class T>
class RemoveItem : public QUndoCommand
{
public:
    RemoveItem(ProjectDocument *document, const T &item, QUndoCommand *parent = nullptr)
        : QUndoCommand(CatalogueTraits<T>::removeText(item), parent)
        , m_document(document)
        , m_item(item)
    {}

    void redo() override
    {
        ProjectRepository &repository = m_document->writableRepository();
        const qint64 used = repository.references(CatalogueTraits<T>::catalogue, m_item.id);
        if (used > 0) {
            setObsolete(true);
            m_document->reportError(
                QCoreApplication::translate("Undo",
                                            "%n stored row(s) refer to it, so it was "
                                            "not removed.",
                                            nullptr, int(used)));
            return;
        }
        if (!repository.removeItem(CatalogueTraits<T>::catalogue, m_item.id)) {
            setObsolete(true);
            m_document->reportError(repository.lastError());
            return;
        }
        m_document->notifyChanged({CatalogueTraits<T>::change});
    }

    void undo() override
    {
        ProjectRepository &repository = m_document->writableRepository();
        if (CatalogueTraits<T>::add(repository, m_item) == 0) {
            setObsolete(true);
            m_document->reportError(repository.lastError());
            return;
        }
        m_document->notifyChanged({CatalogueTraits<T>::change});
    }

private:
    ProjectDocument *m_document;
    T m_item;
};

using AddVendor = AddItem<Vendor>;

} // namespace Peakend
