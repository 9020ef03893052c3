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
    SearchSolution current = best;
    SearchSolution work = best;
    Cost currentCost = current.cost();
    Cost bestCost = currentCost;
    for (long it = 0; !budget.done(it); ++it) {
        const double temperature = t0 * std::pow(tEnd / t0, std::min(1.0, budget.progress(it)));
        ruinAndRecreate(ctx, work, true);
        const Cost workCost = work.cost();
        const double threshold = double(currentCost) - temperature * std::log(1.0 - ctx.rng.unit());
        if (double(workCost) < threshold) {
            currentCost = workCost;
            syncRoutes(current, work, work.touched);
            if (currentCost < bestCost) {
                bestCost = currentCost;
                best = current;
                if (ctx.onImprovement) ctx.onImprovement(best);
            }
        } else {
            syncRoutes(work, current, work.touched);
        }
    }
}

}  // namespace chongal::solver::search
