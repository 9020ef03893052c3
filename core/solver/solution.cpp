#include "core/solver/solution.h"

#include <algorithm>

namespace chongal::solver {

const char* reasonCode(UnassignedReason r) {
    switch (r) {
        case UnassignedReason::NoVehicles: return "no_vehicles";
        case UnassignedReason::TooLarge: return "too_large";
        case UnassignedReason::PickupClosesTooEarly: return "pickup_closes_too_early";
        case UnassignedReason::DeliveryClosesTooEarly: return "delivery_closes_too_early";
        case UnassignedReason::ShiftTooShort: return "shift_too_short";
        case UnassignedReason::LockedVehicleCannot: return "locked_vehicle_cannot";
        case UnassignedReason::NoFeasiblePosition: return "no_feasible_position";
    }
    return "unknown";
}

RouteSchedule scheduleRoute(const Problem& p, int vehicle, std::span<const int> route) {
    const Vehicle& v = p.vehicles[vehicle];
    RouteSchedule r;
    r.stops.reserve(route.size());
    for (int s : route) {
        const Stop& st = p.stops[s];
        if (st.kind == StopKind::Delivery && p.requests[st.request].pickup < 0) r.startLoad -= st.load;
    }
    r.feasible = r.startLoad <= v.capacity;
    Time t = v.shiftStart;
    int at = v.startLocation;
    Load load = r.startLoad;
    std::vector<char> pickedUp(p.requests.size(), 0);
    for (int s : route) {
        const Stop& st = p.stops[s];
        StopTiming timing;
        const Time leg = p.matrix.time(at, st.location);
        r.travelTime += leg;
        r.distance += p.matrix.dist(at, st.location);
        timing.arrival = t + leg;
        timing.start = std::max(timing.arrival, st.open);
        if (timing.start > st.close) r.feasible = false;
        timing.lateness = st.due < kNoLimit ? std::max<Time>(0, timing.start - st.due) : 0;
        r.lateness += timing.lateness;
        timing.departure = timing.start + st.service;
        const Request& req = p.requests[st.request];
        if (st.kind == StopKind::Pickup) {
            load += st.load;
            pickedUp[st.request] = 1;
        } else {
            if (req.pickup >= 0 && !pickedUp[st.request]) r.feasible = false;  // precedence/pairing
            load += st.load;
        }
        if (load > v.capacity || load < 0) r.feasible = false;
        timing.loadAfter = load;
        r.stops.push_back(timing);
        t = timing.departure;
        at = st.location;
    }
    for (int s : route) {  // a pickup whose delivery is not on the same route splits the pair
        const Stop& st = p.stops[s];
        if (st.kind == StopKind::Pickup &&
            std::find(route.begin(), route.end(), p.requests[st.request].delivery) == route.end())
            r.feasible = false;
    }
    if (v.endLocation >= 0 && !route.empty()) {
        r.travelTime += p.matrix.time(at, v.endLocation);
        r.distance += p.matrix.dist(at, v.endLocation);
        r.end = t + p.matrix.time(at, v.endLocation);
    } else {
        r.end = t;
    }
    if (!route.empty() && r.end > v.shiftEnd) r.feasible = false;
    return r;
}

ObjectiveWeights objectiveWeights(const Problem& p) {
    // Benchmark distances stay below 1e9 scaled units (Homberger 1000 at scale 1e4), so one
    // vehicle (1e11) outweighs any distance, and one unassigned request (1e15) any fleet of up
    // to 10,000 vehicles; 9,000 unassigned requests still fit in 63 bits.
    ObjectiveWeights w;
    switch (p.objective) {
        case Objective::Hierarchical:
            w.perVehicle = 100'000'000'000;
            w.perUnassigned = 1'000'000'000'000'000;
            break;
        case Objective::Distance:
            w.perUnassigned = 1'000'000'000'000'000;
            break;
        case Objective::Dispatch:
            w.perDistance = p.weights.travelMetre;
            w.perTravelTime = p.weights.travelSecond;
            w.perLateness = p.weights.latenessPerSecond;
            w.perVehicle = p.weights.vehicleUsed;
            w.perUnassigned = p.weights.unassigned;
            break;
    }
    return w;
}

Cost objectiveCost(const Problem& p, int vehiclesUsed, Dist distance, Time travelTime,
                   Time lateness, int unassigned) {
    const ObjectiveWeights w = objectiveWeights(p);
    return unassigned * w.perUnassigned + lateness * w.perLateness + vehiclesUsed * w.perVehicle +
           travelTime * w.perTravelTime + distance * w.perDistance;
}

Summary summarize(const Problem& p, const Solution& s) {
    Summary sum;
    std::vector<int> served(p.requests.size(), 0);
    for (int v = 0; v < int(s.routes.size()); ++v) {
        const auto& route = s.routes[v];
        if (route.empty()) continue;
        const RouteSchedule r = scheduleRoute(p, v, route);
        ++sum.vehiclesUsed;
        sum.distance += r.distance;
        sum.travelTime += r.travelTime;
        sum.lateness += r.lateness;
        sum.lateStops += int(std::count_if(r.stops.begin(), r.stops.end(),
                                           [](const StopTiming& t) { return t.lateness > 0; }));
        sum.feasible = sum.feasible && r.feasible;
        for (int stop : route)
            if (p.stops[stop].kind == StopKind::Delivery) ++served[p.stops[stop].request];
    }
    for (int n : served) {
        if (n == 0) ++sum.unassigned;
        if (n > 1) sum.feasible = false;
    }
    sum.cost = objectiveCost(p, sum.vehiclesUsed, sum.distance, sum.travelTime, sum.lateness,
                             sum.unassigned);
    return sum;
}

}  // namespace chongal::solver
