#pragma once

namespace Peakend {

// The lists a project keeps besides its survey data, each edited as a table: what
// ProjectRepository::removeItem / references and the catalogue commands and item model name.
// Requirements and KPIs are those of the latest CEM cycle.
enum class Catalogue {
    Vendors,
    Subprocesses,
    Factors,
    Channels,
    Touchpoints,
    Incidents,
    Requirements,
    Kpis,
    Segments
};

} // namespace Peakend
