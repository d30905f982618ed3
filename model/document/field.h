#pragma once

namespace Peakend {

enum class ChangeFlag : unsigned;

// Every single value an editor can change, for the generic ChangeValue command.
// Each maps to one column of one table keyed by its integer id (see fieldColumn()).
enum class Field {
    None,
    ProjectName,
    ProjectBrandValue,
    ProjectDescription,
    ScaleMin,
    ScaleMax,
    ScaleNeutral,
    VendorName,
    VendorIsOwn,
    VendorColor,
    VendorPosition,
    SubprocessName,
    SubprocessPhase,
    SubprocessCarriesBrand,
    SubprocessPosition,
    FactorName,
    FactorCarriesBrand,
    FactorPosition,
    ChannelName,
    TouchpointName,
    TouchpointChannel,
    TouchpointSubprocess,
    TouchpointPosition,
    SurveyName,
    SurveyFieldedOn,
    CycleName,
    CycleCurrentStep,
    CycleBrandValue,
    CycleStrategy,
    CycleSurvey,
    CycleFactorCarriesBrand,
    CycleFactorExperience,
    CycleFactorExpectation,
    CycleFactorImportance,
    CycleFactorIdeal,
    RequirementTitle,
    RequirementDescription,
    RequirementOwner,
    RequirementCost,
    RequirementStrategicFit,
    RequirementReadinessPeople,
    RequirementReadinessProcess,
    RequirementReadinessTechnology,
    RequirementDecision,
    RequirementPosition,
    KpiName,
    KpiUnit,
    KpiRequirement,
    KpiPosition,
    SegmentName,
    SegmentDefinition,
    SegmentPosition,
    IncidentOccurredOn,
    IncidentTouchpoint,
    IncidentPolarity,
    IncidentDescription,
    IncidentResponseHours,
};

struct FieldColumn
{
    const char *table;
    const char *column;
    ChangeFlag change;
};

FieldColumn fieldColumn(Field field);

} // namespace Peakend
