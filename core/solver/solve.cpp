#include "core/solver/solve.h"

#include <algorithm>

#include "core/solver/search/annealing.h"
#include "core/solver/search/diagnose.h"
#include "core/solver/search/fleet_minimiser.h"

namespace chongal::solver {

namespace {

using namespace search;

double fleetShareFor(const Problem& p, const SolveOptions& o) {
    if (o.fleetShare >= 0) return o.fleetShare;
    switch (p.objective) {
        case Objective::Hierarchical: return 0.6;
        case Objective::Dispatch: return 0.6;
        case Objective::Distance: return 0.0;
    }
    return 0.0;
}

// Makes a soft plan on time for hard windows: in each late route, the request of the first stop
// the schedule reaches late is taken out, until no route is late. False when a fixed stop is
// late (a commitment that cannot be undone).
bool dropLateRequests(const Problem& p, SearchSolution& h) {
    for (SearchRoute& r : h.routes) {
        while (r.timeWarp() > 0) {
            int k = 1;
            while (r.fwd[k].timeWarp == 0) ++k;
            if (k > r.size()) --k;  // late only at the end: the last stop's request goes
            if (k <= r.fixedCount) return false;
            const int request = p.stops[r.stops[k - 1]].request;
            if (h.isFixed(request)) return false;
            h.remove({request});
        }
    }
    h.touched.clear();
    return true;
}

// The search form of `sol` under `params`, without the hopeless requests (sorted) in its pool:
// they never enter the search.
SearchSolution searchForm(const Problem& p, const SearchParams& params, const Solution& sol,
                          const std::vector<int>& hopeless) {
    SearchSolution out = SearchSolution::fromSolution(p, params, sol);
    std::erase_if(out.unassigned,
                  [&](int r) { return std::binary_search(hopeless.begin(), hopeless.end(), r); });
    return out;
}

// Route elimination runs with hard windows (a dispatch plan must stay on time while couriers
// are taken away). A start that is late somewhere first loses its late requests, which the
// minimiser brings back before it takes any courier away. Those it cannot bring back on time
// are then placed where they are least late; that repair is kept if it beats the start.
void eliminateRoutes(SearchContext& ctx, SearchSolution& s, const Budget& budget,
                     const RecreateOptions& construction, const std::vector<int>& hopeless) {
    SearchParams hard = ctx.params;
    hard.hardWindows = true;
    SearchSolution h = searchForm(ctx.problem, hard, s.toSolution(), hopeless);
    if (!dropLateRequests(ctx.problem, h)) return;
    minimiseFleet(ctx, h, budget, s.unassigned.size());
    SearchSolution repaired = searchForm(ctx.problem, ctx.params, h.toSolution(), hopeless);
    if (repaired.unassigned.size() > s.unassigned.size())
        recreate(ctx.problem, ctx.params, repaired, ctx.classes, ctx.rng, construction);
    if (repaired.cost() < s.cost()) s = repaired;
}

}  // namespace

SolveResult solve(const Problem& p, const SolveOptions& options) {
    const Budget budget(options.timeLimitSeconds, options.maxIterations, options.cancel);
    SearchContext ctx(p, options.seed, options.cancel);
    // Large anneal ruins pay off with hard windows at a minimal fleet (benchmarks); dispatch
    // problems (soft promises, thousands of stops, live re-plans) need many quick steps instead.
    // Their route elimination also seeds half its ruins next to the requests left out (Midnight
    // Express at 90-91 couriers, 9 s: 0-4 late stops instead of 1-8; no gain on Solomon).
    if (!ctx.params.hardWindows) {
        ctx.ruin.nearLeftOut = 0.5;
        ctx.annealRuin = ctx.ruin;
    }
    // Requests no vehicle can serve even alone never enter the search.
    const auto alone = diagnoseAlone(p, options.cancel);
    SearchSolution s = SearchSolution::fromSolution(
        p, ctx.params, options.warmStart ? *options.warmStart : Solution{});
    std::vector<int> hopeless;
    std::erase_if(s.unassigned, [&](int r) {
        if (!alone[r] || s.isFixed(r)) return false;
        hopeless.push_back(r);
        return true;
    });
    // Every result, interim or final, lists the hopeless requests as unassigned and gives each
    // unassigned request its reason.
    auto publish = [&](const SearchSolution& found) {
        Solution sol = found.toSolution();
        sol.unassigned.insert(sol.unassigned.end(), hopeless.begin(), hopeless.end());
        std::sort(sol.unassigned.begin(), sol.unassigned.end());
        for (int r : sol.unassigned)
            sol.reasons.push_back(alone[r].value_or(UnassignedReason::NoFeasiblePosition));
        return sol;
    };
    ctx.onImprovement = [&](const SearchSolution& found) {
        if (!options.onImprovement) return;
        const Solution sol = publish(found);
        options.onImprovement(sol, summarize(p, sol));
    };
    RecreateOptions construction{-1, 0.0};
    construction.cancel = options.cancel;
    recreate(p, ctx.params, s, ctx.classes, ctx.rng, construction);

    const double share = fleetShareFor(p, options);
    const long fleetIterations = options.maxIterations < 0 ? -1 : long(options.maxIterations * share);
    if (share > 0 && ctx.params.perVehicle > 0)
        eliminateRoutes(ctx, s, budget.share(share, fleetIterations), construction, hopeless);
    const long annealIterations =
        options.maxIterations < 0 ? -1 : options.maxIterations - fleetIterations;
    anneal(ctx, s, budget.share(1.0, annealIterations));

    SolveResult result;
    result.solution = publish(s);
    result.summary = summarize(p, result.solution);
    result.iterations = ctx.iterations;
    result.seconds = budget.elapsed();
    return result;
}

}  // namespace chongal::solver
