#include "document/projectdocument.h"

#include <QFileInfo>

namespace Peakend {

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store)
    : m_store(std::move(store)), m_repository(std::make_unique<ProjectRepository>(*m_store))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument()
{
    // Commands refer to the repository: drop them before it goes.
    m_undoStack.clear();
    m_repository.reset();
}

std::unique_ptr<ProjectDocument> ProjectDocument::create(const QString &path, const QString &name,
                                                         StoreError *error, Start start)
{
    auto store = ProjectStore::create(path, name, error);
    if (!store)
        return nullptr;
    std::unique_ptr<ProjectDocument> document(new ProjectDocument(std::move(store)));
    if (start == Start::WithCemFactors) {
        const QStringList names = cemFactorNames();
        for (int i = 0; i < names.size(); ++i) {
            if (document->m_repository->addFactor({0, names.at(i), i, false}) == 0) {
                *error
                    = StoreError::make(StoreError::Kind::Sql, document->m_repository->lastError());
                return nullptr;
            }
        }
    }
    return document;
}

QStringList ProjectDocument::cemFactorNames()
{
    return {tr("Product"),     tr("Service"),     tr("Relationship"),
            tr("Convenience"), tr("Brand image"), tr("Price")};
}

std::unique_ptr<ProjectDocument> ProjectDocument::open(const QString &path, StoreError *error,
                                                       ProjectStore::Access access)
{
    auto store = ProjectStore::open(path, access, error);
    if (!store)
        return nullptr;
    return std::unique_ptr<ProjectDocument>(new ProjectDocument(std::move(store)));
}

QString ProjectDocument::displayName() const
{
    return QFileInfo(m_store->path()).completeBaseName();
}

StoreError ProjectDocument::saveAs(const QString &path)
{
    StoreError error = m_store->copyTo(path);
    if (!error.isOk())
        return error;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_store->path()).absoluteFilePath())
        return error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    if (!store)
        return error;
    // Undo commands hold no store pointers, only ids and values: they carry over to the copy.
    m_repository = std::make_unique<ProjectRepository>(*store);
    m_store = std::move(store);
    m_undoStack.setClean();
    emit filePathChanged(m_store->path());
    return error;
}

void ProjectDocument::notifyChanged(const ProjectChange &change)
{
    emit changed(change);
}

void ProjectDocument::reportError(const QString &message)
{
    emit errorOccurred(message);
}

} // namespace Peakend
