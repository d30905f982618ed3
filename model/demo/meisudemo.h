#pragma once

namespace Peakend {

class ProjectRepository;

// Meisu Electronics (seed 004): a Hong Kong electronics retailer's complete CEM cycle with
// the seed's numbers — convenience is the key experience (W = 9 × −2 = −18, gap −5),
// the requirement is more stores on the same street, and sales grew with each store.
namespace MeisuDemo {
bool write(ProjectRepository &repository);
}

} // namespace Peakend
