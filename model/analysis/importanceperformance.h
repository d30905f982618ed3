#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QtNumeric>

namespace Peakend {

// Martilla & James (1977): x = performance, y = importance.
enum class IpaQuadrant {
    ConcentrateHere,   // important, performing below the line
    KeepUpTheGoodWork, // important, performing above
    LowPriority,       // less important, below
    PossibleOverkill,  // less important, above
    Unplaced,          // performance or importance missing
};

enum class Crosshair {
    DataCentred,  // split at the mean performance and mean importance (the default)
    ScaleCentred, // split at the scale's neutral point and the importance scale's middle
};

struct IpaOptions
{
    Crosshair crosshair = Crosshair::DataCentred;
    double scalePerformanceCentre = qQNaN(); // for ScaleCentred
    double scaleImportanceCentre = qQNaN();
};

struct IpaPoint
{
    QString name;
    double performance = qQNaN();
    double importance = qQNaN();
    IpaQuadrant quadrant = IpaQuadrant::Unplaced;
};

struct IpaResult
{
    Crosshair crosshair = Crosshair::DataCentred;
    double performanceSplit = qQNaN();
    double importanceSplit = qQNaN();
    QList<IpaPoint> points;
    // Key moments: the "concentrate here" points, the most important shortfall first
    // (importance × distance below the performance split).
    QList<int> keyMoments;
};

class ImportancePerformance
{
    Q_DECLARE_TR_FUNCTIONS(ImportancePerformance)

public:
    static IpaResult compute(const QStringList &names, const QList<double> &performance,
                             const QList<double> &importance, const IpaOptions &options = {});
    static QString quadrantName(IpaQuadrant quadrant);
};

} // namespace Peakend
