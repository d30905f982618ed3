#include "workshopratingseditor.h"

#include "analysis/emotioncurves.h"
#include "assembly/waveassembler.h"
#include "commands/setworkshoprating.h"
#include "document/projectdocument.h"
#include "itemmodels/workshopratingsmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace Peakend {

namespace {

// Enter commits the cell and, like a spreadsheet, goes on to the one below.
class NextRowDelegate : public QStyledItemDelegate
{
public:
    NextRowDelegate(QTableView *view) : QStyledItemDelegate(view), m_view(view) {}

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        const auto *key
            = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event) : nullptr;
        auto *editor = qobject_cast<QWidget *>(object);
        if (!key || !editor || (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter))
            return QStyledItemDelegate::eventFilter(object, event);
        const QModelIndex current = m_view->currentIndex();
        emit commitData(editor);
        emit closeEditor(editor, QAbstractItemDelegate::NoHint);
        const QModelIndex next = m_view->model()->index(current.row() + 1, current.column());
        if (next.isValid()) {
            m_view->setCurrentIndex(next);
            m_view->edit(next);
        }
        return true;
    }

private:
    QTableView *m_view;
};

} // namespace

WorkshopRatingsEditor::WorkshopRatingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new WorkshopRatingsModel(this))
    , m_hint(new QLabel)
    , m_start(new QToolButton)
    , m_view(new QTableView)
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new NextRowDelegate(m_view));
    m_start->setPopupMode(QToolButton::InstantPopup);
    m_start->setMenu(new QMenu(m_start));
    connect(m_start->menu(), &QMenu::aboutToShow, this, &WorkshopRatingsEditor::rebuildStartMenu);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    top->addWidget(m_start, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    retranslate();
}

void WorkshopRatingsEditor::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    m_start->setEnabled(document && !document->isReadOnly());
}

void WorkshopRatingsEditor::rebuildStartMenu()
{
    QMenu *menu = m_start->menu();
    menu->clear();
    if (!m_document)
        return;
    const ProjectRepository &repository = m_document->repository();
    const qint64 workshop = repository.workshopSurvey();
    for (const Survey &survey : repository.surveys()) {
        if (survey.id != workshop)
            menu->addAction(tr("Means of “%1”").arg(survey.name), this,
                            [this, id = survey.id] { startFrom(id); });
    }
    menu->addAction(tr("The Neutral Point (%1)")
                        .arg(QLocale().toString(repository.projectInfo().scale.neutral)),
                    this, [this] { startFrom(0); });
}

int WorkshopRatingsEditor::startFrom(qint64 surveyId)
{
    if (!m_document || m_document->isReadOnly())
        return 0;
    const ProjectRepository &repository = m_document->repository();
    const double neutral = repository.projectInfo().scale.neutral;
    EmotionCurves means;
    if (surveyId != 0)
        means = EmotionCurves::compute(WaveAssembler::load(repository, surveyId));
    const qint64 workshop = repository.workshopSurvey();
    QList<SetWorkshopRating::Cell> cells;
    const QList<Subprocess> subprocesses = repository.subprocesses();
    for (const Vendor &vendor : repository.vendors()) {
        const int v = means.vendorIndex(vendor.id);
        for (int s = 0; s < subprocesses.size(); ++s) {
            const qint64 subprocess = subprocesses.at(s).id;
            if (workshop != 0
                && !std::isnan(repository.workshopRating(workshop, vendor.id, subprocess)))
                continue; // what the room has scored stays
            double value = neutral;
            if (surveyId != 0) {
                qsizetype at = -1;
                for (qsizetype i = 0; i < means.subprocesses.size(); ++i) {
                    if (means.subprocesses.at(i).id == subprocess)
                        at = i;
                }
                value = v >= 0 && at >= 0 ? means.vendors.at(v).cells.at(at).rating.mean : qQNaN();
                value = std::round(value * 10.0) / 10.0;
            }
            if (!std::isnan(value))
                cells.append({vendor.id, subprocess, value});
        }
    }
    if (!cells.isEmpty())
        m_document->undoStack()->push(new SetWorkshopRating(m_document, cells));
    return int(cells.size());
}

void WorkshopRatingsEditor::retranslate()
{
    m_hint->setText(tr("Scores a workshop agrees on, without a survey: type one per vendor and "
                       "subprocess (empty: not rated; Enter goes to the next row). They form "
                       "the “Workshop ratings” wave; on its emotion curves the points can be "
                       "dragged."));
    m_start->setText(tr("Start From"));
    m_start->setToolTip(tr("Fill the empty cells from a survey wave's means or with the neutral "
                           "point, to adjust with the room"));
    m_model->reload();
}

void WorkshopRatingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peakend
