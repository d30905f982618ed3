#pragma once

#include "demo/demoproject.h"
#include "findings/findingspage.h"
#include "languagemanager.h"
#include "storage/projectstore.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QScreen;
class QTabWidget;
class QTreeView;

namespace Peakend {

class CatalogueEditor;
class ChartsPage;
class KpiValuesEditor;
class PresentationWindow;
class WorkshopRatingsEditor;
class ProjectDocument;
class ProjectOverview;
class ProjectTreeModel;

// The window: menus, the project explorer and the overview page. It owns the open
// ProjectDocument and turns StoreErrors into messages; it does no file I/O itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path; on a refusal shows why and, where it makes sense, offers read-only.
    bool openProject(const QString &path);
    bool openDemo(DemoProject::Kind kind);
    // Opens the import wizard, on file when one is given.
    void importSurvey(const QString &file = QString());
    // The seven-step wizard on a cycle (0: the latest; a first one is started when none).
    void openCemWizard(qint64 cycleId);
    void startCycle();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslate();
    void newProject();
    // Asks before file, which exists, is replaced; true when it may be written.
    void openProjectDialog();
    void saveProjectAs();
    void closeProject();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    void updateTitle();
    void showInEditor(const QModelIndex &index);
    void doChecklistStep(FindingsPage::Action action);
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void showError(const QString &title, const QString &message);
    void exportChart();
    void exportReport();
    void present(QScreen *screen); // nullptr: the projector's, else this window's
    void copyChart();
    QString projectFolder() const;

    LanguageManager *m_languages;
    std::unique_ptr<ProjectDocument> m_document;
    ProjectTreeModel *m_treeModel;
    QTreeView *m_tree;
    ProjectOverview *m_overview;
    ChartsPage *m_charts;
    QLabel *m_statusLabel;
    QLabel *m_sampleLabel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_chartsMenu = nullptr;
    QList<QAction *> m_chartActions;
    QAction *m_nextVendorAction = nullptr;
    QAction *m_nextChartAction = nullptr;
    QAction *m_previousChartAction = nullptr;
    QAction *m_previousVendorAction = nullptr;
    QMenu *m_cycleMenu = nullptr;
    QAction *m_wizardAction = nullptr;
    QAction *m_newCycleAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_demoMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_presentAction = nullptr;
    QMenu *m_presentOnMenu = nullptr;
    QPointer<PresentationWindow> m_presentation;
    QAction *m_copyChartAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_meisuAction = nullptr;
    QAction *m_b2bAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QDockWidget *m_explorerDock = nullptr;
    QDockWidget *m_dataDock = nullptr;
    QTabWidget *m_editorTabs = nullptr;
    QList<CatalogueEditor *> m_editors;
    WorkshopRatingsEditor *m_workshopEditor = nullptr;
    KpiValuesEditor *m_kpiValuesEditor = nullptr;
};

} // namespace Peakend
