#pragma once

#include "catalogueitem.h"
#include "document/projectdocument.h"

#include <QUndoCommand>

namespace Peakend {

// What adding and removing a catalogue row share: putting the row in (under its id once it has
// one) and taking it out, each announced, or reported and the command dropped on failure.
template<class T>
class CatalogueCommand : public QUndoCommand
{
protected:
    CatalogueCommand(const QString &text, ProjectDocument *document, const T &item,
                     QUndoCommand *parent)
        : QUndoCommand(text, parent), m_document(document), m_item(item)
    {}

    void insert()
    {
        ProjectRepository &repository = m_document->writableRepository();
        const qint64 id = CatalogueTraits<T>::add(repository, m_item);
        if (id == 0)
            return failed(repository.lastError());
        m_item.id = id;
        m_document->notifyChanged({CatalogueTraits<T>::change});
    }

    void remove()
    {
        ProjectRepository &repository = m_document->writableRepository();
        if (!repository.removeItem(CatalogueTraits<T>::catalogue, m_item.id))
            return failed(repository.lastError());
        m_document->notifyChanged({CatalogueTraits<T>::change});
    }

    void failed(const QString &message)
    {
        this->setObsolete(true);
        m_document->reportError(message);
    }

    ProjectDocument *m_document;
    T m_item;
};

// Adds one row to a catalogue (vendor, subprocess, factor, touchpoint, incident). The first
// redo remembers the id SQLite gave it; later redos insert it again under that id.
template<class T>
class AddItem : public CatalogueCommand<T>
{
public:
    AddItem(ProjectDocument *document, const T &item, QUndoCommand *parent = nullptr)
        : CatalogueCommand<T>(CatalogueTraits<T>::addText(item), document, item, parent)
    {}

    qint64 itemId() const { return this->m_item.id; }

    void redo() override { this->insert(); }
    void undo() override { this->remove(); }
};

// Removes one row that nothing refers to, keeping a full copy (with its id and position) to
// put back on undo. A row with survey answers, touchpoints or incidents attached is refused
// with the count: removing it would silently take those along.
template<class T>
class RemoveItem : public CatalogueCommand<T>
{
public:
    RemoveItem(ProjectDocument *document, const T &item, QUndoCommand *parent = nullptr)
        : CatalogueCommand<T>(CatalogueTraits<T>::removeText(item), document, item, parent)
    {}

    void redo() override
    {
        const qint64 used = this->m_document->repository().references(CatalogueTraits<T>::catalogue,
                                                                      this->m_item.id);
        if (used > 0) {
            return this->failed(QCoreApplication::translate(
                "Undo", "%n stored row(s) refer to it, so it was not removed.", nullptr,
                int(used)));
        }
        this->remove();
    }
    void undo() override { this->insert(); }
};

using AddVendor = AddItem<Vendor>;

} // namespace Peakend
