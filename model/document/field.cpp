#include "document/field.h"

#include "document/change.h"

namespace Peakend {

FieldColumn fieldColumn(Field field)
{
    switch (field) {
    case Field::None:
        break;
    case Field::ProjectName:
        return {"project", "name", ChangeFlag::Project};
    case Field::ProjectBrandValue:
        return {"project", "brand_value", ChangeFlag::Project};
    case Field::ProjectDescription:
        return {"project", "description", ChangeFlag::Project};
    case Field::ScaleMin:
        return {"project", "scale_min", ChangeFlag::Project};
    case Field::ScaleMax:
        return {"project", "scale_max", ChangeFlag::Project};
    case Field::ScaleNeutral:
        return {"project", "scale_neutral", ChangeFlag::Project};
    case Field::VendorName:
        return {"vendor", "name", ChangeFlag::Vendors};
    case Field::VendorIsOwn:
        return {"vendor", "is_own", ChangeFlag::Vendors};
    case Field::VendorColor:
        return {"vendor", "color", ChangeFlag::Vendors};
    case Field::VendorPosition:
        return {"vendor", "position", ChangeFlag::Vendors};
    case Field::SubprocessName:
        return {"subprocess", "name", ChangeFlag::Subprocesses};
    case Field::SubprocessPhase:
        return {"subprocess", "phase", ChangeFlag::Subprocesses};
    case Field::SubprocessCarriesBrand:
        return {"subprocess", "carries_brand", ChangeFlag::Subprocesses};
    case Field::SubprocessPosition:
        return {"subprocess", "position", ChangeFlag::Subprocesses};
    case Field::FactorName:
        return {"factor", "name", ChangeFlag::Factors};
    case Field::FactorCarriesBrand:
        return {"factor", "carries_brand", ChangeFlag::Factors};
    case Field::FactorPosition:
        return {"factor", "position", ChangeFlag::Factors};
    case Field::ChannelName:
        return {"channel", "name", ChangeFlag::Touchpoints};
    case Field::TouchpointName:
        return {"touchpoint", "name", ChangeFlag::Touchpoints};
    case Field::TouchpointChannel:
        return {"touchpoint", "channel_id", ChangeFlag::Touchpoints};
    case Field::TouchpointSubprocess:
        return {"touchpoint", "subprocess_id", ChangeFlag::Touchpoints};
    case Field::TouchpointPosition:
        return {"touchpoint", "position", ChangeFlag::Touchpoints};
    case Field::SurveyName:
        return {"survey", "name", ChangeFlag::Surveys};
    case Field::SurveyFieldedOn:
        return {"survey", "fielded_on", ChangeFlag::Surveys};
    case Field::CycleName:
        return {"cem_cycle", "name", ChangeFlag::Cycles};
    case Field::CycleCurrentStep:
        return {"cem_cycle", "current_step", ChangeFlag::Cycles};
    case Field::CycleBrandValue:
        return {"cem_cycle", "brand_value", ChangeFlag::Cycles};
    case Field::CycleStrategy:
        return {"cem_cycle", "strategy", ChangeFlag::Cycles};
    case Field::CycleSurvey:
        return {"cem_cycle", "survey_id", ChangeFlag::Cycles};
    case Field::CycleFactorCarriesBrand:
        return {"cycle_factor", "carries_brand", ChangeFlag::Cycles};
    case Field::CycleFactorExperience:
        return {"cycle_factor", "experience", ChangeFlag::Cycles};
    case Field::CycleFactorExpectation:
        return {"cycle_factor", "expectation", ChangeFlag::Cycles};
    case Field::CycleFactorImportance:
        return {"cycle_factor", "importance", ChangeFlag::Cycles};
    case Field::CycleFactorIdeal:
        return {"cycle_factor", "ideal", ChangeFlag::Cycles};
    case Field::RequirementTitle:
        return {"requirement", "title", ChangeFlag::Requirements};
    case Field::RequirementDescription:
        return {"requirement", "description", ChangeFlag::Requirements};
    case Field::RequirementOwner:
        return {"requirement", "owner", ChangeFlag::Requirements};
    case Field::RequirementCost:
        return {"requirement", "cost_estimate", ChangeFlag::Requirements};
    case Field::RequirementStrategicFit:
        return {"requirement", "strategic_fit", ChangeFlag::Requirements};
    case Field::RequirementReadinessPeople:
        return {"requirement", "readiness_people", ChangeFlag::Requirements};
    case Field::RequirementReadinessProcess:
        return {"requirement", "readiness_process", ChangeFlag::Requirements};
    case Field::RequirementReadinessTechnology:
        return {"requirement", "readiness_technology", ChangeFlag::Requirements};
    case Field::RequirementDecision:
        return {"requirement", "decision", ChangeFlag::Requirements};
    case Field::RequirementPosition:
        return {"requirement", "position", ChangeFlag::Requirements};
    case Field::KpiName:
        return {"kpi", "name", ChangeFlag::Kpis};
    case Field::KpiUnit:
        return {"kpi", "unit", ChangeFlag::Kpis};
    case Field::KpiRequirement:
        return {"kpi", "requirement_id", ChangeFlag::Kpis};
    case Field::KpiPosition:
        return {"kpi", "position", ChangeFlag::Kpis};
    case Field::SegmentName:
        return {"segment", "name", ChangeFlag::Segments};
    case Field::SegmentDefinition:
        return {"segment", "definition", ChangeFlag::Segments};
    case Field::SegmentPosition:
        return {"segment", "position", ChangeFlag::Segments};
    case Field::IncidentOccurredOn:
        return {"critical_incident", "occurred_on", ChangeFlag::Incidents};
    case Field::IncidentTouchpoint:
        return {"critical_incident", "touchpoint_id", ChangeFlag::Incidents};
    case Field::IncidentPolarity:
        return {"critical_incident", "polarity", ChangeFlag::Incidents};
    case Field::IncidentDescription:
        return {"critical_incident", "description", ChangeFlag::Incidents};
    case Field::IncidentResponseHours:
        return {"critical_incident", "response_hours", ChangeFlag::Incidents};
    }
    return {nullptr, nullptr, ChangeFlag::All};
}

} // namespace Peakend
