#include "core/solver/what_if.h"

#include <algorithm>

#include "core/solver/search/insertion.h"

namespace chongal::solver {

namespace {

void removeRequest(const Problem& p, Solution& s, int request) {
    const Request& rq = p.requests[request];
    for (auto& route : s.routes)
        std::erase_if(route, [&](int st) { return st == rq.pickup || st == rq.delivery; });
    std::erase(s.unassigned, request);
}

// The cheapest position: hard windows first; if none holds, the least-late one (soft pricing),
// so the operator still sees what the move would cost.
std::pair<int, int> cheapestPositions(const Problem& p, const std::vector<int>& route, int v,
                                      int request) {
    for (bool hard : {true, false}) {
        search::SearchParams params = search::SearchParams::from(p);
        params.hardWindows = hard;
        if (!hard && params.perTimeWarp == 0) params.perTimeWarp = 1'000'000;
        search::SearchRoute r(p, v);
        r.stops = route;
        r.fixedCount = std::min<int>(r.fixedCount, int(route.size()));
        r.update(p, params);
        search::Insertion best;
        search::bestInsertion({p, params, nullptr}, r, v, request, best);
        if (best.found()) return {best.pickupBefore - 1, best.deliveryBefore - 1};
    }
    return {-1, int(route.size())};  // only capacity blocks it: show it at the end
}

void insertAt(const Problem& p, std::vector<int>& route, int request, std::pair<int, int> at) {
    const Request& rq = p.requests[request];
    const int d = std::clamp(at.second, 0, int(route.size()));
    route.insert(route.begin() + d, rq.delivery);
    if (rq.pickup >= 0)
        route.insert(route.begin() + std::clamp(at.first < 0 ? d : at.first, 0, d), rq.pickup);
}

}  // namespace

WhatIf whatIfMove(const Problem& p, const Solution& plan, int request, int vehicle,
                  std::optional<std::pair<int, int>> positions) {
    WhatIf w;
    w.solution = plan;
    w.solution.routes.resize(p.vehicles.size());
    int from = -1;
    for (int v = 0; v < int(plan.routes.size()); ++v)
        if (std::find(plan.routes[v].begin(), plan.routes[v].end(),
                      p.requests[request].delivery) != plan.routes[v].end())
            from = v;
    removeRequest(p, w.solution, request);
    auto& target = w.solution.routes[vehicle];
    insertAt(p, target, request,
             positions ? *positions : cheapestPositions(p, target, vehicle, request));

    const Summary before = summarize(p, plan);
    const Summary after = summarize(p, w.solution);
    w.costDelta = after.cost - before.cost;
    w.latenessDelta = after.lateness - before.lateness;
    w.distanceDelta = after.distance - before.distance;
    w.travelTimeDelta = after.travelTime - before.travelTime;
    w.feasible = true;
    for (int v : {from, vehicle}) {
        if (v < 0) continue;
        const auto& oldRoute = v < int(plan.routes.size()) ? plan.routes[v] : std::vector<int>{};
        const RouteSchedule a = scheduleRoute(p, v, oldRoute);
        const RouteSchedule b = scheduleRoute(p, v, w.solution.routes[v]);
        if (!b.feasible && w.feasible) {
            w.feasible = false;
            w.violation = b.startLoad > p.vehicles[v].capacity ||
                                  std::any_of(b.stops.begin(), b.stops.end(),
                                              [&](const StopTiming& t) {
                                                  return t.loadAfter > p.vehicles[v].capacity;
                                              })
                              ? "capacity"
                              : (b.end > p.vehicles[v].shiftEnd ? "shift_end" : "time_window");
        }
        for (std::size_t k = 0; k < w.solution.routes[v].size(); ++k) {
            const int st = w.solution.routes[v][k];
            const auto it = std::find(oldRoute.begin(), oldRoute.end(), st);
            const Time old = it == oldRoute.end() ? -1 : a.stops[it - oldRoute.begin()].start;
            if (old != b.stops[k].start) w.changes.push_back({v, st, old, b.stops[k].start});
        }
        if (v == from && from != vehicle) {
            const Request& rq = p.requests[request];
            for (std::size_t k = 0; k < oldRoute.size(); ++k)
                if (oldRoute[k] == rq.pickup || oldRoute[k] == rq.delivery)
                    w.changes.push_back({v, oldRoute[k], a.stops[k].start, -1});
        }
        if (from == vehicle) break;
    }
    return w;
}

}  // namespace chongal::solver
