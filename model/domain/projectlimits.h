#pragma once

namespace Peakend {

// How much a project may hold. Every chart, table and analysis is sized by these, so a file
// beyond them (written by another program) is refused on opening instead of running for
// minutes, and Peakend never writes one: imports and the catalogue editor stop at them.
// They are far above what a journey map shows (a B2B study: 14 vendors, 25 subprocesses).
struct ProjectLimits
{
    static constexpr int vendors = 200;
    static constexpr int subprocesses = 200;
    static constexpr int factors = 200;
    static constexpr int channels = 200;
    static constexpr int touchpoints = 1000;
    static constexpr int attributes = 200;
    static constexpr int waves = 1000;
    static constexpr int nameLength = 500; // characters of a name or a wave's title
};

} // namespace Peakend
