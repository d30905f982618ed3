#pragma once

#include "domain/projectinfo.h"
#include "domain/subprocess.h"
#include "domain/survey.h"

#include <QList>
#include <QStringList>

namespace Peakend {

class ProjectRepository;

// What a project holds, in counts and names: the overview page and the summary report.
struct ProjectSummary
{
    ProjectInfo info;
    QStringList vendors;
    QStringList ownVendors;
    QList<Subprocess> subprocesses;
    QStringList factors;
    QList<Survey> surveys;
    qint64 touchpointCount = 0;
    qint64 respondentCount = 0;
    qint64 ratingCount = 0;
    qint64 evaluationCount = 0;
    qint64 cycleCount = 0;
    qint64 incidentCount = 0;

    static ProjectSummary load(const ProjectRepository &repository);
};

} // namespace Peakend
