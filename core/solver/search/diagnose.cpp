#include "core/solver/search/diagnose.h"

#include <algorithm>

namespace chongal::solver::search {

namespace {

// The request alone on vehicle v: after the vehicle's commitments, with the drop-offs of
// committed pickups after it (else the check would see those pairs split and wrongly call the
// request hopeless). Empty when the delivery is itself committed.
std::vector<int> aloneRoute(const Problem& p, int v, const Request& rq) {
    std::vector<int> route = p.vehicles[v].fixedPrefix;
    if (std::find(route.begin(), route.end(), rq.delivery) != route.end()) return {};
    if (rq.pickup >= 0 && std::find(route.begin(), route.end(), rq.pickup) == route.end())
        route.push_back(rq.pickup);
    route.push_back(rq.delivery);
    for (int stop : p.vehicles[v].fixedPrefix) {
        const Request& other = p.requests[p.stops[stop].request];
        if (p.stops[stop].kind == StopKind::Pickup &&
            std::find(route.begin(), route.end(), other.delivery) == route.end())
            route.push_back(other.delivery);
    }
    return route;
}

bool allowed(const Request& rq, int v) { return rq.lockedVehicle < 0 || rq.lockedVehicle == v; }

// The first constraint a lone visit breaks on this vehicle, or nothing if it fits.
std::optional<UnassignedReason> brokenAlone(const Problem& p, int v, const Request& rq) {
    const Stop& d = p.stops[rq.delivery];
    if (-d.load > p.vehicles[v].capacity) return UnassignedReason::TooLarge;
    const std::vector<int> route = aloneRoute(p, v, rq);
    if (route.empty()) return std::nullopt;
    const RouteSchedule s = scheduleRoute(p, v, route);
    if (s.feasible) return std::nullopt;
    auto startOf = [&](int stop) {
        return s.stops[std::find(route.begin(), route.end(), stop) - route.begin()].start;
    };
    if (rq.pickup >= 0 && startOf(rq.pickup) > p.stops[rq.pickup].close)
        return UnassignedReason::PickupClosesTooEarly;
    if (startOf(rq.delivery) > d.close) return UnassignedReason::DeliveryClosesTooEarly;
    return UnassignedReason::ShiftTooShort;
}

}  // namespace

std::vector<std::optional<UnassignedReason>> diagnoseAlone(const Problem& p,
                                                           const std::atomic<bool>* cancel) {
    std::vector<std::optional<UnassignedReason>> out(p.requests.size());
    for (int r = 0; r < int(p.requests.size()); ++r) {
        if (cancel && cancel->load(std::memory_order_relaxed)) break;
        const Request& rq = p.requests[r];
        if (p.vehicles.empty()) {
            out[r] = UnassignedReason::NoVehicles;
            continue;
        }
        if (rq.lockedVehicle >= int(p.vehicles.size())) {
            out[r] = UnassignedReason::LockedVehicleCannot;
            continue;
        }
        // Rank the reasons by how far the request got: the most specific one is reported.
        std::optional<UnassignedReason> worst = UnassignedReason::TooLarge;
        for (int v = 0; v < int(p.vehicles.size()); ++v) {
            if (!allowed(rq, v)) continue;
            const auto broken = brokenAlone(p, v, rq);
            if (!broken) {
                worst.reset();
                break;
            }
            if (*broken > *worst) worst = broken;
        }
        if (worst && rq.lockedVehicle >= 0) worst = UnassignedReason::LockedVehicleCannot;
        out[r] = worst;
    }
    return out;
}

std::vector<char> lateEvenAlone(const Problem& p, const std::atomic<bool>* cancel) {
    std::vector<char> out(p.requests.size(), 0);
    for (int r = 0; r < int(p.requests.size()); ++r) {
        if (cancel && cancel->load(std::memory_order_relaxed)) break;
        const Request& rq = p.requests[r];
        bool onTime = false;
        for (int v = 0; v < int(p.vehicles.size()) && !onTime; ++v) {
            if (!allowed(rq, v) || -p.stops[rq.delivery].load > p.vehicles[v].capacity) continue;
            const std::vector<int> route = aloneRoute(p, v, rq);
            if (route.empty()) {
                onTime = true;  // committed: not the search's to place
                break;
            }
            const RouteSchedule s = scheduleRoute(p, v, route);
            onTime = s.feasible;
            for (std::size_t k = 0; k < route.size() && onTime; ++k)
                if (p.stops[route[k]].request == r) onTime = s.stops[k].lateness == 0;
        }
        out[r] = !onTime;
    }
    return out;
}

}  // namespace chongal::solver::search
