#pragma once
// Greedy insertion with blinks (SISR's recreate): the removed requests, in a randomly chosen
// order (random / largest first / farthest first / closest first), each go to their cheapest
// position; each candidate position is skipped with a small probability ("blink").
#include <vector>

#include "core/solver/search/failure_memo.h"
#include "core/solver/search/insertion.h"
#include "core/solver/search/neighbours.h"
#include "core/solver/search/search_solution.h"

namespace chongal::solver::search {

// Vehicles that are interchangeable when empty share a class: only one of them is tried.
std::vector<int> vehicleClasses(const Problem& p);

struct RecreateOptions {
    int maxRoutes = -1;  // routes may be opened while fewer than this are used (-1: no limit)
    double blinkRate = 0.01;
    Cost unassignedPrice = kNoInsertion;  // a request costing this much or more stays out
    // Granular search: only routes that serve one of the `granularity` nearest stops of the
    // request's stops are tried (plus one empty vehicle per class). 0 = every route.
    const Neighbours* neighbours = nullptr;
    int granularity = 0;
    const std::atomic<bool>* cancel = nullptr;  // raised: the remaining requests stay out
    // Hard windows only: skips routes where a request is known to fit nowhere, and learns more.
    FailureMemo* failures = nullptr;
};

// Tries to insert every request of s.unassigned; the ones that fit nowhere stay there.
void recreate(const Problem& p, const SearchParams& params, SearchSolution& s,
              const std::vector<int>& classes, Rng& rng, const RecreateOptions& options);

// The cheapest place for one request in the current solution (no blinks, routes may open).
Insertion cheapestInsertion(const Problem& p, const SearchParams& params, const SearchSolution& s,
                            const std::vector<int>& classes, int request);

}  // namespace chongal::solver::search
