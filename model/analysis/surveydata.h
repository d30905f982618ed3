#pragma once

#include "domain/factor.h"
#include "domain/projectinfo.h"
#include "domain/subprocess.h"
#include "domain/survey.h"
#include "domain/vendor.h"
#include "segmentfilter.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace Peakend {

struct SurveyRespondent
{
    qint64 id = 0;
    QString externalId;
    double weight = 1.0;
    QStringList attributes; // aligned with SurveyData::attributeNames; empty: not given
};

// One respondent's answers about one vendor.
struct SurveyCase
{
    int respondent = 0; // index into SurveyData::respondents
    int vendor = 0;     // index into SurveyData::vendors
    double overall = qQNaN();
    double recommend = qQNaN();
};

// The answers of one survey wave held in memory as dense arrays, for the analyses: plain data,
// no SQL. Ratings are cases × subprocesses, factor ratings cases × factors × 3 kinds, reasons
// cases × factors; NaN (or 0 for reasons) where nothing was answered.
struct SurveyData
{
    Scale scale;
    QList<Vendor> vendors;
    QList<Subprocess> subprocesses; // chronological
    QList<Factor> factors;
    QStringList attributeNames;
    QList<SurveyRespondent> respondents;
    QList<SurveyCase> cases;
    std::vector<double> ratings;
    std::vector<double> factorRatings;
    std::vector<qint8> reasons; // ReasonFlag bits

    enum ReasonFlag : qint8 { Like = 1, Dislike = 2 };

    int subprocessCount() const { return int(subprocesses.size()); }
    int factorCount() const { return int(factors.size()); }
    int caseCount() const { return int(cases.size()); }

    double rating(int c, int s) const { return ratings[size_t(c * subprocessCount() + s)]; }
    double factorRating(int c, int f, FactorRatingKind kind) const
    {
        return factorRatings[size_t((c * factorCount() + f) * 3 + int(kind))];
    }
    qint8 reason(int c, int f) const { return reasons[size_t(c * factorCount() + f)]; }
    double weight(int c) const { return respondents.at(cases.at(c).respondent).weight; }
    qint64 respondentId(int c) const { return respondents.at(cases.at(c).respondent).id; }

    // Sizes the arrays for the cases added so far, everything unanswered.
    void allocate();
    // Every case names a respondent and a vendor that are there, and the arrays have the
    // sizes the counts give: what the analyses may index without checking.
    bool isConsistent() const;

    // The cases of respondents who match the filter (respondents and catalogue unchanged).
    SurveyData filtered(const SegmentFilter &filter) const;
    bool matches(const SurveyRespondent &respondent, const SegmentFilter &filter) const;
};

} // namespace Peakend
