#pragma once

#include "domain/vendor.h"

#include <QUndoCommand>

namespace Peakend {

class ProjectDocument;

class AddVendor : public QUndoCommand
{
public:
    AddVendor(ProjectDocument *document, const Vendor &vendor, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    qint64 vendorId() const { return m_vendor.id; }

private:
    ProjectDocument *m_document;
    Vendor m_vendor;
};

} // namespace Peakend
