#include "alignmentpage.h"

#include "cemwizard.h"
#include "charts/chartview.h"
#include "charts/impactfeasibilitychart.h"
#include "editors/choicedelegate.h"
#include "itemmodels/draftrequirementsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Peakend {

using C = DraftRequirementsModel::Column;

AlignmentPage::AlignmentPage(CemWizard *wizard)
    : CemWizardPage(wizard)
    , m_strategy(new QPlainTextEdit(this))
    , m_model(
          new DraftRequirementsModel({C::Title, C::Priority, C::StrategicFit, C::People, C::Process,
                                      C::Technology, C::Feasibility, C::Quadrant, C::Decision},
                                     this))
    , m_table(new QTableView(this))
    , m_chart(new ImpactFeasibilityChart)
    , m_chartView(new ChartView(m_chart.get(), this))
{
    setSubTitle(tr("Does each requirement fit the strategy, and are people, processes and "
                   "technology ready for it? Score 1 (not at all) to 5 (fully), then decide."));
    m_strategy->setObjectName(QStringLiteral("strategy"));
    m_strategy->setPlaceholderText(tr("The strategy this cycle follows."));
    m_strategy->setMaximumHeight(90);
    m_table->setObjectName(QStringLiteral("alignmentTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(1, 1);
    body()->addWidget(new QLabel(tr("Strategy:"), this));
    body()->addWidget(m_strategy);
    body()->addWidget(splitter, 1);

    connect(m_strategy, &QPlainTextEdit::textChanged, this,
            [this] { draft().cycle.strategy = m_strategy->toPlainText().trimmed(); });
    connect(m_model, &DraftRequirementsModel::edited, this, [this] {
        showMessage(QString());
        updateChart();
    });
    connect(m_model, &DraftRequirementsModel::refused, this, &AlignmentPage::showMessage);
}

AlignmentPage::~AlignmentPage() = default;

void AlignmentPage::load()
{
    {
        const QSignalBlocker block(m_strategy);
        if (m_strategy->toPlainText().trimmed() != draft().cycle.strategy)
            m_strategy->setPlainText(draft().cycle.strategy);
    }
    m_model->setDraft(&draft(), cemWizard()->factors());
    updateChart();
}

void AlignmentPage::updateChart()
{
    m_chart->setSteps(m_model->steps());
    m_chartView->update();
}

QString AlignmentPage::problem() const
{
    QStringList unscored;
    QStringList undecided;
    for (const Requirement &requirement : draft().requirements) {
        if (requirement.strategicFit == 0 || requirement.readinessPeople == 0
            || requirement.readinessProcess == 0 || requirement.readinessTechnology == 0)
            unscored.append(requirement.title);
        else if (requirement.decision == Decision::Undecided)
            undecided.append(requirement.title);
    }
    if (!unscored.isEmpty())
        return tr("Score strategic fit and the readiness of people, process and technology "
                  "(1–5) for: %1.")
            .arg(unscored.join(tr(", ")));
    if (!undecided.isEmpty())
        return tr("Decide (do, later or drop) for: %1.").arg(undecided.join(tr(", ")));
    return QString();
}

} // namespace Peakend
