#pragma once
// Route elimination (SISR's fleet minimisation): take the smallest route out, then search with
// a fixed fleet until every request fits again, accepting a step when it leaves fewer requests
// out or ones that were out less often (absence counters steer towards the hard requests).
#include "core/solver/search/search_context.h"

namespace chongal::solver::search {

// `best` is on time with hard windows (params of `best`). Requests it leaves out beyond `target`
// (the ones nobody can serve) are first brought back at the current fleet; then routes are taken
// away one by one. On return `best` is the solution with the fewest routes found that leaves at
// most `target` out or, when the search never got there, the one that left the fewest out.
// Until then the search may use up to `fleet` routes (at least those `best` uses): a start made
// on time by taking late requests out may have emptied routes it had.
void minimiseFleet(SearchContext& ctx, SearchSolution& best, const Budget& budget,
                   std::size_t target, int fleet);

}  // namespace chongal::solver::search
