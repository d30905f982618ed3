#pragma once

#include "assembly/waveassembly.h"
#include "driverimportancechart.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace Peakend {

class Chart;
// Every chart of a project, fed from one analysis: the main window's tabs, chart exports, the
// command line and the report all draw these objects, so each shows the same thing.
class ChartBook
{
    Q_DECLARE_TR_FUNCTIONS(ChartBook)

public:
    // In the order of the tabs and of the Charts menu.
    enum Page {
        EmotionCurves,
        JourneyImportance,
        Wins,
        JourneyDrivers,
        FactorDrivers,
        Ipa,
        Memory,
        Reasons,
        Nps,
        WeakestLink,
        Channels,
        Incidents,
        Segments,
        FactorIpa,
        JourneyMap,
        Gaps,
        Impact, // step 6 of the latest cycle: requirements by impact and feasibility
        Kpis,   // step 7: the latest cycle's first KPI over its periods
    };
    static constexpr int pageCount = 18;

    // What the viewer chose that is not part of the analysis.
    struct View
    {
        qint64 highlightedVendor = 0; // 0: none; the per-vendor charts then show every vendor
        QSet<qint64> hiddenVendors;   // curves not drawn
        bool draggable = false;       // the workshop wave's curve points can be dragged
        bool confidenceBand = false;  // around the highlighted curve
        DriverImportanceChart::Method method = DriverImportanceChart::Method::Shapley;
        bool intervalsFollow = false; // the drivers' bootstrap still runs on a worker
    };

    ChartBook();
    ~ChartBook();

    static QString name(Page page); // "Emotion Curves", translated
    static QString key(Page page);  // "curves": the command line's name, never translated
    // The parts of the analysis the page draws from (the curves are always computed): one
    // exported chart of a large wave need not pay for the drivers' bootstrap.
    static AnalysisParts partsFor(Page page);
    static std::optional<Page> fromKey(const QString &key);
    static QStringList keys();

    Chart *chart(Page page) const { return m_charts[size_t(page)].get(); }
    template<class T>
    T *chartAs(Page page) const
    {
        return static_cast<T *>(chart(page));
    }

    // Hands the analysis, the project's journey, touchpoints and latest CEM cycle to every
    // chart. An empty assembly: the charts say there is nothing to draw. computed: the parts
    // the assembly holds; a chart that needs another says it is being computed.
    void update(const WaveAssembly &assembly, const View &view,
                AnalysisParts computed = allAnalysisParts);

private:
    std::array<std::unique_ptr<Chart>, pageCount> m_charts;
};

} // namespace Peakend
