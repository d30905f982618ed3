#pragma once

#include "cataloguerepository.h"
#include "cyclerepository.h"
#include "document/catalogue.h"
#include "document/field.h"
#include "domain/cycledraft.h"
#include "surveyrepository.h"

#include <QCoreApplication>
#include <QVariant>

namespace Peakend {

// Reads and writes the entities of one open project as plain domain values, one aggregate
// per base (catalogue, surveys and their answers, cycles); what crosses aggregates (removing
// a catalogue row and what refers to it, counting, the generic field access behind undo)
// is here. Writes are committed at once unless wrapped in transaction(). On failure a write
// returns false (or id 0) and lastError() says why; nothing here shows UI.
class ProjectRepository final : public CatalogueRepository,
                                public SurveyRepository,
                                public CycleRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRepository)

public:
    explicit ProjectRepository(const ProjectStore &store);

    // The workshop wave's id, creating it (under preferredId when not 0, on the project's
    // scale) when missing.
    qint64 ensureWorkshopSurvey(const QString &name, qint64 preferredId = 0);

    // The cycle (id 0 when there is none) with its factor entries and the subprocesses,
    // for the wizard.
    CycleDraft cycleDraft(qint64 cycleId) const;

    // Removes one row of a catalogue; rows that refer to it are changed by the schema's
    // foreign-key actions, so callers check references() first.
    bool removeItem(Catalogue catalogue, qint64 id);
    // How many stored rows (ratings, answers, touchpoints, incidents, cycle entries) refer to
    // one row of a catalogue.
    qint64 references(Catalogue catalogue, qint64 id) const;

    // Counting rows of a table by name, for summaries (the name is never user input).
    qint64 count(const char *table) const;

    // The generic single-value access behind ChangeValue. NULL reads as an invalid
    // QVariant; an invalid QVariant or a NaN double writes NULL.
    QVariant value(Field field, qint64 id) const;
    bool setValue(Field field, qint64 id, const QVariant &value);
};

} // namespace Peakend
