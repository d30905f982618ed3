#include "experiencepage.h"

#include "assembly/waveassembler.h"
#include "cemwizard.h"
#include "charts/chartview.h"
#include "charts/gapchart.h"
#include "document/projectdocument.h"
#include "itemmodels/draftfactorsmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Peakend {

using C = DraftFactorsModel::Column;

ExperiencePage::ExperiencePage(CemWizard *wizard)
    : CemWizardPage(wizard)
    , m_model(new DraftFactorsModel(
          {C::Name, C::Experience, C::Expectation, C::Satisfaction, C::Importance}, this))
    , m_table(new QTableView(this))
    , m_chart(new GapChart)
    , m_chartView(new ChartView(m_chart.get(), this))
    , m_surveyBox(new QGroupBox(tr("Fill from a survey wave"), this))
    , m_wave(new QComboBox(this))
    , m_vendor(new QComboBox(this))
    , m_importance(new QComboBox(this))
    , m_preview(new QTableWidget(this))
{
    setSubTitle(tr("For each factor: how customers experience you (X), what they expect (E) and "
                   "how much it matters to them (I), on the project's scale. Type the workshop's "
                   "numbers or fill them from a survey wave."));
    m_table->setObjectName(QStringLiteral("experienceTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    m_wave->setObjectName(QStringLiteral("surveyWave"));
    m_vendor->setObjectName(QStringLiteral("surveyVendor"));
    m_importance->setObjectName(QStringLiteral("importanceSource"));
    m_importance->addItem(tr("stated by the respondents"));
    m_importance->addItem(tr("derived from the ratings (share of R², rescaled)"));
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels(
        {tr("Factor"), tr("X"), tr("E"), tr("I stated"), tr("I derived")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *use = new QPushButton(tr("&Use These Values"), this);
    use->setObjectName(QStringLiteral("useSurveyValues"));
    auto *form = new QFormLayout(m_surveyBox);
    form->addRow(tr("Wave:"), m_wave);
    form->addRow(tr("Vendor:"), m_vendor);
    form->addRow(tr("Importance:"), m_importance);
    form->addRow(m_preview);
    form->addRow(use);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_surveyBox);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 560});
    body()->addWidget(splitter);

    connect(m_model, &DraftFactorsModel::edited, this, [this] {
        showMessage(QString());
        updateChart();
    });
    connect(m_model, &DraftFactorsModel::refused, this, &ExperiencePage::showMessage);
    connect(m_wave, &QComboBox::currentIndexChanged, this, &ExperiencePage::updateSurveyPreview);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &ExperiencePage::updateSurveyPreview);
    connect(use, &QPushButton::clicked, this, &ExperiencePage::fillFromSurvey);
}

ExperiencePage::~ExperiencePage() = default;

void ExperiencePage::load()
{
    m_model->setDraft(&draft(), cemWizard()->factors(), cemWizard()->scale());
    const ProjectRepository &repository = cemWizard()->document()->repository();
    {
        const QSignalBlocker blockWave(m_wave);
        const QSignalBlocker blockVendor(m_vendor);
        const QVariant wave = m_wave->currentData();
        m_wave->clear();
        for (const Survey &survey : repository.surveys()) {
            if (survey.sourceFormat != ProjectRepository::workshopFormat())
                m_wave->addItem(survey.name, survey.id);
        }
        const int keep = m_wave->findData(wave.isValid() ? wave : QVariant(draft().cycle.surveyId));
        m_wave->setCurrentIndex(keep >= 0 ? keep : m_wave->count() - 1);
        const QVariant vendor = m_vendor->currentData();
        m_vendor->clear();
        for (const Vendor &candidate : repository.vendors()) {
            if (candidate.isOwn)
                m_vendor->insertItem(0, candidate.name, candidate.id);
            else
                m_vendor->addItem(candidate.name, candidate.id);
        }
        m_vendor->setCurrentIndex(std::max(0, m_vendor->findData(vendor)));
    }
    m_surveyBox->setVisible(m_wave->count() > 0);
    updateSurveyPreview();
    updateChart();
}

void ExperiencePage::updateChart()
{
    m_chart->setSteps(m_model->steps(), cemWizard()->scale(), draft().cycle.name);
    m_chartView->update();
}

void ExperiencePage::updateSurveyPreview()
{
    m_fromSurvey = {};
    m_preview->setRowCount(0);
    if (m_wave->count() == 0 || m_vendor->count() == 0)
        return;
    const SurveyData data = WaveAssembler::load(cemWizard()->document()->repository(),
                                                m_wave->currentData().toLongLong());
    int vendor = -1;
    for (int v = 0; v < data.vendors.size(); ++v) {
        if (data.vendors.at(v).id == m_vendor->currentData().toLongLong())
            vendor = v;
    }
    if (vendor < 0)
        return;
    ImportanceOptions options;
    options.bootstrapResamples = 0;
    m_fromSurvey = CemFromSurvey::compute(data, vendor, options);
    m_importance->setCurrentIndex(m_fromSurvey.hasStatedImportance() ? 0 : 1);
    m_preview->setRowCount(int(m_fromSurvey.entries.size()));
    for (int f = 0; f < m_fromSurvey.entries.size(); ++f) {
        const CycleFactor &entry = m_fromSurvey.entries.at(f);
        const QStringList cells{data.factors.at(f).name,
                                DraftFactorsModel::number(entry.experience),
                                DraftFactorsModel::number(entry.expectation),
                                DraftFactorsModel::number(m_fromSurvey.statedImportance.at(f)),
                                DraftFactorsModel::number(m_fromSurvey.derivedImportance.at(f))};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(f, column, new QTableWidgetItem(cells.at(column)));
    }
}

void ExperiencePage::fillFromSurvey()
{
    const bool derived = m_importance->currentIndex() == 1;
    bool any = false;
    for (int f = 0; f < m_fromSurvey.entries.size(); ++f) {
        const CycleFactor &from = m_fromSurvey.entries.at(f);
        for (CycleFactor &entry : draft().factors) {
            if (entry.factorId != from.factorId)
                continue;
            entry.experience = from.experience;
            entry.expectation = from.expectation;
            entry.importance = derived ? m_fromSurvey.derivedImportance.at(f)
                                       : m_fromSurvey.statedImportance.at(f);
            any = any || !std::isnan(from.experience);
        }
    }
    if (!any) {
        showMessage(tr("This wave has no factor ratings for %1: type the values instead.")
                        .arg(m_vendor->currentText()));
        return;
    }
    draft().cycle.surveyId = m_wave->currentData().toLongLong();
    m_model->refresh();
    showMessage(QString());
    updateChart();
}

QString ExperiencePage::problem() const
{
    QStringList missing;
    QStringList unimportant;
    for (const CemFactorRow &row : m_model->steps().factors) {
        if (std::isnan(row.experience) || std::isnan(row.expectation))
            missing.append(row.factor.name);
        else if (row.satisfaction < 0 && std::isnan(row.importance))
            unimportant.append(row.factor.name);
    }
    if (!missing.isEmpty())
        return tr("Enter the experience X and the expectation E of: %1.")
            .arg(missing.join(tr(", ")));
    if (!unimportant.isEmpty())
        return tr("Enter the importance I of the factors that fall short of expectations: %1.")
            .arg(unimportant.join(tr(", ")));
    return QString();
}

} // namespace Peakend
