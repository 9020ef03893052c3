#include "core/solver/solve.h"

#include <algorithm>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

#include "core/solver/search/annealing.h"
#include "core/solver/search/diagnose.h"
#include "core/solver/search/fleet_minimiser.h"

namespace chongal::solver {

namespace {

using namespace search;

// Dispatch plans spend most of their budget bringing late requests back on time at the fleet
// they have (a short fleet gives up earlier: SearchContext::nearMissCheck). Midnight Express at
// 90 couriers, 9.5 s, 2 threads, seeds 1 and 3: with 0.6, 1 of 11 runs were all on time; with
// 0.8, 7 of 14; with 0.9, 20 of 20.
double fleetShareFor(const Problem& p, const SolveOptions& o) {
    if (o.fleetShare >= 0) return o.fleetShare;
    switch (p.objective) {
        case Objective::Hierarchical: return 0.6;
        case Objective::Dispatch: return 0.9;
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

// What the searches of one solve share, read-only.
struct Preparation {
    std::vector<std::optional<UnassignedReason>> alone;  // why a request fails even alone
    std::vector<int> hopeless;  // requests nobody can serve (sorted): they never enter the search
    SearchParams params;
    std::vector<char> lateAlone;  // soft windows only: requests late wherever they go
    SearchSolution start;  // the warm start (or nothing), without the hopeless requests

    Preparation(const Problem& p, const SolveOptions& o)
        : alone(diagnoseAlone(p, o.cancel)), params(SearchParams::from(p)),
          lateAlone(params.hardWindows ? std::vector<char>(p.requests.size(), 0)
                                       : lateEvenAlone(p, o.cancel)),
          start(SearchSolution::fromSolution(p, params, o.warmStart ? *o.warmStart : Solution{})) {
        std::erase_if(start.unassigned, [&](int r) {
            if (!alone[r] || start.isFixed(r)) return false;
            hopeless.push_back(r);
            return true;
        });
        std::sort(hopeless.begin(), hopeless.end());
    }

    // Every result, interim or final, lists the hopeless requests as unassigned and gives each
    // unassigned request its reason.
    Solution publish(const SearchSolution& found) const {
        Solution sol = found.toSolution();
        sol.unassigned.insert(sol.unassigned.end(), hopeless.begin(), hopeless.end());
        std::sort(sol.unassigned.begin(), sol.unassigned.end());
        for (int r : sol.unassigned)
            sol.reasons.push_back(alone[r].value_or(UnassignedReason::NoFeasiblePosition));
        return sol;
    }
};

// Route elimination runs with hard windows (a dispatch plan must stay on time while couriers
// are taken away). A start that is late somewhere first loses its late requests, which the
// minimiser brings back before it takes any courier away (except those late wherever they go).
// Those it cannot bring back on time are then placed where they are least late; that repair is
// kept if it beats the start.
void eliminateRoutes(SearchContext& ctx, SearchSolution& s, const Budget& budget,
                     const RecreateOptions& construction, const Preparation& prep) {
    SearchParams hard = ctx.params;
    hard.hardWindows = true;
    SearchSolution h = searchForm(ctx.problem, hard, s.toSolution(), prep.hopeless);
    if (!dropLateRequests(ctx.problem, h)) return;
    std::erase_if(h.unassigned, [&](int r) { return prep.lateAlone[r]; });
    minimiseFleet(ctx, h, budget, s.unassigned.size(), s.usedRoutes());
    SearchSolution repaired = searchForm(ctx.problem, ctx.params, h.toSolution(), prep.hopeless);
    if (repaired.unassigned.size() > s.unassigned.size())
        recreate(ctx.problem, ctx.params, repaired, ctx.classes, ctx.rng, construction);
    if (repaired.cost() < s.cost()) s = repaired;
}

// How many independent searches share one thread's budget; the best result wins. Under hard
// windows a small instance reaches its minimal fleet in some arrangement that the annealing then
// cannot leave (Solomon R107 ends 0.8-9.8 % above the best known by seed), so two searches of
// half the time each do better. Measured at 10 s: Solomon mean gap 1.13 % -> 0.83 % and
// 0.62 % (two seeds; three searches 0.61 %), Li & Lim 100 0.26 % -> 0.04 %. Larger instances
// need their whole budget to converge once.
int attemptsFor(const Problem& p, const SolveOptions& o) {
    if (o.attempts > 0) return o.attempts;
    return p.objective == Objective::Hierarchical && p.requests.size() <= 150 ? 2 : 1;
}

// One thread's searches: attempts first..first+count-1, each from the start with its own seed
// (attempt 0 uses the given seed), the best kept.
struct ThreadResult {
    Solution best;  // as published
    Cost cost = 0;  // in the search's terms
    long iterations = 0;
};
ThreadResult searchThread(const Problem& p, const SolveOptions& options, const Budget& budget,
                          const Preparation& prep, int first, int count,
                          const std::function<void(const SearchSolution&)>& improved) {
    SearchContext ctx(p, options.seed + 0x9e3779b97f4a7c15ull * first, options.cancel);
    // Large anneal ruins pay off with hard windows at a minimal fleet (benchmarks); dispatch
    // problems (soft promises, thousands of stops, live re-plans) need many quick steps instead.
    // Their route elimination also seeds half its ruins next to the requests left out (Midnight
    // Express at 90-91 couriers, 9 s: 0-4 late stops instead of 1-8; no gain on Solomon).
    if (!ctx.params.hardWindows) {
        ctx.ruin.nearLeftOut = 0.5;
        ctx.annealRuin = ctx.ruin;
    }
    ctx.onImprovement = improved;
    RecreateOptions construction{-1, 0.0};
    construction.cancel = options.cancel;
    const double share = fleetShareFor(p, options);
    std::optional<SearchSolution> best;
    for (int a = 0; a < count && (a == 0 || !budget.cancelled()); ++a) {  // one even if cancelled
        if (a > 0) ctx.rng = Rng(options.seed + 0x9e3779b97f4a7c15ull * (first + a));
        const long iterations = options.maxIterations < 0 ? -1 : options.maxIterations / count;
        const Budget attempt = budget.share(1.0 / (count - a), iterations);
        SearchSolution s = prep.start;
        recreate(p, ctx.params, s, ctx.classes, ctx.rng, construction);
        // A plan to show at once: route elimination publishes nothing until it completes (6 s
        // of a Midnight Express first plan) and the console would show none meanwhile.
        if (ctx.onImprovement) ctx.onImprovement(s);
        const long fleetIterations = iterations < 0 ? -1 : long(iterations * share);
        if (share > 0 && ctx.params.perVehicle > 0)
            eliminateRoutes(ctx, s, attempt.share(share, fleetIterations), construction, prep);
        const long annealIterations = iterations < 0 ? -1 : iterations - fleetIterations;
        anneal(ctx, s, attempt.share(1.0, annealIterations));
        if (!best || s.cost() < best->cost()) best = std::move(s);
    }
    return {prep.publish(*best), best->cost(), ctx.iterations};  // while ctx's params live
}

}  // namespace

SolveResult solve(const Problem& p, const SolveOptions& options) {
    const Budget budget(options.timeLimitSeconds, options.maxIterations, options.cancel);
    const Preparation prep(p, options);
    const int threads = std::max(1, options.threads);
    const int attempts = attemptsFor(p, options);
    // Interim results go out one at a time, each better than every one before (from any thread).
    std::mutex publishing;
    Cost published = std::numeric_limits<Cost>::max();
    const auto improved = [&](const SearchSolution& found) {
        if (!options.onImprovement) return;
        const std::lock_guard lock(publishing);
        if (found.cost() >= published) return;
        published = found.cost();
        const Solution sol = prep.publish(found);
        options.onImprovement(sol, summarize(p, sol));
    };
    std::vector<std::optional<ThreadResult>> results(threads);
    {
        std::vector<std::jthread> helpers;
        for (int t = 1; t < threads; ++t)
            helpers.emplace_back([&, t] {
                results[t] = searchThread(p, options, budget, prep, t * attempts, attempts,
                                          improved);
            });
        results[0] = searchThread(p, options, budget, prep, 0, attempts, improved);
    }
    SolveResult result;
    const ThreadResult* best = nullptr;
    for (const auto& r : results) {
        if (!best || r->cost < best->cost) best = &*r;  // ties: the lower thread
        result.iterations += r->iterations;
    }
    result.solution = best->best;
    result.summary = summarize(p, result.solution);
    result.seconds = budget.elapsed();
    return result;
}

}  // namespace chongal::solver
