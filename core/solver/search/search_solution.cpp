#include "core/solver/search/search_solution.h"

#include <algorithm>

namespace chongal::solver::search {

SearchSolution::SearchSolution(const Problem& p, const SearchParams& params)
    : p_(&p), params_(&params), stopRoute_(p.stops.size(), -1), stopNode_(p.stops.size(), -1),
      fixedRequest_(p.requests.size(), 0) {
    routes.reserve(p.vehicles.size());
    for (int v = 0; v < int(p.vehicles.size()); ++v) {
        routes.emplace_back(p, v);
        for (int s : p.vehicles[v].fixedPrefix) fixedRequest_[p.stops[s].request] = 1;
        refresh(v);
    }
}

int SearchSolution::usedRoutes() const {
    return int(std::count_if(routes.begin(), routes.end(),
                             [](const SearchRoute& r) { return !r.empty(); }));
}

Cost SearchSolution::routesCost() const {
    Cost c = 0;
    for (const SearchRoute& r : routes) c += r.cost;
    return c;
}

Cost SearchSolution::cost() const {
    return routesCost() + Cost(unassigned.size()) * params_->perUnassigned;
}

void SearchSolution::refresh(int route) {
    SearchRoute& r = routes[route];
    r.update(*p_, *params_);
    touched.push_back(route);
    for (int k = 0; k < r.size(); ++k) {
        stopRoute_[r.stops[k]] = route;
        stopNode_[r.stops[k]] = k + 1;
    }
}

void SearchSolution::remove(const std::vector<int>& requests) {
    std::vector<int> touched;
    for (int req : requests) {
        const Request& rq = p_->requests[req];
        for (int stop : {rq.pickup, rq.delivery}) {
            if (stop < 0 || stopRoute_[stop] < 0) continue;
            touched.push_back(stopRoute_[stop]);
            stopRoute_[stop] = -1;
            stopNode_[stop] = -1;
        }
        unassigned.push_back(req);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (int t : touched) {
        auto& stops = routes[t].stops;
        stops.erase(std::remove_if(stops.begin(), stops.end(),
                                   [&](int s) { return stopRoute_[s] < 0; }),
                    stops.end());
        refresh(t);
    }
}

void SearchSolution::copyRoutesFrom(const SearchSolution& other, const std::vector<int>& idx) {
    for (int t : idx)
        for (int s : routes[t].stops) stopRoute_[s] = stopNode_[s] = -1;
    for (int t : idx) {
        routes[t] = other.routes[t];
        for (int k = 0; k < routes[t].size(); ++k) {
            stopRoute_[routes[t].stops[k]] = t;
            stopNode_[routes[t].stops[k]] = k + 1;
        }
    }
    unassigned = other.unassigned;
}

SearchSolution SearchSolution::fromSolution(const Problem& p, const SearchParams& params,
                                            const Solution& s) {
    SearchSolution out(p, params);
    std::vector<char> placed(p.stops.size(), 0);
    for (const SearchRoute& r : out.routes)
        for (int st : r.stops) placed[st] = 1;
    // Keep the given order of every request that is whole, allowed on the vehicle and not
    // already fixed elsewhere; everything else goes back to the unassigned pool.
    for (int v = 0; v < int(s.routes.size()) && v < int(out.routes.size()); ++v) {
        for (int st : s.routes[v]) {
            if (st < 0 || st >= int(p.stops.size()) || placed[st]) continue;
            const Request& rq = p.requests[p.stops[st].request];
            if (rq.lockedVehicle >= 0 && rq.lockedVehicle != v) continue;
            const bool whole =
                rq.pickup < 0 || std::find(s.routes[v].begin(), s.routes[v].end(),
                                           st == rq.pickup ? rq.delivery : rq.pickup) !=
                                     s.routes[v].end();
            if (!whole) continue;
            // A delivery listed before its pickup breaks precedence: leave the request out.
            if (st == rq.delivery && rq.pickup >= 0 && !placed[rq.pickup]) continue;
            out.routes[v].stops.push_back(st);
            placed[st] = 1;
        }
        auto& stops = out.routes[v].stops;  // drop pickups whose delivery was left out
        stops.erase(std::remove_if(stops.begin() + out.routes[v].fixedCount, stops.end(),
                                   [&](int st) {
                                       const Stop& x = p.stops[st];
                                       const bool orphan = x.kind == StopKind::Pickup &&
                                                           !placed[p.requests[x.request].delivery];
                                       if (orphan) placed[st] = 0;
                                       return orphan;
                                   }),
                    stops.end());
        out.refresh(v);
    }
    for (int r = 0; r < int(p.requests.size()); ++r)
        if (!placed[p.requests[r].delivery]) out.unassigned.push_back(r);
    return out;
}

Solution SearchSolution::toSolution() const {
    Solution s;
    for (const SearchRoute& r : routes) s.routes.push_back(r.stops);
    s.unassigned = unassigned;
    std::sort(s.unassigned.begin(), s.unassigned.end());
    return s;
}

}  // namespace chongal::solver::search
