#include "mainwindow.h"

#include "charts/chart.h"
#include "chartspage.h"
#include "commands/startcycle.h"
#include "document/projectdocument.h"
#include "editors/catalogueeditor.h"
#include "editors/kpivalueseditor.h"
#include "editors/workshopratingseditor.h"
#include "export/chartexportdialog.h"
#include "import/surveyimportwizard.h"
#include "itemmodels/projecttreemodel.h"
#include "presentation/presentationwindow.h"
#include "projectoverview.h"
#include "replacequestion.h"
#include "report/reportdialog.h"
#include "treeexpansion.h"
#include "wizard/cemwizard.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

namespace Peakend {

namespace {
constexpr int maxRecentFiles = 8;
const QString recentKey = QStringLiteral("recentFiles");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString folderKey = QStringLiteral("lastFolder");
} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_treeModel(new ProjectTreeModel(this))
    , m_tree(new QTreeView)
    , m_overview(new ProjectOverview)
    , m_charts(new ChartsPage)
    , m_statusLabel(new QLabel)
    , m_sampleLabel(new QLabel)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    // Names matter more than details: the name column takes the room, details are elided.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->resizeSection(1, 130);

    m_explorerDock = new QDockWidget(this);
    m_explorerDock->setObjectName(QStringLiteral("ExplorerDock"));
    m_explorerDock->setWidget(m_tree);
    m_explorerDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_explorerDock);

    // The editors: one table per catalogue, below the charts so that an edit shows at once.
    m_editorTabs = new QTabWidget;
    m_editorTabs->setDocumentMode(true);
    for (const Catalogue catalogue :
         {Catalogue::Vendors, Catalogue::Subprocesses, Catalogue::Factors, Catalogue::Channels,
          Catalogue::Touchpoints, Catalogue::Segments, Catalogue::Incidents,
          Catalogue::Requirements, Catalogue::Kpis}) {
        auto *editor = new CatalogueEditor(catalogue);
        m_editors.append(editor);
        m_editorTabs->addTab(editor, QString());
    }
    m_kpiValuesEditor = new KpiValuesEditor;
    m_editorTabs->addTab(m_kpiValuesEditor, QString());
    m_workshopEditor = new WorkshopRatingsEditor;
    m_editorTabs->addTab(m_workshopEditor, QString());
    m_dataDock = new QDockWidget(this);
    m_dataDock->setObjectName(QStringLiteral("DataDock"));
    m_dataDock->setWidget(m_editorTabs);
    addDockWidget(Qt::BottomDockWidgetArea, m_dataDock);
    m_dataDock->hide(); // the charts get the room until the user asks for the tables
    connect(m_tree, &QTreeView::activated, this, &MainWindow::showInEditor);
    // An edit rebuilds the explorer's tree: the nodes the user opened stay open.
    new TreeExpansion(m_tree, &ProjectTreeModel::nodeKey);
    m_charts->setFrontPage(m_overview, QString());
    setCentralWidget(m_charts);
    statusBar()->addPermanentWidget(m_sampleLabel);
    statusBar()->addPermanentWidget(m_statusLabel);
    connect(m_charts, &ChartsPage::sampleChanged, m_sampleLabel, [this](const QString &text) {
        m_sampleLabel->setText(text.isEmpty() ? text : tr("Charts: %1").arg(text));
    });
    connect(m_charts->findingsPage(), &FindingsPage::actionRequested, this,
            &MainWindow::doChecklistStep);

    createActions();
    const auto chartShown = [this](const Chart *chart) {
        m_exportChartAction->setEnabled(chart != nullptr);
        m_copyChartAction->setEnabled(chart != nullptr);
    };
    connect(m_charts, &ChartsPage::currentChartChanged, this, chartShown);
    chartShown(m_charts->currentChart());
    retranslate();
    updateRecentMenu();
    setDocument(nullptr);

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(stateKey).toByteArray()))
        resizeDocks({m_explorerDock}, {380}, Qt::Horizontal);
}

MainWindow::~MainWindow()
{
    delete m_presentation; // it mirrors the charts page, which goes with this window
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newProject);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openProjectDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_saveAsAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveProjectAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeProject);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, [this] { importSurvey(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportChartAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportChart);
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportReportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportReport);
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString());
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString());
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addSeparator();
    m_copyChartAction = m_editMenu->addAction(QString(), this, &MainWindow::copyChart);
    m_copyChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_explorerDock->toggleViewAction());
    QAction *dataAction = m_dataDock->toggleViewAction();
    dataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_viewMenu->addAction(dataAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_viewMenu->addSeparator();
    m_presentAction = m_viewMenu->addAction(QString(), this, [this] { present(nullptr); });
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentOnMenu = m_viewMenu->addMenu(QString());
    connect(m_presentOnMenu, &QMenu::aboutToShow, this, [this] {
        m_presentOnMenu->clear();
        for (QScreen *screen : QGuiApplication::screens()) {
            m_presentOnMenu->addAction(tr("%1 (%2 × %3)")
                                           .arg(screen->name())
                                           .arg(screen->size().width())
                                           .arg(screen->size().height()),
                                       this, [this, screen] { present(screen); });
        }
    });

    // Charts: each page one keystroke away, and the vendors in turn for a room to follow.
    m_chartsMenu = menuBar()->addMenu(QString());
    for (int page = 0; page < ChartBook::pageCount; ++page) {
        QAction *action = m_chartsMenu->addAction(
            QString(), this, [this, page] { m_charts->showChart(ChartBook::Page(page)); });
        // Ctrl+1…9, then Ctrl+Alt+1…9: every chart one keystroke away.
        action->setShortcut(QKeySequence((page < 9 ? Qt::CTRL : Qt::CTRL | Qt::ALT)
                                         | Qt::Key(Qt::Key_1 + page % 9)));
        m_chartActions.append(action);
    }
    m_chartsMenu->addSeparator();
    m_nextChartAction
        = m_chartsMenu->addAction(QString(), this, [this] { m_charts->showNextPage(1); });
    m_nextChartAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_previousChartAction
        = m_chartsMenu->addAction(QString(), this, [this] { m_charts->showNextPage(-1); });
    m_previousChartAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                         QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_chartsMenu->addSeparator();
    m_nextVendorAction
        = m_chartsMenu->addAction(QString(), this, [this] { m_charts->highlightNextVendor(1); });
    m_nextVendorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    m_previousVendorAction
        = m_chartsMenu->addAction(QString(), this, [this] { m_charts->highlightNextVendor(-1); });
    m_previousVendorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setData(QString());
    m_languageMenu->addSeparator();
    QList<QAction *> languageActions{m_systemLanguageAction};
    for (const QString &language : LanguageManager::languages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setData(language);
        languageActions << action;
    }
    const QString chosen = m_languages->chosen();
    for (QAction *action : languageActions) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == chosen);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_languages->choose(action->data().toString()); });

    // The seven CEM steps: the guided path, on the latest cycle or a new one.
    m_cycleMenu = menuBar()->addMenu(QString());
    m_wizardAction = m_cycleMenu->addAction(QString(), this, [this] { openCemWizard(0); });
    m_wizardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_newCycleAction = m_cycleMenu->addAction(QString(), this, &MainWindow::startCycle);

    m_helpMenu = menuBar()->addMenu(QString());
    m_demoMenu = m_helpMenu->addMenu(QString());
    m_meisuAction
        = m_demoMenu->addAction(QString(), this, [this] { openDemo(DemoProject::Kind::Meisu); });
    m_b2bAction
        = m_demoMenu->addAction(QString(), this, [this] { openDemo(DemoProject::Kind::B2b); });
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Peakend"),
                           tr("<h3>Peakend %1</h3><p>Customer-experience analytics: emotion "
                              "curves, derived importance and the seven steps of Customer "
                              "Experience Management.</p><p>Licensed under the GNU GPL, "
                              "version 3 or later.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Project…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_closeAction->setText(tr("&Close"));
    m_importAction->setText(tr("&Import Survey…"));
    m_exportChartAction->setText(tr("&Export Chart…"));
    m_exportReportAction->setText(tr("Export &Report…"));
    m_presentAction->setText(tr("&Present"));
    m_presentOnMenu->setTitle(tr("Present &On"));
    m_copyChartAction->setText(tr("&Copy Chart as Image"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_chartsMenu->setTitle(tr("&Charts"));
    for (int page = 0; page < m_chartActions.size(); ++page)
        m_chartActions.at(page)->setText(ChartBook::name(ChartBook::Page(page)));
    m_nextVendorAction->setText(tr("Highlight &Next Vendor"));
    m_nextChartAction->setText(tr("Next &Page"));
    m_previousChartAction->setText(tr("Previous P&age"));
    m_previousVendorAction->setText(tr("Highlight &Previous Vendor"));
    m_charts->setFrontPageTitle(tr("Project"));
    m_systemLanguageAction->setText(tr("System Language"));
    m_cycleMenu->setTitle(tr("C&ycle"));
    m_wizardAction->setText(tr("Seven &Steps Wizard…"));
    m_newCycleAction->setText(tr("Start &New Cycle"));
    m_helpMenu->setTitle(tr("&Help"));
    m_demoMenu->setTitle(tr("Open &Demo"));
    m_meisuAction->setText(DemoProject::title(DemoProject::Kind::Meisu));
    m_b2bAction->setText(DemoProject::title(DemoProject::Kind::B2b));
    m_aboutAction->setText(tr("&About Peakend"));
    m_explorerDock->setWindowTitle(tr("Project"));
    m_dataDock->setWindowTitle(tr("Data Tables"));
    for (int i = 0; i < m_editors.size(); ++i)
        m_editorTabs->setTabText(i, CatalogueEditor::title(m_editors.at(i)->catalogue()));
    m_editorTabs->setTabText(m_editorTabs->indexOf(m_kpiValuesEditor), tr("KPI Values"));
    m_editorTabs->setTabText(m_editorTabs->indexOf(m_workshopEditor), tr("Workshop Ratings"));
    if (!m_document) {
        m_undoAction->setText(tr("&Undo"));
        m_redoAction->setText(tr("&Redo"));
    }
    updateRecentMenu();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_treeModel->reload();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    setDocument(nullptr);
    event->accept();
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    // Views let go of the old document before it is destroyed.
    m_treeModel->setDocument(document.get());
    m_overview->setDocument(document.get());
    m_charts->setDocument(document.get());
    for (CatalogueEditor *editor : std::as_const(m_editors))
        editor->setDocument(document.get());
    m_workshopEditor->setDocument(document.get());
    m_kpiValuesEditor->setDocument(document.get());
    m_document = std::move(document);

    // Undo/Redo follow the document's stack; without one they stay disabled.
    for (QAction *action : {m_undoAction, m_redoAction})
        disconnect(action, &QAction::triggered, nullptr, nullptr);
    if (m_document) {
        QUndoStack *stack = m_document->undoStack();
        connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
        connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
        connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
        connect(stack, &QUndoStack::undoTextChanged, m_undoAction, [this](const QString &text) {
            m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
        });
        connect(stack, &QUndoStack::redoTextChanged, m_redoAction, [this](const QString &text) {
            m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
        });
        connect(m_document.get(), &ProjectDocument::modifiedChanged, this,
                &MainWindow::setWindowModified);
        connect(m_document.get(), &ProjectDocument::filePathChanged, this,
                &MainWindow::updateTitle);
        connect(m_document.get(), &ProjectDocument::changed, this, &MainWindow::updateTitle);
        connect(m_document.get(), &ProjectDocument::errorOccurred, this,
                [this](const QString &message) { showError(tr("Edit failed"), message); });
        m_undoAction->setEnabled(stack->canUndo());
        m_redoAction->setEnabled(stack->canRedo());
    } else {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    }
    m_saveAsAction->setEnabled(m_document != nullptr);
    m_exportReportAction->setEnabled(m_document != nullptr);
    m_presentAction->setEnabled(m_document != nullptr);
    m_presentOnMenu->setEnabled(m_document != nullptr);
    m_closeAction->setEnabled(m_document != nullptr);
    m_importAction->setEnabled(m_document && !m_document->isReadOnly());
    for (QAction *action : std::as_const(m_chartActions))
        action->setEnabled(m_document != nullptr);
    if (!m_document)
        m_sampleLabel->clear();
    m_tree->expandToDepth(0);
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Peakend"));
        setWindowModified(false);
        m_statusLabel->clear();
        return;
    }
    QString title = m_document->displayName() + QStringLiteral("[*]");
    if (m_document->isReadOnly())
        title += QLatin1Char(' ') + tr("(read-only)");
    setWindowTitle(title + QStringLiteral(" — Peakend"));
    setWindowModified(m_document->isModified());
    const ProjectRepository &data = m_document->repository();
    m_statusLabel->setText(
        tr("In the project: %1")
            .arg(tr("%Ln respondent(s)", nullptr, int(data.surveyedRespondentCount()))
                 + QStringLiteral(" · ") + tr("%Ln rating(s)", nullptr, int(data.ratingCount()))));
}

void MainWindow::showInEditor(const QModelIndex &index)
{
    // A vendor, subprocess, factor, touchpoint or incident opens in its table.
    using Kind = ProjectTreeModel::NodeKind;
    const auto kind = index.data(ProjectTreeModel::KindRole).value<Kind>();
    if (kind == Kind::Segment) { // the charts show that segment
        m_charts->selectSegment(index.data(ProjectTreeModel::SegmentRole).toString());
        return;
    }
    if (kind == Kind::Cycle) { // the wizard, where that cycle stopped
        openCemWizard(index.data(ProjectTreeModel::IdRole).toLongLong());
        return;
    }
    const QList<std::pair<Kind, Catalogue>> tables{{Kind::Vendor, Catalogue::Vendors},
                                                   {Kind::Subprocess, Catalogue::Subprocesses},
                                                   {Kind::Factor, Catalogue::Factors},
                                                   {Kind::Touchpoint, Catalogue::Touchpoints},
                                                   {Kind::Incident, Catalogue::Incidents}};
    for (const auto &[nodeKind, catalogue] : tables) {
        if (kind != nodeKind)
            continue;
        for (CatalogueEditor *editor : std::as_const(m_editors)) {
            if (editor->catalogue() != catalogue)
                continue;
            m_dataDock->show();
            m_editorTabs->setCurrentWidget(editor);
            editor->selectItem(index.data(ProjectTreeModel::IdRole).toLongLong());
        }
    }
}

// The new project's checklist on the findings page: each step opens where it is done.
void MainWindow::doChecklistStep(FindingsPage::Action action)
{
    const auto showTable = [this](QWidget *editor) {
        m_dataDock->show();
        m_editorTabs->setCurrentWidget(editor);
        editor->setFocus();
    };
    const auto catalogueEditor = [this](Catalogue catalogue) -> QWidget * {
        for (CatalogueEditor *editor : std::as_const(m_editors)) {
            if (editor->catalogue() == catalogue)
                return editor;
        }
        return nullptr;
    };
    switch (action) {
    case FindingsPage::Action::Vendors:
        showTable(catalogueEditor(Catalogue::Vendors));
        break;
    case FindingsPage::Action::Journey:
        showTable(catalogueEditor(Catalogue::Subprocesses));
        break;
    case FindingsPage::Action::Import:
        importSurvey();
        break;
    case FindingsPage::Action::Workshop:
        showTable(m_workshopEditor);
        break;
    case FindingsPage::Action::Wizard:
        openCemWizard(0);
        break;
    }
}

void MainWindow::exportChart()
{
    const Chart *chart = m_charts->currentChart();
    if (!chart)
        return;
    ChartExportOptions about;
    about.projectName = m_document ? m_document->repository().projectInfo().name : QString();
    about.source = m_charts->sourceText();
    ChartExportDialog dialog(chart, about, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.path())),
                                 8000);
}

void MainWindow::exportReport()
{
    if (!m_document)
        return;
    ReportDialog dialog(m_document->repository(), m_charts->assembly(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("Wrote the report to %1").arg(QDir::toNativeSeparators(dialog.path())), 8000);
}

// Without a choice, on a screen other than the window's (the projector) when there is one.
void MainWindow::present(QScreen *screen)
{
    if (!m_document)
        return;
    if (!screen) {
        screen = this->screen();
        for (QScreen *other : QGuiApplication::screens()) {
            if (other != this->screen())
                screen = other;
        }
    }
    if (m_presentation)
        m_presentation->close();
    m_presentation = new PresentationWindow(m_charts);
    m_presentation->present(screen);
}

void MainWindow::copyChart()
{
    if (const Chart *chart = m_charts->copyCurrentChart())
        statusBar()->showMessage(tr("Copied “%1” as an image").arg(chart->title()), 5000);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

QString MainWindow::projectFolder() const
{
    const QString remembered = QSettings().value(folderKey).toString();
    return remembered.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
               : remembered;
}

bool MainWindow::openProject(const QString &path)
{
    if (m_document && QFileInfo(m_document->filePath()) == QFileInfo(path))
        return true;
    StoreError error;
    auto document = ProjectDocument::open(path, &error);
    if (!document && error.canOpenReadOnly()) {
        const auto answer
            = QMessageBox::question(this, tr("Open Project"), error.message,
                                    QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Open)
            document = ProjectDocument::open(path, &error, ProjectStore::Access::ReadOnly);
        else
            return false;
    }
    if (!document) {
        showError(tr("Open Project"), error.message);
        return false;
    }
    setDocument(std::move(document));
    addRecentFile(path);
    return true;
}

bool MainWindow::openDemo(DemoProject::Kind kind)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                           + QStringLiteral("/demos");
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(DemoProject::fileName(kind));
    // A fresh copy every time: the demo is for trying things out.
    if (m_document && QFileInfo(m_document->filePath()) == QFileInfo(path))
        setDocument(nullptr);
    const StoreError error = DemoProject::create(kind, path);
    if (!error.isOk()) {
        showError(tr("Open Demo"), error.message);
        return false;
    }
    return openProject(path);
}

void MainWindow::newProject()
{
    // A name to start from, never one that is taken: "Customer experience 2026-12-06.peakend".
    const QDir folder(projectFolder());
    const QString stem
        = tr("Customer experience %1").arg(QDate::currentDate().toString(Qt::ISODate));
    QString suggested = folder.filePath(stem + QStringLiteral(".peakend"));
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = folder.filePath(QStringLiteral("%1 (%2).peakend").arg(stem).arg(n));
    // The dialog does not ask: the name gets its suffix after it, and the question must say
    // what replacing a project costs.
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), suggested,
                                                      tr("Peakend projects (*.peakend)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const QString file
        = path.endsWith(QLatin1String(".peakend")) ? path : path + QStringLiteral(".peakend");
    if (!ReplaceQuestion::ask(this, tr("New Project"), file))
        return;
    if (m_document && QFileInfo(m_document->filePath()) == QFileInfo(file))
        setDocument(nullptr);
    StoreError error;
    auto document = ProjectDocument::create(file, QFileInfo(file).completeBaseName(), &error,
                                            ProjectDocument::Start::WithCemFactors);
    if (!document) {
        showError(tr("New Project"), error.message);
        return;
    }
    QSettings().setValue(folderKey, QFileInfo(file).absolutePath());
    setDocument(std::move(document));
    addRecentFile(file);
}

void MainWindow::openProjectDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Project"), projectFolder(),
                                       tr("Peakend projects (*.peakend);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    openProject(path);
}

void MainWindow::saveProjectAs()
{
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), m_document->filePath(),
                                                tr("Peakend projects (*.peakend)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".peakend")))
        path += QStringLiteral(".peakend");
    if (QFileInfo(path) != QFileInfo(m_document->filePath())
        && !ReplaceQuestion::ask(this, tr("Save Project As"), path)) {
        return;
    }
    const StoreError error = m_document->saveAs(path);
    if (!error.isOk()) {
        showError(tr("Save Project As"), error.message);
        return;
    }
    addRecentFile(path);
    updateTitle();
}

void MainWindow::importSurvey(const QString &file)
{
    if (!m_document || m_document->isReadOnly())
        return;
    // Not modal to the application: the window stays readable while a long import runs.
    auto *wizard = new SurveyImportWizard(m_document.get(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    if (!file.isEmpty())
        wizard->setFile(file);
    wizard->show();
}

void MainWindow::openCemWizard(qint64 cycleId)
{
    if (!m_document)
        return;
    const QList<CemCycle> cycles = m_document->repository().cycles();
    if (cycleId == 0 && cycles.isEmpty()) {
        startCycle();
        return;
    }
    if (cycleId == 0)
        cycleId = cycles.constLast().id;
    auto *wizard = new CemWizard(m_document.get(), cycleId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
}

void MainWindow::startCycle()
{
    if (!m_document || m_document->isReadOnly())
        return;
    if (m_document->repository().factors().isEmpty()) {
        QMessageBox::information(this, tr("Start New Cycle"),
                                 tr("A cycle rates the project's factors (product, service, "
                                    "convenience …): add them under View → Data Tables → "
                                    "Factors first."));
        m_dataDock->show();
        return;
    }
    const QList<CemCycle> cycles = m_document->repository().cycles();
    const qint64 baseline = cycles.isEmpty() ? 0 : cycles.constLast().id;
    auto *start = new StartCycle(
        m_document.get(), tr("Cycle %1").arg(cycles.isEmpty() ? 1 : cycles.constLast().number + 1),
        baseline);
    m_document->undoStack()->push(start);
    if (start->cycleId() != 0)
        openCemWizard(start->cycleId());
}

void MainWindow::closeProject()
{
    setDocument(nullptr);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(recentKey).toStringList();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(file).fileName(), this,
                                                  [this, file] { openProject(file); });
        action->setToolTip(file);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(recentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace Peakend
