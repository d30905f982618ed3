#include "addvendor.h"

#include "projectdocument.h"

namespace Peakend {

AddVendor::AddVendor(ProjectDocument *document, const Vendor &vendor, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Add vendor “%1”").arg(vendor.name), parent)
    , m_document(document)
    , m_vendor(vendor)
{}

void AddVendor::redo()
{
    ProjectRepository &repository = m_document->writableRepository();
    const qint64 id = repository.addVendor(m_vendor); // reuses m_vendor.id after the first redo
    if (id == 0) {
        setObsolete(true);
        m_document->reportError(repository.lastError());
        return;
    }
    m_vendor.id = id;
    m_document->notifyChanged({ChangeFlag::Vendors});
}

void AddVendor::undo()
{
    ProjectRepository &repository = m_document->writableRepository();
    if (!repository.removeVendor(m_vendor.id)) {
        setObsolete(true);
        m_document->reportError(repository.lastError());
        return;
    }
    m_document->notifyChanged({ChangeFlag::Vendors});
}

} // namespace Peakend
