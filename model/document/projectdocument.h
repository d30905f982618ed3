#pragma once

#include "document/change.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Peakend {

// One open project: the file, the data in it, and the undo stack of edits made to it.
// Every edit is an undo command pushed on undoStack(); commands write through
// repository() (committed at once) and announce themselves through changed().
// "Modified" means "edited since opened or saved as", derived from the stack's clean state.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    // A user's new project starts with the six CEM experience factors, named in the current
    // language and editable like any other; tests and imports may start empty.
    enum class Start { Empty, WithCemFactors };
    static std::unique_ptr<ProjectDocument> create(const QString &path, const QString &name,
                                                   StoreError *error, Start start = Start::Empty);
    // Product, service, relationship, convenience, brand image, price (DESIGN.md §1).
    static QStringList cemFactorNames();
    static std::unique_ptr<ProjectDocument> open(const QString &path, StoreError *error,
                                                 ProjectStore::Access access
                                                 = ProjectStore::Access::ReadWrite);
    ~ProjectDocument() override;

    QString filePath() const { return m_store->path(); }
    QString displayName() const;
    bool isReadOnly() const { return m_store->isReadOnly(); }
    bool isModified() const { return !m_undoStack.isClean(); }

    QUndoStack *undoStack() { return &m_undoStack; }
    const ProjectRepository &repository() const { return *m_repository; }
    // For undo commands only: views push commands instead of writing.
    ProjectRepository &writableRepository() { return *m_repository; }

    // Continues in a copy at path (SQLite backup API); the original stays as it was.
    StoreError saveAs(const QString &path);

    // Called by undo commands after a successful write, and by reloads.
    void notifyChanged(const ProjectChange &change);
    // Called by undo commands whose write failed; the window shows it.
    void reportError(const QString &message);

signals:
    void changed(const Peakend::ProjectChange &change);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void errorOccurred(const QString &message);

private:
    // The SQLite connection stays in model/: the classes that need it by name, nothing above.
    friend class ImportSession;
    friend class ImportSurvey;
    friend class SurveyImportJob;
    friend class TransactionCommand;
    friend struct ProjectDocumentTestAccess; // tests/testfiles.h: white-box tests of SQL
    const ProjectStore &store() const { return *m_store; }

    explicit ProjectDocument(std::unique_ptr<ProjectStore> store);

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectRepository> m_repository;
    QUndoStack m_undoStack;
};

} // namespace Peakend
