#pragma once

#include "domain/cemcycle.h"
#include "domain/factor.h"
#include "domain/requirement.h"
#include "driverimportance.h"
#include "surveydata.h"

#include <QCoreApplication>
#include <QList>

namespace Peakend {

// Steps 2–4 for one factor (DESIGN.md §2.4); NaN where an input is missing.
struct CemFactorRow
{
    Factor factor;
    bool carriesBrand = false;
    double experience = qQNaN();   // 2a X
    double expectation = qQNaN();  // 2b E
    double satisfaction = qQNaN(); // 2c S = X − E
    double importance = qQNaN();   // 2d I
    double weighted = qQNaN();     // 3  W = I × S
    double ideal = qQNaN();        // 4a D (X when not raised)
    double gap = qQNaN();          // 4b G = X − D
    int keyRank = 0;               // 1 = the key experience; 0: W not negative
};

enum class ImpactFeasibility {
    QuickWin,     // high impact, feasible
    MajorProject, // high impact, hard
    FillIn,       // low impact, feasible
    Reconsider,   // low impact, hard
    Unplaced,
};

// Steps 5–6 for one requirement.
struct CemRequirementRow
{
    Requirement requirement;
    double priority = qQNaN();    // Σ over its factors of |G| × I
    double feasibility = qQNaN(); // mean of strategic fit and the three readiness scores rated
    int scoresRated = 0;
    ImpactFeasibility quadrant = ImpactFeasibility::Unplaced;
};

struct CemSteps
{
    QList<CemFactorRow> factors;
    QList<int> keyExperiences;                      // indices into factors: most negative W first
    QList<CemRequirementRow> requirements;          // highest priority first
    double prioritySplit = qQNaN();                 // the impact axis splits at the mean priority
    static constexpr double feasibilitySplit = 3.0; // the middle of the 1–5 scores

    static CemSteps compute(const QList<Factor> &factors, const QList<CycleFactor> &entries,
                            const QList<Requirement> &requirements = {});
};

// Step 2 computed from a survey for one vendor: X and E are the weighted means of the factor
// experience and expectation ratings; I is the stated importance where respondents gave it,
// otherwise the derived importance of the factors' experience ratings on overall satisfaction
// over all vendors (LMG share, rescaled to the scale: the largest at the top). Both are
// returned, for the user to pick.
class CemFromSurvey
{
    Q_DECLARE_TR_FUNCTIONS(CemFromSurvey)

public:
    struct Result
    {
        QList<CycleFactor> entries; // importance: stated where any respondent gave it
        bool importanceDerived = false;
        ImportanceResult derived;        // the driver analysis behind derivedImportance
        QList<double> statedImportance;  // per factor; NaN where nobody stated it
        QList<double> derivedImportance; // per factor, rescaled; NaN when not derivable
        bool hasStatedImportance() const;
    };

    static Result compute(const SurveyData &data, int vendor,
                          const ImportanceOptions &importanceOptions = {});
};

} // namespace Peakend
