#include "feedbackpage.h"

#include "analysis/cemsteps.h"
#include "cemwizard.h"
#include "charts/chartview.h"
#include "charts/kpichart.h"
#include "document/projectdocument.h"
#include "editors/choicedelegate.h"
#include "itemmodels/draftfactorsmodel.h"
#include "itemmodels/draftkpismodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Peakend {

FeedbackPage::FeedbackPage(CemWizard *wizard)
    : CemWizardPage(wizard)
    , m_kpis(new DraftKpisModel(this))
    , m_values(new DraftKpiValuesModel(this))
    , m_kpiTable(new QTableView(this))
    , m_valueTable(new QTableView(this))
    , m_chart(new KpiChart)
    , m_chartView(new ChartView(m_chart.get(), this))
    , m_comparisonTitle(new QLabel(this))
    , m_comparison(new QTableWidget(this))
    , m_startNext(new QPushButton(tr("&Start Next Cycle"), this))
{
    setSubTitle(tr("Measure what the actions changed: KPIs per period, each linked to the "
                   "requirement it tracks. When the results are in, start the next cycle: it "
                   "copies the factors and compares itself with this one."));
    m_kpiTable->setObjectName(QStringLiteral("kpiTable"));
    m_kpiTable->setModel(m_kpis);
    m_kpiTable->setItemDelegate(new ChoiceDelegate(m_kpiTable));
    m_kpiTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kpiTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kpiTable->verticalHeader()->hide();
    m_kpiTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_valueTable->setObjectName(QStringLiteral("kpiValueTable"));
    m_valueTable->setModel(m_values);
    m_valueTable->verticalHeader()->hide();
    m_valueTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->setObjectName(QStringLiteral("cycleComparison"));
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->verticalHeader()->hide();
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_startNext->setObjectName(QStringLiteral("startNextCycle"));

    auto *addKpi = new QPushButton(tr("Add &KPI"), this);
    auto *removeKpi = new QPushButton(tr("Remove KPI"), this);
    auto *addPeriod = new QPushButton(tr("Add &Period"), this);
    auto *removePeriod = new QPushButton(tr("Remove Period"), this);
    addKpi->setObjectName(QStringLiteral("addKpi"));
    addPeriod->setObjectName(QStringLiteral("addPeriod"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_kpiTable, 0, 0);
    grid->addWidget(m_valueTable, 0, 1);
    grid->addWidget(m_chartView, 0, 2, 2, 1);
    auto *kpiButtons = new QHBoxLayout;
    kpiButtons->addWidget(addKpi);
    kpiButtons->addWidget(removeKpi);
    kpiButtons->addStretch();
    auto *valueButtons = new QHBoxLayout;
    valueButtons->addWidget(addPeriod);
    valueButtons->addWidget(removePeriod);
    valueButtons->addStretch();
    grid->addLayout(kpiButtons, 1, 0);
    grid->addLayout(valueButtons, 1, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 3);
    body()->addLayout(grid, 3);
    body()->addWidget(m_comparisonTitle);
    body()->addWidget(m_comparison, 2);
    auto *next = new QHBoxLayout;
    next->addStretch();
    next->addWidget(m_startNext);
    body()->addLayout(next);

    connect(addKpi, &QPushButton::clicked, this,
            [this] { selectKpi(m_kpis->addKpi(tr("New KPI"))); });
    connect(removeKpi, &QPushButton::clicked, this, [this] {
        m_kpis->removeKpi(m_kpiTable->currentIndex().row());
        selectKpi(m_kpis->rowCount() - 1);
    });
    connect(addPeriod, &QPushButton::clicked, this, [this] {
        const int row = m_values->addPeriod();
        if (row >= 0)
            m_valueTable->edit(m_values->index(row, DraftKpiValuesModel::Value));
    });
    connect(removePeriod, &QPushButton::clicked, this,
            [this] { m_values->removePeriod(m_valueTable->currentIndex().row()); });
    connect(m_kpiTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_values->setKpi(&draft(), current.row());
                updateChart();
            });
    connect(m_kpis, &DraftKpisModel::edited, this, &FeedbackPage::updateChart);
    connect(m_values, &DraftKpiValuesModel::edited, this, [this] {
        showMessage(QString());
        updateChart();
    });
    connect(m_values, &DraftKpiValuesModel::refused, this, &FeedbackPage::showMessage);
    connect(m_startNext, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Start Next Cycle"),
            tr("Start the next cycle? It copies the factors' values as a starting point and "
               "compares itself with “%1”. This cycle stays as it is.")
                .arg(draft().cycle.name));
        if (answer == QMessageBox::Yes)
            cemWizard()->startNextCycle();
    });
}

FeedbackPage::~FeedbackPage() = default;

void FeedbackPage::load()
{
    m_kpis->setDraft(&draft());
    selectKpi(m_kpis->rowCount() > 0 ? 0 : -1);
    updateComparison();
    m_startNext->setEnabled(!cemWizard()->document()->isReadOnly());
}

void FeedbackPage::selectKpi(int row)
{
    if (row >= 0) {
        m_kpiTable->setCurrentIndex(m_kpis->index(row, 0));
        m_kpiTable->selectRow(row);
    }
    m_values->setKpi(&draft(), row);
    updateChart();
}

void FeedbackPage::updateChart()
{
    const int row = m_values->kpiRow();
    if (row < 0) {
        m_chart->setKpi(Kpi(), QString());
    } else {
        const Kpi &kpi = draft().kpis.at(row);
        QString requirement;
        for (const Requirement &candidate : draft().requirements) {
            if (candidate.id == kpi.requirementId)
                requirement = candidate.title;
        }
        m_chart->setKpi(kpi, requirement);
    }
    m_chartView->update();
}

void FeedbackPage::updateComparison()
{
    const qint64 baselineId = draft().cycle.baselineId;
    m_comparison->clear();
    if (baselineId == 0) {
        m_comparisonTitle->setText(tr("This is the first cycle: the next one will be compared "
                                      "with it."));
        m_comparison->setRowCount(0);
        m_comparison->setColumnCount(0);
        m_comparison->hide();
        return;
    }
    const CycleDraft baseline = cemWizard()->document()->repository().cycleDraft(baselineId);
    m_comparisonTitle->setText(tr("Compared with “%1” (before → now):").arg(baseline.cycle.name));
    m_comparison->show();
    const CemSteps before = CemSteps::compute(cemWizard()->factors(), baseline.factors);
    const CemSteps now = CemSteps::compute(cemWizard()->factors(), draft().factors);
    using C = DraftFactorsModel::Column;
    const QList<C> columns{C::Experience, C::Satisfaction, C::Weighted, C::Gap};
    QStringList headers{DraftFactorsModel::columnName(C::Name)};
    for (const C column : columns)
        headers.append(DraftFactorsModel::columnName(column));
    m_comparison->setColumnCount(int(headers.size()));
    m_comparison->setHorizontalHeaderLabels(headers);
    m_comparison->setRowCount(int(now.factors.size()));
    const auto pick = [](const CemFactorRow &row, C column) {
        switch (column) {
        case C::Experience:
            return row.experience;
        case C::Satisfaction:
            return row.satisfaction;
        case C::Weighted:
            return row.weighted;
        default:
            return row.gap;
        }
    };
    for (int f = 0; f < now.factors.size(); ++f) {
        m_comparison->setItem(f, 0, new QTableWidgetItem(now.factors.at(f).factor.name));
        for (int c = 0; c < columns.size(); ++c) {
            const double was = pick(before.factors.at(f), columns.at(c));
            const double is = pick(now.factors.at(f), columns.at(c));
            auto *item = new QTableWidgetItem(
                tr("%1 → %2").arg(DraftFactorsModel::number(was), DraftFactorsModel::number(is)));
            item->setTextAlignment(Qt::AlignCenter);
            if (!std::isnan(was) && !std::isnan(is) && was != is)
                item->setForeground(is > was ? QColor(0x00, 0x72, 0xb2) : QColor(0xb2, 0x18, 0x2b));
            m_comparison->setItem(f, c + 1, item);
        }
    }
}

QString FeedbackPage::problem() const
{
    for (const Kpi &kpi : draft().kpis) {
        if (!kpi.values.isEmpty())
            return QString();
    }
    return tr("Add a KPI with at least one measured value, so that the cycle's results can be "
              "seen.");
}

} // namespace Peakend
