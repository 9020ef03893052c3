#include "core/solver/search/fleet_minimiser.h"

#include <algorithm>


namespace chongal::solver::search {

namespace {

// The used route with the fewest stops that has no commitments, or -1.
int smallestFreeRoute(const SearchSolution& s) {
    int pick = -1;
    for (int t = 0; t < int(s.routes.size()); ++t) {
        const SearchRoute& r = s.routes[t];
        if (r.empty() || r.fixedCount > 0) continue;
        if (pick < 0 || r.size() < s.routes[pick].size()) pick = t;
    }
    return pick;
}

void removeRoute(const Problem& p, SearchSolution& s, int t) {
    std::vector<int> reqs;
    for (int stop : s.routes[t].stops)
        if (p.stops[stop].kind == StopKind::Delivery) reqs.push_back(p.stops[stop].request);
    s.remove(reqs);
}

long absenceSum(const SearchSolution& s, const std::vector<long>& absence) {
    long sum = 0;
    for (int r : s.unassigned) sum += absence[r];
    return sum;
}

}  // namespace

void minimiseFleet(SearchContext& ctx, SearchSolution& best, const Budget& budget) {
    const std::size_t target = best.unassigned.size();  // requests nobody can serve stay out
    std::vector<long> absence(ctx.problem.requests.size(), 0);
    SearchSolution current = best;
    const int first = smallestFreeRoute(current);
    if (first < 0) return;
    removeRoute(ctx.problem, current, first);
    int fleet = current.usedRoutes();  // routes emptied by a step may be refilled, no more
    current.touched.clear();
    SearchSolution work = current;
    for (long it = 0; !budget.done(it); ++it) {
        ruinAndRecreate(ctx, work, ctx.ruin, {fleet, 0.01});
        if (work.unassigned.size() < current.unassigned.size() ||
            absenceSum(work, absence) < absenceSum(current, absence))
            syncRoutes(current, work, work.touched);
        else
            syncRoutes(work, current, work.touched);
        if (current.unassigned.size() <= target) {
            best = current;
            if (ctx.onImprovement) ctx.onImprovement(best);
            const int next = smallestFreeRoute(current);
            if (next < 0) return;
            removeRoute(ctx.problem, current, next);
            fleet = current.usedRoutes();
            current.touched.clear();
            work = current;
        }
        for (int r : current.unassigned) ++absence[r];
    }
}

}  // namespace chongal::solver::search
