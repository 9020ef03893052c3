#include "core/solver/search/diagnose.h"

#include <algorithm>

namespace chongal::solver::search {

namespace {

// The first constraint a lone visit breaks on this vehicle, or nothing if it fits.
std::optional<UnassignedReason> brokenAlone(const Problem& p, int v, const Request& rq) {
    const Vehicle& veh = p.vehicles[v];
    const Stop& d = p.stops[rq.delivery];
    if (-d.load > veh.capacity) return UnassignedReason::TooLarge;
    // Alone = after the vehicle's commitments, with the drop-offs of committed pickups after it
    // (else the check would see those pairs split and wrongly call the request hopeless).
    std::vector<int> route = p.vehicles[v].fixedPrefix;
    if (std::find(route.begin(), route.end(), rq.delivery) != route.end()) return std::nullopt;
    if (rq.pickup >= 0 && std::find(route.begin(), route.end(), rq.pickup) == route.end())
        route.push_back(rq.pickup);
    route.push_back(rq.delivery);
    for (int stop : p.vehicles[v].fixedPrefix) {
        const Request& other = p.requests[p.stops[stop].request];
        if (p.stops[stop].kind == StopKind::Pickup &&
            std::find(route.begin(), route.end(), other.delivery) == route.end())
            route.push_back(other.delivery);
    }
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
            if (rq.lockedVehicle >= 0 && v != rq.lockedVehicle) continue;
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

}  // namespace chongal::solver::search
