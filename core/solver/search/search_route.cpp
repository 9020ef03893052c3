#include "core/solver/search/search_route.h"

#include <atomic>

namespace chongal::solver::search {

SearchRoute::SearchRoute(const Problem& p, int v) : vehicle(v) {
    stops = p.vehicles[v].fixedPrefix;
    fixedCount = int(stops.size());
}

TwSegment SearchRoute::nodeSegment(const Problem& p, int k) const {
    const Vehicle& v = p.vehicles[vehicle];
    if (k == 0) return TwSegment::visit(v.shiftStart, kNoLimit, 0);
    if (k == size() + 1) return TwSegment::visit(0, v.shiftEnd, 0);
    return stopSegment(p.stops[stops[k - 1]]);
}

void SearchRoute::update(const Problem& p, const SearchParams& params) {
    static std::atomic<std::uint64_t> versions{0};
    version = versions.fetch_add(1, std::memory_order_relaxed) + 1;
    const Vehicle& v = p.vehicles[vehicle];
    const int n = size();
    loc.resize(n + 2);
    loc[0] = v.startLocation;
    for (int k = 1; k <= n; ++k) loc[k] = p.stops[stops[k - 1]].location;
    loc[n + 1] = v.endLocation >= 0 ? v.endLocation : kFreeEnd;

    seg.resize(n + 2);
    for (int k = 0; k <= n + 1; ++k) seg[k] = nodeSegment(p, k);
    fwd.resize(n + 2);
    bwd.resize(n + 2);
    load.resize(n + 2);
    distTo.resize(n + 2);
    travelTo.resize(n + 2);

    Load startLoad = 0;
    for (int s : stops)
        if (p.requests[p.stops[s].request].pickup < 0) startLoad -= p.stops[s].load;
    load[0] = startLoad;
    fwd[0] = seg[0];
    distTo[0] = 0;
    travelTo[0] = 0;
    for (int k = 1; k <= n + 1; ++k) {
        const Time t = legTime(p, loc[k - 1], loc[k]);
        fwd[k] = TwSegment::merge(fwd[k - 1], seg[k], t);
        distTo[k] = distTo[k - 1] + legDist(p, loc[k - 1], loc[k]);
        travelTo[k] = travelTo[k - 1] + t;
        load[k] = load[k - 1] + (k <= n ? p.stops[stops[k - 1]].load : 0);
    }
    bwd[n + 1] = seg[n + 1];
    for (int k = n; k >= 0; --k)
        bwd[k] = TwSegment::merge(seg[k], bwd[k + 1], edgeTime(k + 1));
    cost = costOf(params, n > 0, distance(), travelTime(), timeWarp());
}

}  // namespace chongal::solver::search
