#include "findingspage.h"

#include "charts/chartview.h"
#include "charts/emotioncurvechart.h"
#include "findingtile.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Peakend {

FindingsPage::FindingsPage(QWidget *parent)
    : QWidget(parent)
    , m_curve(std::make_unique<EmotionCurveChart>())
    , m_stack(new QStackedWidget)
    , m_headline(new QLabel)
    , m_source(new QLabel)
    , m_curveView(new ChartView(m_curve.get()))
    , m_tileLayout(new QVBoxLayout)
    , m_body(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_checklistTitle(new QLabel)
{
    setObjectName(QStringLiteral("FindingsPage"));
    m_curve->setParadoxExplained(false); // the headline says it
    m_headline->setObjectName(QStringLiteral("findingsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_headline->setFont(big);
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_curveView->setToolTip(tr("Open the emotion curves"));
    m_curveView->setCursor(Qt::PointingHandCursor);
    connect(m_curveView, &ChartView::pressed, this,
            [this] { emit chartRequested(QStringLiteral("curves")); });

    auto *findings = new QWidget;
    m_body->addWidget(m_curveView, 3);
    m_tileLayout->setSpacing(8);
    m_body->addLayout(m_tileLayout, 2);
    auto *column = new QVBoxLayout(findings);
    column->setContentsMargins(16, 12, 16, 12);
    column->addWidget(m_headline);
    column->addWidget(m_source);
    column->addLayout(m_body, 1);
    auto *scroll = new QScrollArea; // a narrow window scrolls down to the tiles
    scroll->setWidget(findings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The checklist of a new project: each step with the button that does it.
    auto *checklist = new QWidget;
    auto *steps = new QGridLayout;
    steps->setHorizontalSpacing(16);
    steps->setVerticalSpacing(12);
    const QList<QList<Action>> buttons{
        {Action::Vendors}, {Action::Journey}, {Action::Import, Action::Workshop}, {Action::Wizard}};
    for (int step = 0; step < buttons.size(); ++step) {
        auto *label = new QLabel;
        label->setWordWrap(true);
        m_checklistSteps.append(label);
        steps->addWidget(label, step, 0);
        auto *row = new QHBoxLayout;
        for (const Action action : buttons.at(step)) {
            auto *button = new QPushButton;
            button->setProperty("action", int(action));
            connect(button, &QPushButton::clicked, this,
                    [this, action] { emit actionRequested(action); });
            m_checklistButtons.append(button);
            row->addWidget(button);
        }
        row->addStretch();
        steps->addLayout(row, step, 1);
    }
    steps->setColumnStretch(0, 2);
    steps->setColumnStretch(1, 1);
    QFont title = m_checklistTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    m_checklistTitle->setFont(title);
    m_checklistTitle->setWordWrap(true);
    auto *checklistColumn = new QVBoxLayout(checklist);
    checklistColumn->setContentsMargins(24, 20, 24, 20);
    checklistColumn->addWidget(m_checklistTitle);
    checklistColumn->addSpacing(12);
    checklistColumn->addLayout(steps);
    checklistColumn->addStretch();

    m_stack->addWidget(scroll);
    m_stack->addWidget(checklist);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslate();
    setFindings({}, {}, QString(), {});
}

FindingsPage::~FindingsPage() = default;

QString FindingsPage::headline() const
{
    return m_stack->currentIndex() == 0 ? m_headline->text() : m_checklistTitle->text();
}

void FindingsPage::setFindings(const Findings &findings, const EmotionCurves &curves,
                               const QString &source, const Progress &progress)
{
    m_findings = findings;
    m_progress = progress;
    if (findings.headline.isEmpty() && findings.tiles.isEmpty()) {
        showChecklist();
        return;
    }
    m_stack->setCurrentIndex(0);
    m_headline->setText(findings.headline);
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());
    m_curve->setCurves(curves);
    m_curve->setHighlightedVendor(
        findings.focusVendor >= 0 ? curves.vendors.at(findings.focusVendor).vendor.id : 0);
    m_curveView->setVisible(findings.focusVendor >= 0);
    m_curveView->update();

    while (m_tiles.size() > findings.tiles.size())
        delete m_tiles.takeLast();
    while (m_tiles.size() < findings.tiles.size()) {
        auto *tile = new FindingTileButton;
        connect(tile, &FindingTileButton::clicked, this,
                [this, tile] { emit chartRequested(tile->tile().chart); });
        m_tileLayout->insertWidget(int(m_tiles.size()), tile);
        m_tiles.append(tile);
    }
    for (int t = 0; t < findings.tiles.size(); ++t)
        m_tiles.at(t)->setTile(findings.tiles.at(t));
    if (m_tileLayout->count() == m_tiles.size())
        m_tileLayout->addStretch();
}

void FindingsPage::showChecklist()
{
    m_stack->setCurrentIndex(1);
    if (!m_progress.open) {
        m_checklistTitle->setText(tr("No project is open. Create one with File → New, or look "
                                     "at a demo with Help → Open Demo."));
    } else {
        m_checklistTitle->setText(tr("Four steps to the first emotion curves:"));
    }
    const QList<bool> done{m_progress.vendors, m_progress.journey, m_progress.ratings,
                           m_progress.cycle};
    const QStringList texts{
        tr("Name the vendors you compare, your own company among them."),
        tr("Lay out the purchase journey: its subprocesses in the order customers go through "
           "them."),
        tr("Import a survey export, or rate the journey with the room in a workshop."),
        tr("Walk through the seven steps of customer experience management.")};
    for (int step = 0; step < m_checklistSteps.size(); ++step) {
        QLabel *label = m_checklistSteps.at(step);
        label->setText((done.at(step) ? QStringLiteral("✓ ") : QStringLiteral("%1. ").arg(step + 1))
                       + texts.at(step));
        label->setVisible(m_progress.open);
        QFont font = label->font();
        font.setStrikeOut(false);
        font.setBold(!done.at(step)
                     && std::find(done.cbegin(), done.cbegin() + step, false)
                            == done.cbegin() + step);
        label->setFont(font);
    }
    for (QPushButton *button : std::as_const(m_checklistButtons))
        button->setVisible(m_progress.open);
}

void FindingsPage::retranslate()
{
    for (QPushButton *button : std::as_const(m_checklistButtons)) {
        switch (Action(button->property("action").toInt())) {
        case Action::Vendors:
            button->setText(tr("Vendors…"));
            break;
        case Action::Journey:
            button->setText(tr("Journey…"));
            break;
        case Action::Import:
            button->setText(tr("Import Survey…"));
            break;
        case Action::Workshop:
            button->setText(tr("Workshop Ratings…"));
            break;
        case Action::Wizard:
            button->setText(tr("Seven Steps Wizard…"));
            break;
        }
    }
    m_curveView->setToolTip(tr("Open the emotion curves"));
    if (m_stack->currentIndex() == 1)
        showChecklist();
}

void FindingsPage::resizeEvent(QResizeEvent *event)
{
    // Below about 60 characters per column the curve needs the whole width: tiles go under it.
    const bool narrow = event->size().width() < fontMetrics().averageCharWidth() * 120;
    m_body->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_curveView->setMinimumHeight(narrow ? fontMetrics().height() * 22 : 0);
    QWidget::resizeEvent(event);
}

void FindingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peakend
