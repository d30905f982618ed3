#pragma once

#include "domain/survey.h"
#include "repositorycore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace Peakend {

// Survey waves and what was answered in them: respondents and their attributes, journeys of
// ratings (stored packed, one row per respondent and vendor), factor ratings, evaluations,
// reasons, and the workshop wave entered by hand.
class SurveyRepository : public virtual RepositoryCore
{
    Q_DECLARE_TR_FUNCTIONS(SurveyRepository)

public:
    explicit SurveyRepository(const ProjectStore &store);

    QList<Survey> surveys() const;
    qint64 addSurvey(const Survey &survey);
    bool removeSurvey(qint64 id); // with its respondents and answers
    QList<Respondent> respondents(qint64 surveyId) const;
    qint64 addRespondent(const Respondent &respondent);
    QList<RespondentAttribute> respondentAttributes(qint64 surveyId) const;
    bool addRespondentAttributes(const QList<RespondentAttribute> &attributes);

    // Ratings. The bulk adds prepare their statement once.
    QList<Rating> ratings(qint64 surveyId) const;
    // Each journey of the wave in respondent, vendor order: its values in the wave's order,
    // or none when it does not read back. False when the wave's order does not.
    using JourneyVisitor
        = std::function<void(qint64 respondentId, qint64 vendorId, const std::vector<qint64> &order,
                             const std::vector<double> *values)>;
    bool forEachJourney(qint64 surveyId, const JourneyVisitor &visit) const;
    qint64 journeyCount(qint64 surveyId) const; // respondent × vendor pairs with ratings
    bool addRatings(const QList<Rating> &ratings);
    // What in the stored journeys does not read back (another program changed them).
    QStringList journeyProblems() const;
    QList<FactorRating> factorRatings(qint64 surveyId) const;
    bool addFactorRatings(const QList<FactorRating> &ratings);
    QList<Evaluation> evaluations(qint64 surveyId) const;
    bool addEvaluations(const QList<Evaluation> &evaluations);
    QList<Reason> reasons(qint64 surveyId) const;
    bool addReasons(const QList<Reason> &reasons);

    // Workshop ratings, entered by hand: one wave whose source format is "workshop" with a
    // single respondent ("workshop") whose rating of a vendor at a subprocess is the room's
    // score. The analyses read it like any other wave.
    static QString workshopFormat() { return QStringLiteral("workshop"); }
    qint64 workshopSurvey() const; // 0: the project has none
    double workshopRating(qint64 surveyId, qint64 vendorId, qint64 subprocessId) const;
    // Sets one score; NaN removes it.
    bool setWorkshopRating(qint64 surveyId, qint64 vendorId, qint64 subprocessId, double value);

    qint64 ratingCount() const; // subprocess ratings in every wave
    // Respondents of the survey waves: the workshop's entries are not a respondent.
    qint64 surveyedRespondentCount() const;

private:
    // The subprocess ids a wave's journeys are in the order of (survey.journey_subprocesses).
    bool journeyOrder(qint64 surveyId, std::vector<qint64> *order) const;
    bool putJourney(qint64 respondentId, qint64 vendorId,
                    const std::vector<std::pair<qint64, double>> &ratings);
};

} // namespace Peakend
