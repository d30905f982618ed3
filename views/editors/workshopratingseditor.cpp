#include "workshopratingseditor.h"

#include "itemmodels/workshopratingsmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Peakend {

WorkshopRatingsEditor::WorkshopRatingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new WorkshopRatingsModel(this))
    , m_hint(new QLabel)
    , m_view(new QTableView)
{
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    retranslate();
}

void WorkshopRatingsEditor::setDocument(ProjectDocument *document)
{
    m_model->setDocument(document);
}

void WorkshopRatingsEditor::retranslate()
{
    m_hint->setText(tr("Scores a workshop agrees on, without a survey: type one per vendor and "
                       "subprocess (empty: not rated). They form the “Workshop ratings” wave; "
                       "on its emotion curves the points can be dragged."));
    m_model->reload();
}

void WorkshopRatingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peakend
