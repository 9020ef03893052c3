#pragma once
// One vehicle's route in the mutable search form, with the caches that price any insertion or
// removal in O(1). Nodes are indexed 0..n+1: 0 = the vehicle's start, 1..n = stops[0..n-1],
// n+1 = the end (the end location, or a "free" end for open routes).
// Invariant: every cache is fresh after update(); mutate `stops` only through the solution.
#include <cstdint>
#include <vector>

#include "core/solver/problem.h"
#include "core/solver/search/search_params.h"
#include "core/solver/search/tw_segment.h"

namespace chongal::solver::search {

inline constexpr int kFreeEnd = -1;  // location of an open route's end: reached at no cost
// Time warp in hard mode only appears in an infeasible warm start; price it out of contention.
inline constexpr Cost kHardWarpPenalty = 1'000'000'000;

inline Time legTime(const Problem& p, int from, int to) {
    return to == kFreeEnd ? 0 : p.matrix.time(from, to);
}
inline Dist legDist(const Problem& p, int from, int to) {
    return to == kFreeEnd ? 0 : p.matrix.dist(from, to);
}
// legTime/legDist for scans over many `from` towards one `to` (reads a row when it can).
inline Time legTimeInto(const Problem& p, int from, int to) {
    return to == kFreeEnd ? 0 : p.matrix.timeTo(to, from);
}
inline Dist legDistInto(const Problem& p, int from, int to) {
    return to == kFreeEnd ? 0 : p.matrix.distTo(to, from);
}
// The search's view of a stop's window: the soft promise and the hard close both bound it.
inline TwSegment stopSegment(const Stop& s) {
    return TwSegment::visit(s.open, std::min(s.close, s.due), s.service);
}

class SearchRoute {
public:
    SearchRoute(const Problem& p, int vehicle);

    int vehicle = 0;
    int fixedCount = 0;      // stops[0..fixedCount) are the vehicle's fixed prefix
    std::vector<int> stops;  // stop indices in visiting order

    // Caches over nodes 0..n+1 (see header comment).
    std::vector<int> loc;
    std::vector<TwSegment> seg;  // node k alone
    std::vector<TwSegment> fwd;  // nodes 0..k
    std::vector<TwSegment> bwd;  // nodes k..n+1
    std::vector<Load> load;      // load after node k
    std::vector<Dist> distTo;    // distance from node 0 to node k
    std::vector<Time> travelTo;  // travel time from node 0 to node k
    Cost cost = 0;               // search cost of the route (0 when empty)
    // Stamp of this content: every update() draws a new one, copies keep it (see FailureMemo).
    std::uint64_t version = 0;

    int size() const { return int(stops.size()); }
    bool empty() const { return stops.empty(); }
    Dist distance() const { return distTo.back(); }
    Time travelTime() const { return travelTo.back(); }
    Time timeWarp() const { return fwd.back().timeWarp; }
    // The route's own leg into node k (k >= 1), from the prefix sums: no matrix lookup.
    Dist edgeDist(int k) const { return distTo[k] - distTo[k - 1]; }
    Time edgeTime(int k) const { return travelTo[k] - travelTo[k - 1]; }
    TwSegment nodeSegment(const Problem& p, int k) const;

    void update(const Problem& p, const SearchParams& params);
    // The cost this route would have with the given aggregates (one formula for all moves).
    static Cost costOf(const SearchParams& params, bool used, Dist dist, Time travel, Time warp) {
        if (!used) return 0;
        const Cost warpCost = params.hardWindows ? kHardWarpPenalty : params.perTimeWarp;
        return params.perVehicle + params.perDistance * dist + params.perTravelTime * travel +
               warpCost * warp;
    }
};

}  // namespace chongal::solver::search
