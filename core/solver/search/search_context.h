#pragma once
// What every search phase shares: the problem, its pricing, neighbour lists, vehicle classes,
// the random source and the best-so-far bookkeeping.
#include <functional>
#include <optional>
#include <vector>

#include "core/solver/search/budget.h"
#include "core/solver/search/neighbours.h"
#include "core/solver/search/recreate.h"
#include "core/solver/search/ruin.h"

namespace chongal::solver::search {

struct SearchContext {
    const Problem& problem;
    SearchParams params;
    Neighbours neighbours;
    std::vector<int> classes;
    Rng rng;
    RuinParams ruin;  // route elimination: SISR's defaults
    // Cost minimisation ruins more (20 stops on average, strings up to 20): with the fleet at
    // its minimum, smaller ruins could not move whole clusters between long routes (Solomon C2
    // stayed 20 % above optimal; with these it reaches the optimum).
    RuinParams annealRuin{20.0, 20};
    // Price of leaving a request out during an annealing walk with hard windows, in typical
    // edges (tuned on Solomon: 20 strands walks in partial solutions, 1e6 never leaves complete
    // ones; 100 gave the best distances).
    double walkEdges = 100.0;
    // Share of the annealing budget a walk may stay partial before it returns to the best and
    // stays complete (Solomon's walks come back sooner; see anneal()).
    double walkPatience = 0.05;
    // Route elimination ends once a share of its budget passes without progress (a request
    // brought back or a route taken away), leaving the rest to cost minimisation. Tuned on the
    // 14 Solomon instances with the largest gaps (10 s): never stopping 3.21 %, 0.25 1.72 %,
    // 0.1 1.53 % mean gap, the same vehicle counts.
    double fleetPatience = 0.1;
    // A start that is not complete (a dispatch plan made on time by taking its late requests
    // out) may spend the whole phase bringing them back, unless more than `nearMissShare` of
    // the requests are still out at `nearMissCheck` of it: the fleet is then short, and the
    // time is better spent making the lateness small. Midnight Express, 9.5 s, at 70 and 80
    // couriers, on time: 73.5 % and 88.0 % with the check, 71.9 % and 86.3 % without it
    // (a phase of only two thirds as long gave 73.9 % and 88.9 %).
    double nearMissCheck = 2.0 / 3.0;
    double nearMissShare = 0.02;
    int granularity = 40;  // neighbours whose routes a reinsertion tries (see RecreateOptions)
    FailureMemo failures;  // shared by every hard-window phase (feasibility ignores prices)
    long iterations = 0;
    std::function<void(const SearchSolution&)> onImprovement;
    const std::atomic<bool>* cancel = nullptr;

    SearchContext(const Problem& p, std::uint64_t seed, const std::atomic<bool>* cancel = nullptr)
        : problem(p), params(SearchParams::from(p)), neighbours(p, 100, cancel),
          classes(vehicleClasses(p)), rng(seed),
          failures(int(p.requests.size()), int(p.vehicles.size())), cancel(cancel) {}
};

// One ruin-and-recreate step on `work`; afterwards work.touched lists the routes it changed.
void ruinAndRecreate(SearchContext& ctx, SearchSolution& work, const RuinParams& ruin,
                     const RecreateOptions& options);

// Makes `to` equal to `from` on the listed routes and the unassigned pool (accept or undo of a
// step whose changes are confined to those routes); clears the list.
void syncRoutes(SearchSolution& to, const SearchSolution& from, std::vector<int>& routes);

}  // namespace chongal::solver::search
