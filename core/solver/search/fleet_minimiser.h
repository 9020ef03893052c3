#pragma once
// Route elimination (SISR's fleet minimisation): take the smallest route out, then search with
// a fixed fleet until every request fits again, accepting a step when it leaves fewer requests
// out or ones that were out less often (absence counters steer towards the hard requests).
#include "core/solver/search/search_context.h"

namespace chongal::solver::search {

// `best` must serve every servable request with hard windows (params of `best`). On return it
// holds the solution with the fewest routes found that still serves them all.
void minimiseFleet(SearchContext& ctx, SearchSolution& best, const Budget& budget);

}  // namespace chongal::solver::search
