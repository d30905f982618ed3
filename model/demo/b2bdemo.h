#pragma once

namespace Peakend {

class ProjectRepository;

// B2B IT purchasing (seed 000), synthetic: 757 respondents rate 1–3 of 14 fictional vendors
// along 25 subprocesses. Shaped like the published study: one vendor wins 23 of 25
// subprocesses yet is liked least, because respondents remember its service failure and its
// poor end; the best-liked vendor peaks at service and hurts at price. Reasons to like and
// dislike are drawn at the published shares (of respondent × vendor evaluations).
namespace B2bDemo {
inline constexpr unsigned long long seed = 20070831;
inline constexpr int respondentCount = 757;
bool write(ProjectRepository &repository);
} // namespace B2bDemo

} // namespace Peakend
