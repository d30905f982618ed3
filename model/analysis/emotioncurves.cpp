#include "emotioncurves.h"

#include "report/numberformat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Peakend {

namespace {

// Competition ranking, higher is better: 1 + the number of strictly better values.
// NaN values are unranked (0).
QList<int> ranks(const QList<double> &values)
{
    QList<int> result;
    for (const double value : values) {
        if (std::isnan(value)) {
            result.append(0);
            continue;
        }
        int rank = 1;
        for (const double other : values) {
            if (!std::isnan(other) && Descriptive::above(other, value))
                ++rank;
        }
        result.append(rank);
    }
    return result;
}

} // namespace

int EmotionCurves::vendorIndex(qint64 vendorId) const
{
    for (int v = 0; v < int(vendors.size()); ++v) {
        if (vendors.at(v).vendor.id == vendorId)
            return v;
    }
    return -1;
}

QString EmotionCurves::paradoxExplanation(int vendor) const
{
    const VendorCurve &curve = vendors.at(vendor);
    if (!curve.efficiencyParadox)
        return QString();
    int ranked = 0;
    for (const VendorCurve &other : vendors)
        ranked += other.overallRank > 0;
    const QString wins = QLocale().toString(curve.wins, 'g', 3);
    return tr("%1 is best at %2 of %3 subprocesses (rank %4 by wins) yet ranks %5 of %6 by "
              "overall satisfaction. Customers remember the most intense moment and the end: "
              "its pain peak is “%7” (%8) and its journey ends at “%9” (%10).")
        .arg(curve.vendor.name, wins)
        .arg(subprocesses.size())
        .arg(curve.winsRank)
        .arg(curve.overallRank)
        .arg(ranked)
        .arg(subprocesses.at(curve.shape.painPeak).name,
             NumberFormat::signedNumber(curve.shape.pain, 2), subprocesses.at(curve.shape.end).name,
             NumberFormat::signedNumber(curve.shape.endValue, 2));
}

QString EmotionCurves::brandExplanation(int vendor) const
{
    const VendorCurve &curve = vendors.at(vendor);
    if (!brandTagged || (!curve.pleasureOffBrand && !curve.endOffBrand))
        return QString();
    QStringList carriers;
    for (const Subprocess &subprocess : subprocesses) {
        if (subprocess.carriesBrand)
            carriers.append(subprocess.name);
    }
    const QString peak = subprocesses.at(curve.shape.pleasurePeak).name;
    const QString end = subprocesses.at(curve.shape.end).name;
    const QString list = carriers.join(tr(", "));
    if (curve.pleasureOffBrand && curve.endOffBrand)
        return tr("Off brand: the pleasure peak of %1, “%2”, and its end, “%3”, are not where "
                  "the brand value is delivered (%4).")
            .arg(curve.vendor.name, peak, end, list);
    return curve.pleasureOffBrand
               ? tr("Off brand: the pleasure peak of %1, “%2”, is not where the brand value is "
                    "delivered (%3).")
                     .arg(curve.vendor.name, peak, list)
               : tr("Off brand: the journey with %1 ends at “%2”, not where the brand value is "
                    "delivered (%3).")
                     .arg(curve.vendor.name, end, list);
}

EmotionCurves EmotionCurves::compute(const SurveyData &data, const CurveOptions &options)
{
    EmotionCurves curves;
    curves.neutral = data.scale.neutral;
    if (!data.isConsistent())
        return curves;
    curves.subprocesses = data.subprocesses;
    const int vendorCount = int(data.vendors.size());
    const int subprocessCount = data.subprocessCount();
    for (const Subprocess &subprocess : data.subprocesses)
        curves.brandTagged = curves.brandTagged || subprocess.carriesBrand;

    // One pass over the cases fills every cell.
    std::vector<Descriptive::Accumulator> cells(static_cast<size_t>(vendorCount * subprocessCount));
    std::vector<Descriptive::Accumulator> overall(static_cast<size_t>(vendorCount));
    for (int c = 0; c < data.caseCount(); ++c) {
        const SurveyCase &surveyCase = data.cases.at(c);
        const double weight = data.weight(c);
        for (int s = 0; s < subprocessCount; ++s)
            cells[size_t(surveyCase.vendor * subprocessCount + s)].add(data.rating(c, s), weight);
        overall[size_t(surveyCase.vendor)].add(surveyCase.overall, weight);
    }

    for (int v = 0; v < vendorCount; ++v) {
        VendorCurve curve;
        curve.vendor = data.vendors.at(v);
        curve.overall = overall[size_t(v)].summary(options.level);
        for (int s = 0; s < subprocessCount; ++s)
            curve.cells.append({cells[size_t(v * subprocessCount + s)].summary(options.level)});
        curves.vendors.append(curve);
    }
    // Vendors nobody rated take no part in benchmarks, wins or ranks.
    int ratedVendors = 0;
    for (const VendorCurve &curve : std::as_const(curves.vendors)) {
        ratedVendors += std::any_of(curve.cells.cbegin(), curve.cells.cend(),
                                    [](const CurveCell &cell) { return cell.rating.n > 0; });
    }
    curves.mode = options.mode != CurveMode::Automatic ? options.mode
                  : ratedVendors >= 2                  ? CurveMode::Benchmark
                                                       : CurveMode::Absolute;

    for (int s = 0; s < subprocessCount; ++s) {
        double sum = 0.0;
        int count = 0;
        double best = qQNaN();
        for (const VendorCurve &curve : std::as_const(curves.vendors)) {
            const double mean = curve.cells.at(s).rating.mean;
            if (std::isnan(mean))
                continue;
            sum += mean;
            ++count;
            best = std::isnan(best) ? mean : std::max(best, mean);
        }
        int leaders = 0;
        for (const VendorCurve &curve : std::as_const(curves.vendors))
            leaders += Descriptive::tied(curve.cells.at(s).rating.mean, best);
        for (VendorCurve &curve : curves.vendors) {
            CurveCell &cell = curve.cells[s];
            if (std::isnan(cell.rating.mean))
                continue;
            if (curves.mode == CurveMode::Absolute)
                cell.reference = curves.neutral;
            else if (count > 1)
                cell.reference = (sum - cell.rating.mean) / (count - 1);
            cell.e = cell.rating.mean - cell.reference;
            if (Descriptive::tied(cell.rating.mean, best))
                curve.wins += 1.0 / leaders;
        }
    }

    QList<double> wins;
    QList<double> overallMeans;
    for (const VendorCurve &curve : std::as_const(curves.vendors)) {
        wins.append(curve.overall.n > 0 || curve.wins > 0.0 ? curve.wins : qQNaN());
        overallMeans.append(curve.overall.mean);
    }
    const QList<int> winsRanks = ranks(wins);
    const QList<int> overallRanks = ranks(overallMeans);
    int rankedVendors = 0;
    for (const double mean : std::as_const(overallMeans))
        rankedVendors += !std::isnan(mean);
    const double third = rankedVendors / 3.0;

    for (int v = 0; v < vendorCount; ++v) {
        VendorCurve &curve = curves.vendors[v];
        QList<double> e;
        for (const CurveCell &cell : std::as_const(curve.cells))
            e.append(cell.e);
        curve.shape = CurveShape::of(e);
        curve.winsRank = winsRanks.at(v);
        curve.overallRank = overallRanks.at(v);
        if (curves.brandTagged && curve.shape.points > 0) {
            curve.pleasureOffBrand = !data.subprocesses.at(curve.shape.pleasurePeak).carriesBrand;
            curve.endOffBrand = !data.subprocesses.at(curve.shape.end).carriesBrand;
        }
        curve.efficiencyParadox = rankedVendors >= 3 && curve.wins > 0.0 && curve.winsRank > 0
                                  && curve.overallRank > 0 && curve.winsRank <= third
                                  && curve.overallRank > rankedVendors - third;
    }
    return curves;
}

} // namespace Peakend
