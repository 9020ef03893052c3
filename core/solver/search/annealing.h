#pragma once
// Cost minimisation by ruin-and-recreate under simulated annealing (SISR's main loop), with the
// temperature cooling from t0 to tEnd over the budget.
#include "core/solver/search/search_context.h"

namespace chongal::solver::search {

// Improves `best` in place; returns when the budget is spent or cancelled.
void anneal(SearchContext& ctx, SearchSolution& best, const Budget& budget);

}  // namespace chongal::solver::search
