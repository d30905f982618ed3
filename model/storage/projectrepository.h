#pragma once

#include "document/catalogue.h"
#include "document/field.h"
#include "domain/cemcycle.h"
#include "domain/criticalincident.h"
#include "domain/cycledraft.h"
#include "domain/factor.h"
#include "domain/kpi.h"
#include "domain/projectinfo.h"
#include "domain/requirement.h"
#include "domain/segment.h"
#include "domain/subprocess.h"
#include "domain/survey.h"
#include "domain/touchpoint.h"
#include "domain/vendor.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace Peakend {

class ProjectStore;

// Reads and writes the entities of one open project as plain domain values.
// Writes are committed at once unless wrapped in transaction(). On failure a write
// returns false (or id 0) and lastError() says why; nothing here shows UI.
class ProjectRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRepository)

public:
    explicit ProjectRepository(const ProjectStore &store);

    QString lastError() const { return m_lastError; }

    // Runs work inside one transaction (a savepoint, so calls nest): committed when it
    // returns true, rolled back when it returns false or the commit fails.
    bool transaction(const std::function<bool()> &work);

    // Project and catalogue
    ProjectInfo projectInfo() const;
    bool setProjectInfo(const ProjectInfo &info);
    QList<Vendor> vendors() const;
    qint64 addVendor(const Vendor &vendor);
    bool removeVendor(qint64 id);
    QList<Subprocess> subprocesses() const; // chronological
    qint64 addSubprocess(const Subprocess &subprocess);
    QList<Factor> factors() const;
    qint64 addFactor(const Factor &factor);
    QList<Channel> channels() const;
    qint64 addChannel(const Channel &channel);
    QList<Touchpoint> touchpoints() const;
    qint64 addTouchpoint(const Touchpoint &touchpoint);

    // Surveys and responses. The bulk adds prepare their statement once.
    QList<Survey> surveys() const;
    qint64 addSurvey(const Survey &survey);
    QList<Respondent> respondents(qint64 surveyId) const;
    qint64 addRespondent(const Respondent &respondent);
    QList<RespondentAttribute> respondentAttributes(qint64 surveyId) const;
    bool addRespondentAttributes(const QList<RespondentAttribute> &attributes);
    QList<Rating> ratings(qint64 surveyId) const;
    // Each journey of the wave in respondent, vendor order: its values in the wave's order,
    // or none when it does not read back. False when the wave's order does not.
    using JourneyVisitor
        = std::function<void(qint64 respondentId, qint64 vendorId, const std::vector<qint64> &order,
                             const std::vector<double> *values)>;
    bool forEachJourney(qint64 surveyId, const JourneyVisitor &visit) const;
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
    // The workshop wave's id, creating it (under preferredId when not 0) when missing.
    qint64 ensureWorkshopSurvey(const QString &name, qint64 preferredId = 0);
    double workshopRating(qint64 surveyId, qint64 vendorId, qint64 subprocessId) const;
    // Sets one score; NaN removes it.
    bool setWorkshopRating(qint64 surveyId, qint64 vendorId, qint64 subprocessId, double value);
    bool removeSurvey(qint64 id); // with its respondents and answers

    // Saved segments, in their order.
    QList<Segment> segments() const;
    qint64 addSegment(const Segment &segment);

    // CEM cycles
    QList<CemCycle> cycles() const;
    qint64 addCycle(const CemCycle &cycle);
    QList<CycleFactor> cycleFactors(qint64 cycleId) const;
    // The cycle (id 0 when there is none) with its factor entries, for the wizard.
    CycleDraft cycleDraft(qint64 cycleId) const;
    bool removeCycle(qint64 id); // with its entries, requirements and KPIs
    qint64 addCycleFactor(const CycleFactor &entry);
    QList<Requirement> requirements(qint64 cycleId) const;
    qint64 addRequirement(const Requirement &requirement); // with its factor links
    bool setRequirementFactors(qint64 requirementId, const QList<qint64> &factorIds);
    QList<Kpi> kpis(qint64 cycleId) const;
    qint64 addKpi(const Kpi &kpi); // with its values, at positions 0, 1, …
    std::optional<KpiValue> kpiValue(qint64 kpiId, int position) const;
    // Sets one period's value; nullopt removes it.
    bool setKpiValue(qint64 kpiId, int position, const std::optional<KpiValue> &value);
    QList<CriticalIncident> incidents() const;
    qint64 addIncident(const CriticalIncident &incident);

    // Removes one row of a catalogue; rows that refer to it are changed by the schema's
    // foreign-key actions, so callers check references() first.
    bool removeItem(Catalogue catalogue, qint64 id);
    // How many stored rows (ratings, answers, touchpoints, incidents, cycle entries) refer to
    // one row of a catalogue.
    qint64 references(Catalogue catalogue, qint64 id) const;

    // Counting rows of a table by name, for summaries (the name is never user input).
    qint64 count(const char *table) const;
    qint64 ratingCount() const; // subprocess ratings in every wave
    // Respondents of the survey waves: the workshop's entries are not a respondent.
    qint64 surveyedRespondentCount() const;

    // The generic single-value access behind ChangeValue. NULL reads as an invalid
    // QVariant; an invalid QVariant or a NaN double writes NULL.
    QVariant value(Field field, qint64 id) const;
    bool setValue(Field field, qint64 id, const QVariant &value);

private:
    bool fail(const QString &reason) const;
    qint64 insertedId() const;
    // The subprocess ids a wave's journeys are in the order of (survey.journey_subprocesses).
    bool journeyOrder(qint64 surveyId, std::vector<qint64> *order) const;
    bool putJourney(qint64 respondentId, qint64 vendorId,
                    const std::vector<std::pair<qint64, double>> &ratings);

    const ProjectStore &m_store;
    mutable QString m_lastError;
};

} // namespace Peakend
