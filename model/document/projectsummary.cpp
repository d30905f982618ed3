#include "document/projectsummary.h"

#include "storage/projectrepository.h"

namespace Peakend {

ProjectSummary ProjectSummary::load(const ProjectRepository &repository)
{
    ProjectSummary summary;
    summary.info = repository.projectInfo();
    for (const Vendor &vendor : repository.vendors()) {
        summary.vendors << vendor.name;
        if (vendor.isOwn)
            summary.ownVendors << vendor.name;
    }
    summary.subprocesses = repository.subprocesses();
    for (const Factor &factor : repository.factors())
        summary.factors << factor.name;
    summary.surveys = repository.surveys();
    summary.touchpointCount = repository.count("touchpoint");
    summary.respondentCount = repository.surveyedRespondentCount();
    summary.ratingCount = repository.ratingCount();
    summary.evaluationCount = repository.count("evaluation");
    summary.cycleCount = repository.count("cem_cycle");
    summary.incidentCount = repository.count("critical_incident");
    return summary;
}

} // namespace Peakend
