#include "core/solver/search/annealing.h"

#include <cmath>

namespace chongal::solver::search {

namespace {

// SISR used T0 = 100, Tend = 1 on Solomon's scale, where the typical nearest-neighbour edge is
// about 10: so T0 = 10 edges and Tend = 0.1 edge of this instance, in cost units.
std::pair<double, double> temperatures(const SearchContext& ctx) {
    const Problem& p = ctx.problem;
    double sum = 0;
    int n = 0;
    for (int s = 0; s < int(p.stops.size()); ++s) {
        const auto& nb = ctx.neighbours.of(s);
        if (nb.empty()) continue;
        const int a = p.stops[s].location, b = p.stops[nb.front()].location;
        sum += double(ctx.params.perDistance * p.matrix.dist(a, b) +
                      ctx.params.perTravelTime * p.matrix.time(a, b));
        ++n;
    }
    const double edge = std::max(1.0, n ? sum / n : 1.0);
    return {10.0 * edge, 0.1 * edge};
}

}  // namespace

void anneal(SearchContext& ctx, SearchSolution& best, const Budget& budget) {
    const auto [t0, tEnd] = temperatures(ctx);
    // With hard windows the walk may leave requests out at a moderate price, so that a tight
    // fleet can be reshuffled through partial solutions; only complete ones can become the best.
    // Under the hierarchical objective the fleet is then fixed (no route opens) and the walk is
    // priced on distance alone, else dropping a route's requests would look like a saving.
    const std::size_t complete = best.unassigned.size();
    const SearchParams& params = ctx.params;
    const bool fixedFleet = params.hardWindows && params.perVehicle > 0;
    const double walkPrice = ctx.walkEdges * t0 / 10.0;  // t0 is ten typical edges
    Cost walkPenalty = params.hardWindows && walkPrice < double(params.perUnassigned)
                           ? Cost(walkPrice)
                           : params.perUnassigned;
    auto walkCost = [&](const SearchSolution& s) {
        const Cost fleet = fixedFleet ? params.perVehicle * s.usedRoutes() : 0;
        return s.routesCost() - fleet + Cost(s.unassigned.size()) * walkPenalty;
    };
    RecreateOptions recreateOptions{fixedFleet ? best.usedRoutes() : -1, 0.01, walkPenalty};
    SearchSolution current = best;
    SearchSolution work = best;
    Cost currentCost = walkCost(current);
    Cost bestCost = best.cost();
    double completeAt = 0.0;  // progress when the walk was last complete
    for (long it = 0; !budget.done(it); ++it) {
        const double temperature = t0 * std::pow(tEnd / t0, std::min(1.0, budget.progress(it)));
        ruinAndRecreate(ctx, work, ctx.annealRuin, recreateOptions);
        const Cost workCost = walkCost(work);
        const double threshold = double(currentCost) - temperature * std::log(1.0 - ctx.rng.unit());
        if (double(workCost) < threshold) {
            currentCost = workCost;
            syncRoutes(current, work, work.touched);
            if (current.unassigned.size() <= complete && current.cost() < bestCost) {
                bestCost = current.cost();
                best = current;
                if (ctx.onImprovement) ctx.onImprovement(best);
            }
        } else {
            syncRoutes(work, current, work.touched);
        }
        // A walk that stays partial can settle below every complete solution near it and never
        // give a new best (Homberger c1_10_3 at the minimal fleet: 1-2 requests out for 90 % of
        // the run, ending 37 % above the best-known distance). After such a stall it goes back
        // to the best and stays complete from then on (c1_10_3, 60 s: 41,737, +4.1 %).
        if (current.unassigned.size() <= complete) {
            completeAt = budget.progress(it);
        } else if (budget.progress(it) - completeAt > ctx.walkPatience) {
            walkPenalty = recreateOptions.unassignedPrice = params.perUnassigned;
            current = work = best;
            currentCost = walkCost(current);  // a complete walk cannot turn partial again
        }
    }
}

}  // namespace chongal::solver::search
