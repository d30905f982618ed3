#include "waveassembler.h"

#include "analysis/segmentdefinition.h"
#include "assembly/surveydataloader.h"
#include "storage/projectrepository.h"

#include <QSet>

#include <algorithm>

namespace Peakend {

namespace {

// The wave's respondent attributes with their values, for the filter and outcome lists.
QList<WaveAttribute> attributesOf(const SurveyData &data)
{
    QList<WaveAttribute> attributes;
    for (int a = 0; a < int(data.attributeNames.size()); ++a) {
        WaveAttribute attribute;
        attribute.name = data.attributeNames.at(a);
        Outcome outcome;
        outcome.source = Outcome::Source::Attribute;
        outcome.attribute = attribute.name;
        attribute.numeric = outcome.of(data).error.isEmpty(); // a spend, 0/1 renewed
        QSet<QString> values;
        for (const SurveyRespondent &respondent : data.respondents) {
            const QString value = respondent.attributes.value(a);
            if (!value.isEmpty())
                values.insert(value);
            if (values.size() > WaveAssembler::maxSegmentValues)
                break;
        }
        if (values.size() <= WaveAssembler::maxSegmentValues) {
            attribute.values = QStringList(values.cbegin(), values.cend());
            attribute.values.sort();
        }
        attributes.append(attribute);
    }
    return attributes;
}

// Why the options cannot be answered from this wave; empty when they can.
QString requestError(const ProjectAnalysisOptions &options, const SurveyData &data)
{
    if (QString unmatched = SegmentDefinition::unmatched(options.segment, data);
        !unmatched.isEmpty())
        return unmatched;
    if (QString error = options.outcome.of(data).error; !error.isEmpty())
        return error;
    if (options.comparison) {
        for (const SegmentFilter &filter :
             {options.comparison->first, options.comparison->second}) {
            if (QString unmatched = SegmentDefinition::unmatched(filter, data);
                !unmatched.isEmpty())
                return unmatched;
        }
    }
    return QString();
}

} // namespace

QList<Survey> WaveAssembler::waves(const ProjectRepository &repository)
{
    QList<Survey> waves = repository.surveys();
    std::stable_sort(waves.begin(), waves.end(), [](const Survey &a, const Survey &b) {
        return a.importedAt != b.importedAt ? a.importedAt > b.importedAt : a.id > b.id;
    });
    return waves;
}

Survey WaveAssembler::wave(const ProjectRepository &repository, qint64 surveyId)
{
    const QList<Survey> all = waves(repository);
    for (const Survey &survey : all) {
        if (surveyId == 0 || survey.id == surveyId)
            return survey;
    }
    return Survey();
}

SurveyData WaveAssembler::load(const ProjectRepository &repository, qint64 surveyId,
                               QStringList *problems)
{
    return SurveyDataLoader::load(repository, wave(repository, surveyId), problems);
}

WaveAssembly WaveAssembler::assemble(const ProjectRepository &repository, const Request &request)
{
    SurveyData data;
    WaveAssembly assembly = read(repository, request.surveyId, &data);
    analyse(&assembly, data, request.options);
    return assembly;
}

WaveAssembly WaveAssembler::read(const ProjectRepository &repository, qint64 surveyId,
                                 SurveyData *data)
{
    WaveAssembly assembly;
    assembly.waves = waves(repository);
    for (const Survey &survey : std::as_const(assembly.waves)) {
        if (surveyId == 0 || survey.id == surveyId) {
            assembly.wave = survey;
            break;
        }
    }
    assembly.projectScale = repository.projectInfo().scale;
    assembly.subprocesses = repository.subprocesses();
    assembly.touchpoints = repository.touchpoints();
    assembly.channels = repository.channels();
    assembly.incidents = repository.incidents();
    assembly.cycles = CycleSteps::load(repository);
    if (const CycleSteps *latest = assembly.latestCycle()) {
        const QList<Kpi> kpis = repository.kpis(latest->cycle.id);
        if (!kpis.isEmpty()) {
            assembly.kpi = kpis.first();
            for (const CemRequirementRow &row : latest->steps.requirements) {
                if (row.requirement.id == assembly.kpi.requirementId)
                    assembly.kpiRequirement = row.requirement.title;
            }
        }
    }
    *data = SurveyDataLoader::load(repository, assembly.wave, &assembly.problems);
    assembly.attributes = attributesOf(*data);
    return assembly;
}

void WaveAssembler::analyse(WaveAssembly *assembly, const SurveyData &data,
                            const ProjectAnalysisOptions &options)
{
    assembly->error = requestError(options, data);
    assembly->analysis
        = assembly->error.isEmpty() ? ProjectAnalysis::compute(
              data, assembly->incidents, assembly->touchpoints, options, assembly->channels)
                                    : ProjectAnalysis();
}

QString WaveAssembly::sample() const
{
    QString text = tr("n = %Ln respondent(s)", nullptr, analysis.respondents) + QStringLiteral(", ")
                   + tr("%Ln respondent × vendor pair(s)", nullptr, analysis.cases);
    if (!analysis.segment.isEmpty())
        text += tr(", segment %1").arg(analysis.segment.label());
    return text;
}

QString WaveAssembly::source() const
{
    if (wave.id == 0)
        return QString(); // no wave: no sample to state
    return wave.name + QStringLiteral(": ") + sample();
}

} // namespace Peakend
