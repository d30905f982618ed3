#include "projectreport.h"

#include "analysis/exactshapley.h"
#include "analysis/findings.h"
#include "charts/chartstyle.h"
#include "charts/driverimportancechart.h"
#include "charts/emotioncurvechart.h"
#include "charts/gapchart.h"
#include "charts/impactfeasibilitychart.h"
#include "charts/ipachart.h"
#include "charts/kpichart.h"
#include "charts/weakestlinkchart.h"
#include "charts/winmatrixchart.h"
#include "export/analysisjson.h"
#include "itemmodels/draftfactorsmodel.h"
#include "itemmodels/draftkpismodel.h"
#include "itemmodels/draftrequirementsmodel.h"
#include "storage/projectrepository.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Peakend {

namespace {

// Means, shares and coefficients with a true minus sign, never "-0.00".
using NumberFormat::value;

QString percent(double share) // share 0–1
{
    return std::isnan(share) ? QStringLiteral("–") : value(share * 100.0, 1) + QStringLiteral(" %");
}

QString interval(double low, double high, int decimals = 2)
{
    if (std::isnan(low) || std::isnan(high))
        return QString();
    return QStringLiteral("[%1, %2]").arg(value(low, decimals), value(high, decimals));
}

QString withInterval(const QString &estimate, const QString &ci)
{
    return ci.isEmpty() ? estimate : estimate + QLatin1Char(' ') + ci;
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

ProjectReport::ProjectReport(const ProjectRepository &repository, const WaveAssembly &assembly,
                             const QList<CemCycle> &cycles)
    : m_repository(repository)
    , m_assembly(assembly)
    , m_analysis(assembly.analysis)
    , m_cycles(cycles)
{
    m_book.update(assembly, {});
    addCover();
    addFindings();
    m_document.addContents();
    for (const CemCycle &cycle : std::as_const(m_cycles))
        addCycle(cycle);
    addCurves();
    addDrivers();
    addMeasures();
    addAppendix();
}

ProjectReport::~ProjectReport() = default;

bool ProjectReport::write(const QString &path, QString *error)
{
    const QString name = m_repository.projectInfo().name;
    return m_document.writePdf(path, tr("%1 — customer experience report").arg(name),
                               tr("%1 · Peakend report").arg(name), error);
}

bool ProjectReport::writeTables(const QString &folder, QString *error) const
{
    return m_document.writeTables(folder, error);
}

template<typename T>
T *ProjectReport::keep(std::unique_ptr<T> chart)
{
    T *raw = chart.get();
    m_charts.push_back(std::move(chart));
    return raw;
}

template<typename T>
void ProjectReport::addRows(ChartBook::Page page, double aspect)
{
    const T *chart = m_book.chartAs<T>(page);
    const int rows = chart->rowCount();
    if (rows <= chart->rowsFitting(QRectF(QPointF(), ReportDocument::chartSize(aspect)))) {
        m_document.addChart(chart, aspect);
        return;
    }
    constexpr double pageTall = 1.0; // chartSize() makes it most of a page
    const int fitting
        = std::max(1, chart->rowsFitting(QRectF(QPointF(), ReportDocument::chartSize(pageTall))));
    const int parts = (rows + fitting - 1) / fitting;
    const int perPart = (rows + parts - 1) / parts;
    for (int first = 0; first < rows; first += perPart) {
        T *part = keep(std::make_unique<T>(*chart));
        part->setRowWindow(first, perPart);
        m_document.addChart(part, pageTall);
    }
}

int ProjectReport::focusVendor() const
{
    const QList<VendorCurve> &vendors = m_analysis.curves.vendors;
    for (int v = 0; v < vendors.size(); ++v) {
        if (vendors.at(v).vendor.isOwn)
            return v;
    }
    for (int v = 0; v < vendors.size(); ++v) {
        if (vendors.at(v).overallRank == 1)
            return v;
    }
    return vendors.isEmpty() ? -1 : 0;
}

void ProjectReport::addCover()
{
    const ProjectInfo info = m_repository.projectInfo();
    QStringList lines;
    if (info.isSynthetic)
        lines.append(tr("Synthetic demonstration data: names and numbers are generated, not "
                        "measured."));
    if (!info.brandValue.isEmpty())
        lines.append(tr("Brand value: %1").arg(info.brandValue));
    const QString source = m_assembly.source();
    lines.append(source.isEmpty() ? tr("No survey wave.") : source);
    QStringList cycles;
    for (const CemCycle &cycle : std::as_const(m_cycles))
        cycles.append(cycle.name);
    if (!cycles.isEmpty())
        lines.append(tr("CEM cycles: %1").arg(cycles.join(tr(", "))));
    lines.append(tr("Written by Peakend %1 on %2")
                     .arg(QCoreApplication::applicationVersion(),
                          QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    m_document.addCover(info.name, tr("Customer experience report"), lines);
}

// The report's first page is the window's findings page: the story in one sentence, the curve
// of the vendor it is about, the headline numbers and where each CEM cycle should go next;
// then the other findings in a few sentences.
void ProjectReport::addFindings()
{
    m_document.addChapter(tr("Findings"));
    const QList<CycleSteps> &cycles = m_assembly.cycles;
    const Findings findings = Findings::compute(m_analysis, m_assembly.latestCycle());
    m_document.addLead(findings.headline);
    if (findings.focusVendor >= 0) {
        auto *chart = keep(std::make_unique<EmotionCurveChart>());
        chart->setCurves(m_analysis.curves);
        chart->setHighlightedVendor(m_analysis.curves.vendors.at(findings.focusVendor).vendor.id);
        chart->setParadoxExplained(false); // the headline says it
        m_document.addChart(chart, 0.3);
    } else if (!cycles.isEmpty()) { // workshop only: the latest cycle's gaps
        auto *gaps = keep(std::make_unique<GapChart>());
        gaps->setSteps(cycles.constLast().steps, m_assembly.projectScale,
                       cycles.constLast().cycle.name);
        m_document.addChart(gaps, 0.3);
    }
    ReportTable tiles{QStringLiteral("findings"),
                      tr("At a glance"),
                      {tr("Finding"), tr("Value"), tr("Detail")},
                      {},
                      {QStringLiteral("finding"), QStringLiteral("value"), QStringLiteral("detail"),
                       QStringLiteral("chart")},
                      {}};
    for (const FindingTile &tile : findings.tiles)
        tiles.append({tile.title, tile.value, tile.detail},
                     {tile.title, tile.value, tile.detail, tile.chart});
    m_document.addTable(tiles, ReportDocument::Export::PdfOnly); // sentences, not data
    QStringList next;
    for (const CemCycle &cycle : std::as_const(m_cycles)) {
        for (const CycleSteps &steps : cycles) {
            if (steps.cycle.id == cycle.id)
                next.append(tr("%1 — next: %2").arg(cycle.name, Findings::nextStep(steps)));
        }
    }
    if (!next.isEmpty()) {
        m_document.addSection(tr("Next steps"));
        m_document.addBullets(next);
    }

    QStringList more;
    for (const CemCycle &cycle : std::as_const(m_cycles))
        more += cycleFindings(cycle);
    more += surveyFindings();
    if (more.isEmpty() && findings.headline.isEmpty())
        more.append(tr("The project has neither a survey wave nor a CEM cycle yet: there is "
                       "nothing to report."));
    if (!more.isEmpty()) {
        m_document.addSection(tr("More findings"));
        m_document.addBullets(more);
    }
}

QStringList ProjectReport::cycleFindings(const CemCycle &cycle) const
{
    CemSteps steps;
    for (const CycleSteps &entry : m_assembly.cycles) {
        if (entry.cycle.id == cycle.id)
            steps = entry.steps;
    }
    QStringList findings;
    if (steps.keyExperiences.isEmpty()) {
        findings.append(tr("%1: no factor falls short of expectations.").arg(cycle.name));
    } else {
        const CemFactorRow &key = steps.factors.at(steps.keyExperiences.first());
        findings.append(tr("%1: the key experience is %2; its gap to the ideal is %3.")
                            .arg(cycle.name, DraftFactorsModel::weightedReason(key),
                                 DraftFactorsModel::number(key.gap)));
        QStringList others;
        for (int k = 1; k < steps.keyExperiences.size(); ++k) {
            const CemFactorRow &row = steps.factors.at(steps.keyExperiences.at(k));
            others.append(
                tr("%1 (W = %2)").arg(row.factor.name, DraftFactorsModel::number(row.weighted)));
        }
        if (!others.isEmpty())
            findings.append(tr("Also below expectations: %1.").arg(others.join(tr(", "))));
    }
    for (const CemRequirementRow &row : steps.requirements) {
        if (row.requirement.decision == Decision::Do)
            findings.append(tr("Decided to do: %1 (priority %2, %3).")
                                .arg(row.requirement.title, DraftFactorsModel::number(row.priority),
                                     DraftRequirementsModel::quadrantName(row.quadrant)));
    }
    return findings;
}

QStringList ProjectReport::surveyFindings() const
{
    const EmotionCurves &curves = m_analysis.curves;
    QStringList findings;
    if (curves.vendors.isEmpty() || m_analysis.respondents == 0) {
        findings.append(tr("No survey wave: the survey measures are left out of this report."));
        return findings;
    }
    const int focus = focusVendor();
    if (focus >= 0) {
        const VendorCurve &curve = curves.vendors.at(focus);
        const CurveShape &shape = curve.shape;
        if (shape.points > 0) {
            findings.append(
                tr("Emotion curve of %1: pleasure peak at “%2” (%3), pain peak at “%4” (%5), end "
                   "at “%6” (%7); peak-end score %8.")
                    .arg(curve.vendor.name, curves.subprocesses.at(shape.pleasurePeak).name,
                         ChartStyle::signedNumber(shape.pleasure, 2),
                         curves.subprocesses.at(shape.painPeak).name,
                         ChartStyle::signedNumber(shape.pain, 2),
                         curves.subprocesses.at(shape.end).name,
                         ChartStyle::signedNumber(shape.endValue, 2),
                         ChartStyle::signedNumber(shape.peakEnd, 2)));
        }
        if (focus < m_analysis.vendors.size()) {
            const WeakestLink &link = m_analysis.vendors.at(focus).subprocesses;
            if (link.weakest >= 0) {
                const WeakestLinkItem &item = link.items.at(link.weakest);
                findings.append(
                    (link.alert ? tr("Weakest link of %1 (100 − 1 = 0): “%2”, mean %3 against an "
                                     "average of %4 — below the alert threshold %5.")
                                : tr("Weakest link of %1 (100 − 1 = 0): “%2”, mean %3 against an "
                                     "average of %4; no alert (threshold %5)."))
                        .arg(curve.vendor.name, item.name, value(item.rating.mean),
                             value(link.average), value(link.alertThreshold)));
            }
        }
    }
    // NPS over all vendors is on the findings page; here the spread between the vendors.
    int best = -1;
    int worst = -1;
    for (int v = 0; v < m_analysis.vendors.size(); ++v) {
        const NpsResult &nps = m_analysis.vendors.at(v).nps;
        if (!nps.isValid() || std::isnan(nps.nps))
            continue;
        if (best < 0 || nps.nps > m_analysis.vendors.at(best).nps.nps)
            best = v;
        if (worst < 0 || nps.nps < m_analysis.vendors.at(worst).nps.nps)
            worst = v;
    }
    if (best >= 0 && best != worst)
        findings.append(
            tr("NPS by vendor: highest %1 (%2), lowest %3 (%4).")
                .arg(curves.vendors.at(best).vendor.name,
                     ChartStyle::signedNumber(m_analysis.vendors.at(best).nps.nps, 1),
                     curves.vendors.at(worst).vendor.name,
                     ChartStyle::signedNumber(m_analysis.vendors.at(worst).nps.nps, 1)));
    const ImportanceResult &drivers = m_analysis.journey.importance;
    if (drivers.isValid() && !drivers.drivers.isEmpty()) {
        QList<DriverImportanceRow> rows = drivers.drivers;
        const auto share = [&drivers](const DriverImportanceRow &row) {
            return drivers.hasShapley ? row.shapleyShare : row.relativeWeightShare;
        };
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const auto &a, const auto &b) { return share(a) > share(b); });
        QStringList top;
        for (int i = 0; i < std::min<qsizetype>(3, rows.size()); ++i)
            top.append(tr("%1 (%2 % of R²)").arg(rows.at(i).name, value(share(rows.at(i)), 1)));
        findings.append(
            tr("Strongest drivers of %1 among the subprocesses: %2; R² = %3.")
                .arg(drivers.outcomeName, top.join(tr(", ")), value(drivers.rSquared, 3)));
    }
    return findings;
}

void ProjectReport::addCycle(const CemCycle &cycle)
{
    CycleDraft draft = m_repository.cycleDraft(cycle.id);
    const QList<Factor> factors = m_repository.factors();
    const Scale scale = m_repository.projectInfo().scale;
    const QString key = QStringLiteral("cycle%1-").arg(cycle.number);
    m_document.addChapter(cycle.name.isEmpty() ? tr("CEM cycle %1").arg(cycle.number) : cycle.name);
    QString basis = tr("Values entered in a workshop.");
    for (const Survey &survey : m_repository.surveys()) {
        if (survey.id == cycle.surveyId)
            basis = tr("Values computed from the survey wave “%1”.").arg(survey.name);
    }
    m_document.addParagraph((cycle.startedOn.isEmpty()
                                 ? QString()
                                 : tr("Started on %1.").arg(cycle.startedOn) + QLatin1Char(' '))
                            + basis);

    using F = DraftFactorsModel;
    const auto factorTable
        = [&](const QString &name, const QString &title, const QList<F::Column> &columns) {
              F model(columns);
              model.setDraft(&draft, factors, scale);
              m_document.addTable(ReportTable::fromModel(key + name, title, model));
              return model.steps();
          };

    m_document.addSection(tr("Step 1 — Brand value"));
    m_document.addParagraph(cycle.brandValue.isEmpty()
                                ? tr("No brand value stated.")
                                : tr("Why customers come to us: %1").arg(cycle.brandValue));
    QStringList brandFactors;
    for (const CycleFactor &entry : std::as_const(draft.factors)) {
        for (const Factor &factor : factors) {
            if (factor.id == entry.factorId && entry.carriesBrand)
                brandFactors.append(factor.name);
        }
    }
    QStringList brandSubprocesses;
    for (const Subprocess &subprocess : std::as_const(draft.subprocesses)) {
        if (subprocess.carriesBrand)
            brandSubprocesses.append(subprocess.name);
    }
    m_document.addParagraph(
        tr("Factors that carry the brand value: %1.")
            .arg(brandFactors.isEmpty() ? tr("none marked") : brandFactors.join(tr(", "))));
    if (!brandSubprocesses.isEmpty())
        m_document.addParagraph(
            tr("Subprocesses that carry it: %1.").arg(brandSubprocesses.join(tr(", "))));

    m_document.addSection(tr("Step 2 — Experience and expectation"));
    m_document.addNote(tr("Satisfaction S = experience X − expectation E, on the project scale."));
    factorTable(QStringLiteral("step2-experience"), tr("Experience, expectation and importance"),
                {F::Name, F::Experience, F::Expectation, F::Satisfaction, F::Importance});

    m_document.addSection(tr("Step 3 — Key experience"));
    m_document.addNote(tr("Weighted satisfaction W = importance I × satisfaction S; the key "
                          "experiences are the most negative W."));
    const CemSteps steps
        = factorTable(QStringLiteral("step3-key-experience"), tr("Weighted satisfaction"),
                      {F::Name, F::Importance, F::Satisfaction, F::Weighted});
    QStringList keys;
    for (const int k : steps.keyExperiences)
        keys.append(F::weightedReason(steps.factors.at(k)));
    m_document.addBullets(keys);
    auto *gaps = keep(std::make_unique<GapChart>());
    gaps->setSteps(steps, scale, cycle.name);
    m_document.addChart(gaps, 0.42);

    m_document.addSection(tr("Step 4 — Gap to the ideal"));
    m_document.addNote(tr("Experience gap G = experience X − ideal D; D stays at X unless the "
                          "company should exceed expectations there."));
    factorTable(QStringLiteral("step4-gap"), tr("Gap to the ideal"),
                {F::Name, F::Experience, F::Ideal, F::Gap});

    using R = DraftRequirementsModel;
    const auto requirementTable
        = [&](const QString &name, const QString &title, const QList<R::Column> &columns) {
              R model(columns);
              model.setDraft(&draft, factors);
              m_document.addTable(ReportTable::fromModel(key + name, title, model));
          };
    m_document.addSection(tr("Step 5 — Requirements"));
    if (draft.requirements.isEmpty())
        m_document.addParagraph(tr("No requirements yet."));
    m_document.addNote(tr("Priority = Σ over the requirement's factors of |G| × I."));
    requirementTable(QStringLiteral("step5-requirements"), tr("Requirements"),
                     {R::Title, R::Factors, R::Owner, R::Cost, R::Priority});

    m_document.addSection(tr("Step 6 — Alignment with strategy and capability"));
    m_document.addParagraph(cycle.strategy.isEmpty() ? tr("No strategy stated.")
                                                     : tr("Strategy: %1").arg(cycle.strategy));
    requirementTable(QStringLiteral("step6-alignment"), tr("Alignment and decision"),
                     {R::Title, R::StrategicFit, R::People, R::Process, R::Technology,
                      R::Feasibility, R::Quadrant, R::Decision});
    if (!draft.requirements.isEmpty()) {
        auto *matrix = keep(std::make_unique<ImpactFeasibilityChart>());
        matrix->setSteps(CemSteps::compute(factors, draft.factors, draft.requirements));
        m_document.addChart(matrix, 0.5);
    }

    m_document.addSection(tr("Step 7 — Feedback"));
    if (draft.kpis.isEmpty())
        m_document.addParagraph(tr("No KPIs yet."));
    DraftKpisModel kpis;
    kpis.setDraft(&draft);
    m_document.addTable(
        ReportTable::fromModel(key + QStringLiteral("step7-kpis"), tr("KPIs"), kpis));
    for (int k = 0; k < draft.kpis.size(); ++k) {
        const Kpi &kpi = draft.kpis.at(k);
        DraftKpiValuesModel values;
        values.setKpi(&draft, k);
        m_document.addTable(ReportTable::fromModel(key + QStringLiteral("step7-kpi%1").arg(k + 1),
                                                   tr("KPI “%1”").arg(kpi.name), values));
        QString requirement;
        for (const Requirement &candidate : std::as_const(draft.requirements)) {
            if (candidate.id == kpi.requirementId)
                requirement = candidate.title;
        }
        auto *chart = keep(std::make_unique<KpiChart>());
        chart->setKpi(kpi, requirement);
        m_document.addChart(chart, 0.45);
    }
}

void ProjectReport::addCurves()
{
    const EmotionCurves &curves = m_analysis.curves;
    const bool rated
        = std::any_of(curves.vendors.cbegin(), curves.vendors.cend(), [](const auto &curve) {
              return std::any_of(curve.cells.cbegin(), curve.cells.cend(),
                                 [](const CurveCell &cell) { return cell.rating.n > 0; });
          });
    if (!rated)
        return;
    m_document.addChapter(tr("Emotion curves"));
    m_document.addParagraph(
        curves.mode == CurveMode::Benchmark
            ? tr("Each point is a vendor's mean rating at one subprocess minus the mean of the "
                 "other vendors there (benchmark curve): above zero the vendor does better than "
                 "its competitors. The pleasure peak, the pain peak and the end are marked, "
                 "because customers remember the most intense moment and the end.")
            : tr("Each point is a vendor's mean rating at one subprocess minus the neutral point "
                 "%1 (absolute curve). The pleasure peak, the pain peak and the end are marked, "
                 "because customers remember the most intense moment and the end.")
                  .arg(value(curves.neutral)));
    m_document.addChart(m_book.chart(ChartBook::EmotionCurves));

    ReportTable shapes{QStringLiteral("curves-shape"),
                       tr("Curve shape and overall satisfaction"),
                       {tr("Vendor"), tr("Overall satisfaction"), tr("n"), tr("Rank"), tr("Wins"),
                        tr("Pleasure peak"), tr("Pain peak"), tr("End"), tr("Peak-end"),
                        tr("Spread")},
                       {},
                       {QStringLiteral("vendor"), QStringLiteral("overall"), QStringLiteral("n"),
                        QStringLiteral("overallRank"), QStringLiteral("wins"),
                        QStringLiteral("pleasurePeak"), QStringLiteral("pleasure"),
                        QStringLiteral("painPeak"), QStringLiteral("pain"), QStringLiteral("end"),
                        QStringLiteral("endE"), QStringLiteral("peakEnd"), QStringLiteral("spread"),
                        QStringLiteral("pleasureOffBrand"), QStringLiteral("endOffBrand")},
                       {}};
    // Principle 3: the pleasure peak and the end should carry the brand value.
    const auto brand = [&curves](bool off) {
        return curves.brandTagged ? QVariant(off) : QVariant();
    };
    const auto offBrand = [&curves](const QString &text, bool off) {
        return curves.brandTagged && off ? text + QLatin1Char(' ') + tr("(off brand)") : text;
    };
    const auto at = [&curves](int index, double e) {
        return index < 0 ? QString()
                         : QStringLiteral("%1 (%2)").arg(curves.subprocesses.at(index).name,
                                                         ChartStyle::signedNumber(e, 2));
    };
    const auto name = [&curves](int index) {
        return index < 0 ? QString() : curves.subprocesses.at(index).name;
    };
    for (const VendorCurve &curve : curves.vendors) {
        const CurveShape &shape = curve.shape;
        shapes.append({curve.vendor.name, value(curve.overall.mean), count(curve.overall.n),
                       curve.overallRank > 0 ? count(curve.overallRank) : QString(),
                       QLocale().toString(curve.wins, 'g', 3),
                       offBrand(at(shape.pleasurePeak, shape.pleasure), curve.pleasureOffBrand),
                       at(shape.painPeak, shape.pain),
                       offBrand(at(shape.end, shape.endValue), curve.endOffBrand),
                       ChartStyle::signedNumber(shape.peakEnd, 2), value(shape.spread)},
                      {curve.vendor.name, curve.overall.mean, curve.overall.n,
                       curve.overallRank > 0 ? QVariant(curve.overallRank) : QVariant(), curve.wins,
                       name(shape.pleasurePeak), shape.pleasure, name(shape.painPeak), shape.pain,
                       name(shape.end), shape.endValue, shape.peakEnd, shape.spread,
                       brand(curve.pleasureOffBrand), brand(curve.endOffBrand)});
    }
    m_document.addTable(shapes);
    if (curves.brandTagged) {
        QStringList carriers;
        for (const Subprocess &subprocess : curves.subprocesses) {
            if (subprocess.carriesBrand)
                carriers.append(subprocess.name);
        }
        m_document.addNote(tr("Off brand: a pleasure peak or an end that is not on a subprocess "
                              "carrying the brand value (%1). Customers remember the peak and "
                              "the end, so those moments should deliver the brand.")
                               .arg(carriers.join(tr(", "))));
    }

    ReportTable means{QStringLiteral("curves-means"),
                      tr("Mean rating by subprocess and vendor"),
                      {tr("Subprocess")},
                      {},
                      {QStringLiteral("subprocess")},
                      {}};
    for (const VendorCurve &curve : curves.vendors) {
        means.header.append(curve.vendor.name);
        means.keys.append(curve.vendor.name);
    }
    for (int s = 0; s < curves.subprocesses.size(); ++s) {
        QStringList row{curves.subprocesses.at(s).name};
        QVariantList data{curves.subprocesses.at(s).name};
        for (const VendorCurve &curve : curves.vendors) {
            const double mean = s < curve.cells.size() ? curve.cells.at(s).rating.mean : qQNaN();
            row.append(std::isnan(mean) ? QString() : value(mean));
            data.append(mean);
        }
        means.append(row, data);
    }
    m_document.addTable(means);
    if (curves.vendors.size() > 1)
        addRows<WinMatrixChart>(ChartBook::Wins, 0.56);

    for (int v = 0; v < curves.vendors.size() && curves.vendors.size() > 1; ++v) {
        const VendorCurve &curve = curves.vendors.at(v);
        m_document.addSection(tr("Emotion curve of %1").arg(curve.vendor.name), true);
        auto *chart = keep(std::make_unique<EmotionCurveChart>());
        chart->setCurves(curves);
        chart->setHighlightedVendor(curve.vendor.id);
        m_document.addChart(chart, 0.54); // its caption explains the paradox and the brand
    }
}

void ProjectReport::addDrivers()
{
    const bool journey = !m_analysis.journey.importance.drivers.isEmpty()
                         || !m_analysis.journey.importance.error.isEmpty();
    const bool factors = !m_analysis.factorsDerived.importance.drivers.isEmpty();
    if (m_analysis.respondents == 0 || (!journey && !factors))
        return;
    m_document.addChapter(tr("Driver importance"));
    m_document.addParagraph(tr("How much each subprocess or factor drives overall satisfaction, "
                               "derived from the ratings rather than asked: Pearson r, "
                               "standardised regression coefficients β, Johnson's relative "
                               "weights and exact Shapley values (LMG), as shares of R²."));
    if (journey)
        addDriverSection(tr("Subprocesses"), QStringLiteral("drivers-subprocesses"),
                         m_analysis.journey.importance, ChartBook::JourneyDrivers);
    if (factors)
        addDriverSection(tr("Factors"), QStringLiteral("drivers-factors"),
                         m_analysis.factorsDerived.importance, ChartBook::FactorDrivers);
    if (!m_analysis.journey.ipa.points.isEmpty()) {
        m_document.addSection(tr("Importance and performance"));
        m_document.addChart(m_book.chart(ChartBook::Ipa));
        addOwnVendorIpa();
    }
    addFactorIpa();
}

// The own company's subprocess means against the market's derived importance: where it
// should concentrate, which may differ from the market as a whole.
void ProjectReport::addOwnVendorIpa()
{
    const QList<VendorCurve> &curves = m_analysis.curves.vendors;
    for (int v = 0; v < curves.size() && v < m_analysis.vendors.size(); ++v) {
        if (!curves.at(v).vendor.isOwn || m_analysis.vendors.at(v).ipa.points.isEmpty())
            continue;
        auto *chart = keep(std::make_unique<IpaChart>());
        chart->setResult(
            m_analysis.vendors.at(v).ipa,
            tr("subprocesses as the customers of %1 rate them").arg(curves.at(v).vendor.name),
            tr("derived from the whole market, rescaled to the scale"));
        chart->setScale(m_analysis.scale);
        m_document.addChart(chart, 0.6);
    }
}

// Factors placed twice: by the importance customers state and by the importance derived from
// their ratings; a factor that moves quadrant is where stated and real priorities differ.
void ProjectReport::addFactorIpa()
{
    const IpaResult &derived = m_analysis.factorsDerived.ipa;
    const IpaResult &stated = m_analysis.factorsStated;
    const auto placed = [](const IpaResult &result) {
        return std::any_of(result.points.cbegin(), result.points.cend(),
                           [](const IpaPoint &p) { return p.quadrant != IpaQuadrant::Unplaced; });
    };
    if (!placed(derived) && !placed(stated))
        return;
    m_document.addSection(tr("Factors: stated and derived importance"));
    ReportTable table{QStringLiteral("ipa-factors"),
                      tr("Factor quadrants by stated and by derived importance"),
                      {tr("Factor"), tr("Performance"), tr("Stated importance"), tr("Quadrant"),
                       tr("Derived importance"), tr("Quadrant")},
                      {},
                      {QStringLiteral("name"), QStringLiteral("performance"),
                       QStringLiteral("statedImportance"), QStringLiteral("statedQuadrant"),
                       QStringLiteral("derivedImportance"), QStringLiteral("derivedQuadrant")},
                      {}};
    for (int f = 0; f < derived.points.size(); ++f) {
        const IpaPoint &d = derived.points.at(f);
        const IpaPoint s = f < stated.points.size() ? stated.points.at(f) : IpaPoint();
        const auto quadrant = [](const IpaPoint &point) {
            return point.quadrant == IpaQuadrant::Unplaced
                       ? QString()
                       : ImportancePerformance::quadrantName(point.quadrant);
        };
        table.append({d.name, value(d.performance), value(s.importance), quadrant(s),
                      value(d.importance), quadrant(d)},
                     {d.name, d.performance, s.importance, AnalysisJson::ipaQuadrantKey(s.quadrant),
                      d.importance, AnalysisJson::ipaQuadrantKey(d.quadrant)});
    }
    m_document.addTable(table);
}

void ProjectReport::addDriverSection(const QString &title, const QString &name,
                                     const ImportanceResult &result, ChartBook::Page page)
{
    m_document.addSection(title);
    if (!result.isValid()) {
        m_document.addParagraph(result.error);
        return;
    }
    QString method
        = tr("Outcome: %1. n = %2 respondent × vendor rows (%3 left out for a missing "
             "value). R² = %4.")
              .arg(result.outcomeName, count(result.n), count(result.excluded),
                   withInterval(value(result.rSquared, 3),
                                interval(result.rSquaredCi.low, result.rSquaredCi.high, 3)));
    if (result.resamples > 0)
        method += QLatin1Char(' ')
                  + tr("Intervals: %1 % bootstrap percentile intervals from %2 resamples of whole "
                       "respondents (seed %3).")
                        .arg(value(result.level * 100.0, 0), count(result.resamples),
                             QString::number(result.seed));
    if (result.resamples > 0 && result.bootstrapDraws < result.bootstrapUnits)
        method += QLatin1Char(' ')
                  + tr("With %1 respondents, each resample drew %2 of them (an m-out-of-n "
                       "bootstrap, which keeps the time bounded); each resample's distance from "
                       "the estimate was scaled by √(m/n) before the percentiles were taken.")
                        .arg(count(result.bootstrapUnits), count(result.bootstrapDraws));
    if (result.model == ImportanceResult::Model::Logistic)
        method += QLatin1Char(' ')
                  + tr("A yes/no outcome: a logistic regression, with β its fully standardised "
                       "coefficients and Tonidandel & LeBreton's relative weights for logistic "
                       "regression, as shares of R² = the squared correlation of the outcome "
                       "with the predicted probability. Shapley values are not computed for a "
                       "yes/no outcome.");
    else if (!result.hasShapley)
        method
            += QLatin1Char(' ')
               + tr("Shapley values are left out above %1 drivers.").arg(ExactShapley::maxDrivers);
    else if (!result.shapleyBootstrapped && result.resamples > 0)
        method += QLatin1Char(' ')
                  + tr("Shapley intervals are left out for this many drivers; "
                       "the relative weights' intervals rank them alike.");
    m_document.addNote(method);
    addRows<DriverImportanceChart>(page, 0.56);
    ReportTable table{
        name,
        tr("Derived importance (shares in % of R²)"),
        {tr("Driver"), tr("r"), tr("β"), tr("Relative weight %"), tr("Shapley (LMG) %")},
        {},
        {QStringLiteral("name"), QStringLiteral("r"), QStringLiteral("beta"),
         QStringLiteral("relativeWeightShare"), QStringLiteral("relativeWeightShareCiLow"),
         QStringLiteral("relativeWeightShareCiHigh"), QStringLiteral("shapleyShare"),
         QStringLiteral("shapleyShareCiLow"), QStringLiteral("shapleyShareCiHigh")},
        {}};
    for (const DriverImportanceRow &row : result.drivers) {
        const auto shapley = [&result](double x) {
            return result.hasShapley ? x : qQNaN();
        };
        table.append(
            {row.name, value(row.r), value(row.beta),
             withInterval(
                 value(row.relativeWeightShare, 1),
                 interval(row.relativeWeightShareCi.low, row.relativeWeightShareCi.high, 1)),
             result.hasShapley
                 ? withInterval(value(row.shapleyShare, 1),
                                interval(row.shapleyShareCi.low, row.shapleyShareCi.high, 1))
                 : QString()},
            {row.name, row.r, row.beta, row.relativeWeightShare, row.relativeWeightShareCi.low,
             row.relativeWeightShareCi.high, shapley(row.shapleyShare),
             shapley(row.shapleyShareCi.low), shapley(row.shapleyShareCi.high)});
    }
    m_document.addTable(table);
}

void ProjectReport::addMeasures()
{
    if (m_analysis.respondents == 0)
        return;
    const EmotionCurves &curves = m_analysis.curves;
    m_document.addChapter(tr("More measures"));

    if (m_analysis.nps.isValid() && m_analysis.nps.n > 0) {
        m_document.addSection(tr("Net Promoter Score"));
        m_document.addNote(tr("NPS = % promoters (9–10) − % detractors (0–6) of likelihood to "
                              "recommend, in points, with its 95 % confidence interval."));
        m_document.addChart(m_book.chart(ChartBook::Nps), 0.45);
        ReportTable table{QStringLiteral("nps"),
                          tr("NPS by vendor"),
                          {tr("Vendor"), tr("n"), tr("Promoters"), tr("Passives"), tr("Detractors"),
                           tr("NPS"), tr("95 % CI")},
                          {},
                          {QStringLiteral("vendor"), QStringLiteral("n"),
                           QStringLiteral("promoters"), QStringLiteral("passives"),
                           QStringLiteral("detractors"), QStringLiteral("nps"),
                           QStringLiteral("ciLow"), QStringLiteral("ciHigh")},
                          {}};
        const auto row = [&table](const QString &who, const NpsResult &nps) {
            table.append({who, count(nps.n), percent(nps.promoters), percent(nps.passives),
                          percent(nps.detractors), value(nps.nps, 1),
                          interval(nps.ci.low, nps.ci.high, 1)},
                         {who, nps.n, nps.promoters, nps.passives, nps.detractors, nps.nps,
                          nps.ci.low, nps.ci.high});
        };
        row(tr("All vendors"), m_analysis.nps);
        for (int v = 0; v < m_analysis.vendors.size() && v < curves.vendors.size(); ++v)
            row(curves.vendors.at(v).vendor.name, m_analysis.vendors.at(v).nps);
        m_document.addTable(table);
    }

    ReportTable links{
        QStringLiteral("weakest-link"),
        tr("Weakest subprocess by vendor"),
        {tr("Vendor"), tr("Weakest subprocess"), tr("Its mean"),
         tr("Average of the subprocess means"), tr("Alert"),
         tr("Most dissatisfied (bottom two boxes)"), tr("Customers dissatisfied at least once")},
        {},
        {QStringLiteral("vendor"), QStringLiteral("weakest"), QStringLiteral("mean"),
         QStringLiteral("average"), QStringLiteral("alert"), QStringLiteral("mostDissatisfied"),
         QStringLiteral("mostDissatisfiedShare"), QStringLiteral("anyDissatisfied"),
         QStringLiteral("anyDissatisfiedLow"), QStringLiteral("anyDissatisfiedHigh")},
        {}};
    for (int v = 0; v < m_analysis.vendors.size() && v < curves.vendors.size(); ++v) {
        const WeakestLink &link = m_analysis.vendors.at(v).subprocesses;
        if (link.weakest < 0)
            continue;
        const WeakestLinkItem &weakest = link.items.at(link.weakest);
        const WeakestLinkItem &dissatisfied = link.items.at(link.mostDissatisfied);
        const Proportion &any = link.anyDissatisfied;
        links.append(
            {curves.vendors.at(v).vendor.name, weakest.name, value(weakest.rating.mean),
             value(link.average), link.alert ? tr("yes") : QString(),
             tr("%1 (%2)").arg(dissatisfied.name, percent(dissatisfied.dissatisfiedShare)),
             withInterval(percent(any.share), interval(any.ciLow * 100, any.ciHigh * 100, 1))},
            {curves.vendors.at(v).vendor.name, weakest.name, weakest.rating.mean, link.average,
             link.alert, dissatisfied.name, dissatisfied.dissatisfiedShare, any.share, any.ciLow,
             any.ciHigh});
    }
    if (!links.rows.isEmpty()) {
        m_document.addSection(tr("Weakest link (100 − 1 = 0)"));
        m_document.addNote(tr("One failing subprocess spoils the whole experience: each vendor's "
                              "lowest subprocess mean beside the average, with an alert below "
                              "the threshold; the subprocess with the most answers in the bottom "
                              "two boxes; and the share of the vendor's customers who gave at "
                              "least one subprocess a bottom-two-box answer, with its 95 % "
                              "Wilson interval."));
        addRows<WeakestLinkChart>(ChartBook::WeakestLink, 0.5);
        m_document.addTable(links);
    }

    if (!m_analysis.reasons.factors.isEmpty() && m_analysis.reasons.n > 0) {
        m_document.addSection(tr("Reasons to like and dislike"));
        m_document.addNote(tr("Share of %1 evaluations naming each factor (several may be "
                              "named, so shares can sum past 100 %), with 95 % Wilson intervals.")
                               .arg(count(m_analysis.reasons.n)));
        m_document.addChart(m_book.chart(ChartBook::Reasons), 0.5);
        ReportTable table{QStringLiteral("reasons"),
                          tr("Reasons, all vendors"),
                          {tr("Factor"), tr("Reason to like"), tr("Reason to dislike")},
                          {},
                          {QStringLiteral("factor"), QStringLiteral("like"),
                           QStringLiteral("likeLow"), QStringLiteral("likeHigh"),
                           QStringLiteral("dislike"), QStringLiteral("dislikeLow"),
                           QStringLiteral("dislikeHigh")},
                          {}};
        for (const ReasonShare &share : m_analysis.reasons.factors) {
            table.append(
                {share.factor.name,
                 withInterval(percent(share.like.share),
                              interval(share.like.ciLow * 100, share.like.ciHigh * 100, 1)),
                 withInterval(percent(share.dislike.share),
                              interval(share.dislike.ciLow * 100, share.dislike.ciHigh * 100, 1))},
                {share.factor.name, share.like.share, share.like.ciLow, share.like.ciHigh,
                 share.dislike.share, share.dislike.ciLow, share.dislike.ciHigh});
        }
        m_document.addTable(table);
    }

    if (!m_analysis.memory.rules.isEmpty()) {
        m_document.addSection(tr("Memory rules"));
        m_document.addNote(tr("How well each summary of a customer's own ratings along the journey "
                              "predicts the overall rating they gave (n = %1 respondent × vendor "
                              "pairs).")
                               .arg(count(m_analysis.memory.n)));
        m_document.addChart(m_book.chart(ChartBook::Memory), 0.45);
        ReportTable table{
            QStringLiteral("memory-rules"),
            tr("Memory rules"),
            {tr("Rule"), tr("R²"), tr("Spearman ρ")},
            {},
            {QStringLiteral("rule"), QStringLiteral("rSquared"), QStringLiteral("spearman")},
            {}};
        for (const MemoryRuleFit &fit : m_analysis.memory.rules)
            table.append(
                {MemoryModel::ruleName(fit.rule), value(fit.rSquared, 3), value(fit.spearman, 3)},
                {AnalysisJson::ruleKey(fit.rule), fit.rSquared, fit.spearman});
        m_document.addTable(table);
    }

    const ChannelConsistency &channels = m_analysis.channels;
    if (!channels.items.isEmpty()) {
        m_document.addSection(tr("Channel consistency"));
        m_document.addNote(tr("Consistency = 1 − mean |channel A − channel B| / (scale maximum − "
                              "minimum) over the channels offering a touchpoint; overall %1.")
                               .arg(value(channels.overall)));
        m_document.addChart(m_book.chart(ChartBook::Channels), 0.5);
        ReportTable table{QStringLiteral("channels"),
                          tr("Mean rating by channel"),
                          QStringList{tr("Touchpoint")} + channels.channels
                              + QStringList{tr("Consistency")},
                          {},
                          QStringList{QStringLiteral("touchpoint")} + channels.channels
                              + QStringList{QStringLiteral("consistency")},
                          {}};
        for (const ChannelConsistencyItem &item : channels.items) {
            QStringList row{item.name};
            QVariantList data{item.name};
            for (const double mean : item.means) {
                row.append(std::isnan(mean) ? QString() : value(mean));
                data.append(mean);
            }
            row.append(std::isnan(item.consistency) ? QString() : value(item.consistency));
            data.append(item.consistency);
            table.append(row, data);
        }
        m_document.addTable(table);
    }
    addIncidents();
    addComparison();
}

void ProjectReport::addComparison()
{
    if (!m_analysis.comparison)
        return;
    const SegmentComparison &comparison = *m_analysis.comparison;
    const auto label = [](const SegmentFilter &filter) {
        return filter.label().isEmpty() ? tr("everyone") : filter.label();
    };
    m_document.addSection(tr("Segment comparison"));
    m_document.addNote(tr("“%1” (A, n = %2) against “%3” (B, n = %4): A − B with 95 % intervals "
                          "(Welch for means, normal for NPS points).")
                           .arg(label(comparison.a), count(comparison.respondentsA),
                                label(comparison.b), count(comparison.respondentsB)));
    m_document.addChart(m_book.chart(ChartBook::Segments));
    ReportTable table{
        QStringLiteral("segment-comparison"),
        tr("Overall satisfaction and NPS, A − B"),
        {tr("Vendor"), tr("Overall satisfaction A − B"), tr("NPS A − B")},
        {},
        {QStringLiteral("vendor"), QStringLiteral("overallA"), QStringLiteral("overallB"),
         QStringLiteral("overallDifference"), QStringLiteral("overallCiLow"),
         QStringLiteral("overallCiHigh"), QStringLiteral("npsA"), QStringLiteral("npsB"),
         QStringLiteral("npsDifference"), QStringLiteral("npsCiLow"), QStringLiteral("npsCiHigh")},
        {}};
    for (const SegmentVendorComparison &row : comparison.vendors) {
        const Difference &overall = row.overall;
        const Difference &nps = row.nps;
        table.append({row.vendor.name,
                      withInterval(ChartStyle::signedNumber(overall.difference, 2),
                                   interval(overall.ci.low, overall.ci.high, 2)),
                      withInterval(ChartStyle::signedNumber(nps.difference, 1),
                                   interval(nps.ci.low, nps.ci.high, 1))},
                     {row.vendor.name, overall.a, overall.b, overall.difference, overall.ci.low,
                      overall.ci.high, nps.a, nps.b, nps.difference, nps.ci.low, nps.ci.high});
    }
    m_document.addTable(table);
}

void ProjectReport::addIncidents()
{
    const IncidentSummary &incidents = m_analysis.incidents;
    if (incidents.total == 0)
        return;
    m_document.addSection(tr("Critical incidents"));
    m_document.addNote(tr("Moments customers tell of unprompted, good or bad (seed 003); a "
                          "complaint answered within %Ln hour(s) can still be turned round. "
                          "Median response: of the incidents that were answered.",
                          nullptr, int(incidents.windowHours)));
    m_document.addChart(m_book.chart(ChartBook::Incidents), 0.5);
    ReportTable table{QStringLiteral("incidents"),
                      tr("Incidents and response by touchpoint and channel"),
                      {tr("Touchpoint or channel"), tr("Good"), tr("Bad"), tr("Answered in time"),
                       tr("Median response (hours)")},
                      {},
                      {QStringLiteral("by"), QStringLiteral("name"), QStringLiteral("positive"),
                       QStringLiteral("negative"), QStringLiteral("answered"),
                       QStringLiteral("answeredInTime"), QStringLiteral("inTimeShare"),
                       QStringLiteral("medianResponseHours")},
                      {}};
    const auto row = [&table](const QString &by, const QString &shown, const QString &name,
                              const IncidentTally &tally) {
        table.append({shown, count(tally.positive), count(tally.negative),
                      tr("%1 of %2 (%3)")
                          .arg(count(tally.answeredInTime), count(tally.total()),
                               percent(tally.inTimeShare())),
                      std::isnan(tally.medianResponseHours) ? tr("none answered")
                                                            : value(tally.medianResponseHours, 1)},
                     {by, name, tally.positive, tally.negative, tally.answered,
                      tally.answeredInTime, tally.inTimeShare(), tally.medianResponseHours});
    };
    for (const IncidentCount &count : incidents.touchpoints)
        row(QStringLiteral("touchpoint"),
            count.touchpoint.id != 0 ? count.touchpoint.name : tr("(no touchpoint)"),
            count.touchpoint.name, count);
    for (const IncidentChannelCount &count : incidents.channels)
        row(QStringLiteral("channel"),
            tr("Channel: %1").arg(count.channel.id != 0 ? count.channel.name : tr("(none)")),
            count.channel.name, count);
    m_document.addTable(table);
}

void ProjectReport::addAppendix()
{
    const ProjectInfo info = m_repository.projectInfo();
    m_document.addChapter(tr("Appendix"));
    m_document.addSection(tr("Definitions"));
    m_document.addBullets(
        {tr("Emotion curve: for each vendor and subprocess, e = weighted mean rating − the "
            "neutral point (absolute) or − the mean of the other vendors there (benchmark)."),
         tr("Pleasure peak: the highest e; pain peak: the lowest e; end: the last subprocess with "
            "data. Peak-end = (e of the most intense moment + e of the end) / 2; spread = "
            "pleasure − pain."),
         tr("Wins: subprocesses where a vendor has the highest mean (ties shared). Efficiency "
            "paradox: wins in the top third while overall satisfaction ranks in the bottom third."),
         tr("Derived importance: drivers regressed on overall satisfaction over respondent × "
            "vendor rows (listwise deletion); Johnson's relative weights and Shapley values (LMG) "
            "split R² among the drivers; bootstrap percentile intervals resample whole "
            "respondents."),
         tr("CEM steps: S = X − E; W = I × S, the most negative W are the key experiences; "
            "G = X − D; priority = Σ |G| × I; feasibility = mean of strategic fit and the "
            "readiness of people, process and technology (1–5)."),
         tr("NPS = % promoters (9–10) − % detractors (0–6); SE = 100 √((pP + pD − (pP − pD)²) / "
            "n)."),
         tr("Weakest link (100 − 1 = 0): the lowest subprocess mean beside the average of the "
            "means."),
         tr("Channel consistency = 1 − mean |channel A − channel B| / (max − min).")});

    m_document.addSection(tr("Data and n"));
    const Scale scale = m_analysis.scale; // the analysed wave's (the project's without one)
    const auto scaleText
        = tr("%1 to %2, neutral %3")
              .arg(value(scale.min, 0), value(scale.max, 0), value(scale.neutral, 1));
    ReportTable data{QStringLiteral("data"),
                     tr("What the figures are computed from"),
                     {tr("Item"), tr("Value")},
                     {},
                     {QStringLiteral("item"), QStringLiteral("value")},
                     {}};
    const auto item = [&data](const QString &key, const QString &name, const QString &shown,
                              const QVariant &raw) {
        data.append({name, shown}, {key, raw});
    };
    item(QStringLiteral("project"), tr("Project"), info.name, info.name);
    item(QStringLiteral("scale"), tr("Rating scale"), scaleText,
         QStringLiteral("%1-%2:%3")
             .arg(ReportTable::number(scale.min), ReportTable::number(scale.max),
                  ReportTable::number(scale.neutral)));
    const QString source = m_assembly.source();
    item(QStringLiteral("survey"), tr("Survey wave"), source.isEmpty() ? tr("none") : source,
         source);
    item(QStringLiteral("respondents"), tr("Respondents"), count(m_analysis.respondents),
         m_analysis.respondents);
    item(QStringLiteral("cases"), tr("Respondent × vendor evaluations"), count(m_analysis.cases),
         m_analysis.cases);
    item(QStringLiteral("segment"), tr("Segment"),
         m_analysis.segment.isEmpty() ? tr("everyone") : m_analysis.segment.label(),
         m_analysis.segment.isEmpty() ? QString() : m_analysis.segment.label());
    item(QStringLiteral("vendors"), tr("Vendors"), count(m_repository.vendors().size()),
         m_repository.vendors().size());
    item(QStringLiteral("subprocesses"), tr("Subprocesses"),
         count(m_repository.subprocesses().size()), m_repository.subprocesses().size());
    item(QStringLiteral("factors"), tr("Factors"), count(m_repository.factors().size()),
         m_repository.factors().size());
    m_document.addTable(data);

    const EmotionCurves &curves = m_analysis.curves;
    if (!curves.vendors.isEmpty() && m_analysis.respondents > 0) {
        ReportTable n{QStringLiteral("n-by-vendor"),
                      tr("n by vendor"),
                      {tr("Vendor"), tr("Overall ratings"), tr("Fewest ratings at a subprocess"),
                       tr("Most ratings at a subprocess")},
                      {},
                      {QStringLiteral("vendor"), QStringLiteral("overallN"),
                       QStringLiteral("fewestN"), QStringLiteral("mostN")},
                      {}};
        for (const VendorCurve &curve : curves.vendors) {
            int fewest = -1;
            int most = 0;
            for (const CurveCell &cell : curve.cells) {
                fewest = fewest < 0 ? cell.rating.n : std::min(fewest, cell.rating.n);
                most = std::max(most, cell.rating.n);
            }
            n.append({curve.vendor.name, count(curve.overall.n), count(std::max(fewest, 0)),
                      count(most)},
                     {curve.vendor.name, curve.overall.n, std::max(fewest, 0), most});
        }
        m_document.addTable(n);
    }
}

} // namespace Peakend
