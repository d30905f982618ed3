#pragma once

#include "assembly/waveassembly.h"
#include "charts/chartbook.h"
#include "domain/cemcycle.h"
#include "reportdocument.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Peakend {

class Chart;
class ProjectRepository;

// The project's report: cover, contents, a summary of findings (key experiences, the
// efficiency paradox, the weakest link, NPS, drivers), the seven CEM steps of each chosen
// cycle with their tables and charts, the emotion curves (all vendors, then one page per
// vendor), driver importance with its method and intervals, NPS, weakest link, reasons,
// memory rules and channel consistency, and an appendix with the definitions and the n
// behind every figure. Built from plain results; ReportDocument lays it out.
class ProjectReport
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReport)

public:
    // assembly: the survey wave and the project around it (empty results when the project
    // has no wave); cycles: those whose seven steps are reported.
    ProjectReport(const ProjectRepository &repository, const WaveAssembly &assembly,
                  const QList<CemCycle> &cycles);
    ~ProjectReport();

    const ReportDocument &document() const { return m_document; }
    // Through QSaveFile: after a failure nothing is left at path, and error says why.
    bool write(const QString &path, QString *error);
    bool writeTables(const QString &folder, QString *error) const;

private:
    void addCover();
    void addFindings();
    QStringList cycleFindings(const CemCycle &cycle) const;
    QStringList surveyFindings() const;
    void addCycle(const CemCycle &cycle);
    void addCurves();
    void addDrivers();
    void addDriverSection(const QString &title, const QString &name, const ImportanceResult &result,
                          ChartBook::Page page);
    void addMeasures();
    void addOwnVendorIpa();
    void addFactorIpa();
    void addIncidents();
    void addComparison();
    void addAppendix();
    int focusVendor() const; // the own company, else the best liked; -1: none
    template<typename T>
    T *keep(std::unique_ptr<T> chart);
    // A chart with a row per vendor; where its rows do not fit on a page, on pages of equal
    // parts.
    template<typename T>
    void addRows(ChartBook::Page page, double aspect);

    const ProjectRepository &m_repository;
    const WaveAssembly &m_assembly;
    const ProjectAnalysis &m_analysis;
    QList<CemCycle> m_cycles;
    ChartBook m_book;
    std::vector<std::unique_ptr<Chart>> m_charts; // per vendor and per cycle
    ReportDocument m_document;
};

} // namespace Peakend
