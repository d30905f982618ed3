#pragma once

#include "assembly/waveassembly.h"

#include <QCoreApplication>

namespace Peakend {

class ProjectRepository;

// The one path from a project file to what the charts draw. It resolves the wave once — the
// latest is the one imported last (its import time, then its id) — reads it, checks the
// request against it and runs the analysis. The charts page, the report, the presentation and
// every command-line command go through here.
class WaveAssembler
{
    Q_DECLARE_TR_FUNCTIONS(WaveAssembler)

public:
    struct Request
    {
        qint64 surveyId = 0; // 0: the latest wave
        ProjectAnalysisOptions options;
    };

    static WaveAssembly assemble(const ProjectRepository &repository, const Request &request);
    // The two halves of assemble(), for a window that analyses one wave under many filters:
    // read() fills everything but the analysis and hands the wave's answers to data;
    // analyse() checks the options against them and computes the analysis (or says why not).
    static WaveAssembly read(const ProjectRepository &repository, qint64 surveyId,
                             SurveyData *data);
    static void analyse(WaveAssembly *assembly, const SurveyData &data,
                        const ProjectAnalysisOptions &options);
    static WaveAssembly assemble(const ProjectRepository &repository)
    {
        return assemble(repository, Request());
    }

    // The project's survey waves, latest first.
    static QList<Survey> waves(const ProjectRepository &repository);
    // The wave asked for (0: the latest); id 0 when there is none.
    static Survey wave(const ProjectRepository &repository, qint64 surveyId = 0);
    // The wave's answers only, for editors that show means (problems as SurveyDataLoader's).
    static SurveyData load(const ProjectRepository &repository, qint64 surveyId = 0,
                           QStringList *problems = nullptr);
    // How many values a segment list offers of one attribute at most.
    static constexpr int maxSegmentValues = 20;
};

} // namespace Peakend
