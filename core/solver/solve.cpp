#include "core/solver/solve.h"

namespace chongal::solver {

// Placeholder until the search lands: leaves every request unassigned.
SolveResult solve(const Problem& p, const SolveOptions&) {
    SolveResult r;
    r.solution.routes.assign(p.vehicles.size(), {});
    for (int i = 0; i < int(p.requests.size()); ++i) {
        r.solution.unassigned.push_back(i);
        r.solution.reasons.push_back(UnassignedReason::NoFeasiblePosition);
    }
    r.summary = summarize(p, r.solution);
    return r;
}

}  // namespace chongal::solver
