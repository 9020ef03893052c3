#include "core/solver/search/fleet_minimiser.h"

#include <algorithm>
#include <limits>

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

// Takes the smallest free route's requests out; false when no route can be taken.
bool removeSmallestFreeRoute(const Problem& p, SearchSolution& s) {
    const int t = smallestFreeRoute(s);
    if (t < 0) return false;
    std::vector<int> reqs;
    for (int stop : s.routes[t].stops)
        if (p.stops[stop].kind == StopKind::Delivery) reqs.push_back(p.stops[stop].request);
    s.remove(reqs);
    s.touched.clear();
    return true;
}

long absenceSum(const SearchSolution& s, const std::vector<long>& absence) {
    long sum = 0;
    for (int r : s.unassigned) sum += absence[r];
    return sum;
}

}  // namespace

void minimiseFleet(SearchContext& ctx, SearchSolution& best, const Budget& budget,
                   std::size_t target, int fleet) {
    std::vector<long> absence(ctx.problem.requests.size(), 0);
    SearchSolution current = best;
    bool complete = best.unassigned.size() <= target;
    // Progress = a request brought back for good (fewest left out so far at this fleet) or a
    // route taken away; the phase ends after ctx.fleetPatience of its budget without any.
    std::size_t fewestOut = current.unassigned.size();
    double progressAt = 0.0;
    if (complete) {
        if (!removeSmallestFreeRoute(ctx.problem, current)) return;
        fleet = current.usedRoutes();  // routes emptied by a step may be refilled, no more
    }
    fleet = std::max(fleet, current.usedRoutes());
    SearchSolution work = current;
    for (long it = 0; !budget.done(it); ++it) {
        ruinAndRecreate(ctx, work, ctx.ruin, {fleet, 0.01});
        if (work.unassigned.size() < current.unassigned.size() ||
            absenceSum(work, absence) < absenceSum(current, absence))
            syncRoutes(current, work, work.touched);
        else
            syncRoutes(work, current, work.touched);
        if (current.unassigned.size() <= target) {
            complete = true;
            fewestOut = std::numeric_limits<std::size_t>::max();  // a new fleet: pool afresh
            best = current;
            if (ctx.onImprovement) ctx.onImprovement(best);
            if (!removeSmallestFreeRoute(ctx.problem, current)) return;
            fleet = current.usedRoutes();
            work = current;
        } else if (!complete && current.unassigned.size() < best.unassigned.size()) {
            best = current;  // still incomplete, but fewer left out
        }
        for (int r : current.unassigned) ++absence[r];
        if (current.unassigned.size() < fewestOut) {
            fewestOut = current.unassigned.size();
            progressAt = budget.progress(it);
        }
        // Incomplete starts keep going: what they bring back is kept even if they stall. Only
        // one still far from complete late in the phase gives up (see SearchContext).
        if (complete && budget.progress(it) - progressAt > ctx.fleetPatience) return;
        if (!complete && budget.progress(it) > ctx.nearMissCheck &&
            double(current.unassigned.size()) > ctx.nearMissShare * ctx.problem.requests.size())
            return;
    }
}

}  // namespace chongal::solver::search
