#include "core/dispatch/snapshot.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace chongal::dispatch {

using solver::Request;
using solver::Stop;
using solver::StopKind;

int Snapshot::requestOf(int orderIndex) const {
    const auto it = std::find(requestOrder.begin(), requestOrder.end(), orderIndex);
    return it == requestOrder.end() ? -1 : int(it - requestOrder.begin());
}

int Snapshot::vehicleOf(int courierIndex) const {
    const auto it = std::find(vehicleCourier.begin(), vehicleCourier.end(), courierIndex);
    return it == vehicleCourier.end() ? -1 : int(it - vehicleCourier.begin());
}

namespace {

// Points closer than ~1 cm share a matrix location (orders of one hub share its pickup).
class LocationTable {
public:
    int at(GeoPoint p) {
        const auto key = std::make_pair(std::llround(p.lat * 1e7), std::llround(p.lon * 1e7));
        const auto [it, added] = index_.emplace(key, int(points.size()));
        if (added) points.push_back(p);
        return it->second;
    }
    std::vector<GeoPoint> points;

private:
    std::map<std::pair<long long, long long>, int> index_;
};

// Stop keys of one snapshot: "P:id"/"D:id" -> stop index.
using StopIndex = std::map<std::string, int>;

void addOrder(Snapshot& s, LocationTable& locs, StopIndex& keys, const OrderState& o,
              int orderIndex, int lockedVehicle) {
    solver::Problem& p = s.problem;
    Request rq;
    const int r = int(p.requests.size());
    rq.lockedVehicle = lockedVehicle;
    if (o.status != OrderStatus::PickedUp) {
        Stop pick;
        pick.location = locs.at(o.order.pickup);
        pick.kind = StopKind::Pickup;
        pick.request = r;
        pick.service = o.order.pickupServiceS;
        pick.open = o.order.readyAt;
        pick.load = o.order.size;
        pick.external = orderIndex;
        rq.pickup = int(p.stops.size());
        keys[stopKey(o.order.id, true)] = rq.pickup;
        p.stops.push_back(pick);
    }
    Stop drop;
    drop.location = locs.at(o.order.dropoff);
    drop.kind = StopKind::Delivery;
    drop.request = r;
    drop.service = o.order.dropoffServiceS;
    drop.due = o.order.dueAt;
    drop.load = -o.order.size;
    drop.external = orderIndex;
    rq.delivery = int(p.stops.size());
    keys[stopKey(o.order.id, false)] = rq.delivery;
    p.stops.push_back(drop);
    p.requests.push_back(rq);
    s.requestOrder.push_back(orderIndex);
}

// Courier id -> the orders it carries.
std::map<std::string, std::vector<std::string>> carriedOrders(const DispatchState& state) {
    std::map<std::string, std::vector<std::string>> carried;
    for (const OrderState& o : state.orders())
        if (o.status == OrderStatus::PickedUp) carried[o.courierId].push_back(o.order.id);
    return carried;
}

// The leg a moving courier is on: the first stop of the plan it follows ("" when none). A
// courier carrying an order that plan does not give it has left the plan (couriers may take an
// order on their own; the feed reports it): its next stop is then no longer where it heads, and
// committing it would send the courier back across town first.
std::string committedLeg(const Plan* previous, const CourierState& cs, Time now,
                         const std::vector<std::string>& carried) {
    if (!previous || now <= cs.courier.shiftStart) return {};
    const CourierRoute* r = previous->routeOf(cs.courier.id);
    if (!r || r->stops.empty()) return {};
    for (const std::string& id : carried)
        if (std::none_of(r->stops.begin(), r->stops.end(),
                         [&](const PlannedStop& s) { return s.orderId == id; }))
            return {};
    return stopKey(r->stops.front().orderId, r->stops.front().pickup);
}

// Vehicle `v`'s committed leg and operator-locked sequence, as stop indices that open its route.
// Left out, the rest kept:
// - stops of an order that belongs to another vehicle (`lockedVehicle`: carried by, on its way
//   to, locked or assigned to another courier, or in an earlier prefix). The sequence or the leg
//   predates the order going elsewhere; two routes would claim it, one maybe to hand over goods
//   another courier carries. So a lock beats a leg the courier has not set off on.
// Cut short, the rest dropped:
// - at a drop-off whose pickup is neither fixed before it nor done;
// - at a pickup the courier has no room for (`load`: what it carries now). Such a leg comes from
//   goods picked up since its plan was made; committed, no route could hand those over.
std::vector<int> fixedPrefix(const Snapshot& s, const StopIndex& keys, int v,
                             const std::vector<std::string>& wanted, Load load) {
    std::vector<int> prefix;
    for (const std::string& key : wanted) {
        const auto it = keys.find(key);
        if (it == keys.end() || std::find(prefix.begin(), prefix.end(), it->second) != prefix.end())
            continue;
        const Stop& st = s.problem.stops[it->second];
        const Request& rq = s.problem.requests[st.request];
        if (rq.lockedVehicle >= 0 && rq.lockedVehicle != v) continue;  // another courier's
        if (st.kind == StopKind::Delivery && rq.pickup >= 0 &&
            std::find(prefix.begin(), prefix.end(), rq.pickup) == prefix.end())
            break;  // the rest of the sequence cannot be honoured in order
        load += st.load;
        if (load > s.problem.vehicles[v].capacity) break;  // no room: neither can the rest
        prefix.push_back(it->second);
    }
    return prefix;
}

}  // namespace

Snapshot buildSnapshot(const DispatchState& state, const travel::TravelModel& travel, Time now,
                       const Plan* previous) {
    Snapshot s;
    s.now = now;
    s.problem.name = "dispatch";
    s.problem.objective = solver::Objective::Dispatch;
    LocationTable locs;
    StopIndex keys;

    // Vehicles first: locks refer to them by index.
    std::map<std::string, int> vehicleOfCourier;
    std::vector<std::string> legs;  // per vehicle: its committed leg's stop key ("" = none)
    const auto carried = carriedOrders(state);
    for (int c = 0; c < int(state.couriers().size()); ++c) {
        const CourierState& cs = state.couriers()[c];
        if (!cs.online || cs.courier.shiftEnd <= now) continue;
        solver::Vehicle v;
        v.id = cs.courier.id;
        v.startLocation = locs.at(cs.position);
        v.endLocation = cs.courier.end ? locs.at(*cs.courier.end) : -1;
        v.shiftStart = std::max({now, cs.courier.shiftStart, cs.busyUntil});  // free to leave
        v.shiftEnd = cs.courier.shiftEnd;
        v.capacity = cs.courier.capacity;
        vehicleOfCourier[cs.courier.id] = int(s.problem.vehicles.size());
        s.problem.vehicles.push_back(v);
        s.vehicleCourier.push_back(c);
        const auto mine = carried.find(cs.courier.id);
        legs.push_back(committedLeg(
            previous, cs, now, mine == carried.end() ? std::vector<std::string>{} : mine->second));
    }
    auto vehicleFor = [&](const std::string& courierId) {
        const auto it = vehicleOfCourier.find(courierId);
        return it == vehicleOfCourier.end() ? -1 : it->second;
    };

    std::vector<Load> onBoard(s.problem.vehicles.size(), 0);
    for (int i = 0; i < int(state.orders().size()); ++i) {
        const OrderState& o = state.orders()[i];
        if (o.status == OrderStatus::Delivered || o.status == OrderStatus::Cancelled) continue;
        if (o.order.placedAt > now) continue;
        // The vehicle it belongs to (-1: free for the search): the courier carrying it; else the
        // one on its way to it (assigned, its committed leg), which a lock cannot take it from;
        // else the operator's lock; else the assigned courier.
        int locked = -1;
        if (o.status == OrderStatus::PickedUp || o.status == OrderStatus::Assigned) {
            locked = vehicleFor(o.courierId);
            if (locked < 0 && o.status == OrderStatus::PickedUp) continue;  // courier gone
        }
        const bool onItsWay = o.status == OrderStatus::Assigned && locked >= 0 &&
                              legs[locked] == stopKey(o.order.id, true);
        if (!o.lockedTo.empty() && o.status != OrderStatus::PickedUp && !onItsWay) {
            const int v = vehicleFor(o.lockedTo);
            if (v >= 0) locked = v;
        }
        if (o.status == OrderStatus::PickedUp) onBoard[locked] += o.order.size;
        addOrder(s, locs, keys, o, i, locked);
    }

    for (int v = 0; v < int(s.problem.vehicles.size()); ++v) {
        const CourierState& cs = state.couriers()[s.vehicleCourier[v]];
        std::vector<std::string> wanted;
        if (!legs[v].empty()) wanted.push_back(legs[v]);
        wanted.insert(wanted.end(), cs.lockedSequence.begin(), cs.lockedSequence.end());
        auto& prefix = s.problem.vehicles[v].fixedPrefix;
        prefix = fixedPrefix(s, keys, v, wanted, onBoard[v]);
        for (int stop : prefix) s.problem.requests[s.problem.stops[stop].request].lockedVehicle = v;
    }

    // Travel matrix over the distinct locations.
    const int n = int(locs.points.size());
    s.locations = locs.points;
    s.problem.matrix = travel::Matrix(n);
    s.problem.coords.reserve(n);
    for (int a = 0; a < n; ++a) {
        s.problem.coords.push_back({locs.points[a].lon, locs.points[a].lat});
        for (int b = 0; b < n; ++b)
            s.problem.matrix.set(a, b, travel.seconds(locs.points[a], locs.points[b]),
                                 travel.metres(locs.points[a], locs.points[b]));
    }
    return s;
}

Plan toPlan(const Snapshot& snap, const DispatchState& state, const solver::Solution& solution,
            long revision) {
    const solver::Problem& p = snap.problem;
    Plan plan;
    plan.revision = revision;
    plan.createdAt = snap.now;
    for (int v = 0; v < int(p.vehicles.size()); ++v) {
        CourierRoute route;
        route.courierId = p.vehicles[v].id;
        const auto& stops = v < int(solution.routes.size()) ? solution.routes[v] : std::vector<int>{};
        const solver::RouteSchedule sched = solver::scheduleRoute(p, v, stops);
        for (std::size_t k = 0; k < stops.size(); ++k) {
            const Stop& st = p.stops[stops[k]];
            const Order& o = state.orders()[snap.requestOrder[st.request]].order;
            PlannedStop ps;
            ps.orderId = o.id;
            ps.pickup = st.kind == StopKind::Pickup;
            ps.where = snap.locations[st.location];
            ps.arrival = sched.stops[k].arrival;
            ps.start = sched.stops[k].start;
            ps.departure = sched.stops[k].departure;
            ps.lateness = sched.stops[k].lateness;
            ps.loadAfter = sched.stops[k].loadAfter;
            ps.locked = k < p.vehicles[v].fixedPrefix.size() ||
                        p.requests[st.request].lockedVehicle == v;
            route.stops.push_back(std::move(ps));
        }
        route.metres = sched.distance;
        route.end = sched.end;
        plan.routes.push_back(std::move(route));
    }
    for (std::size_t i = 0; i < solution.unassigned.size(); ++i) {
        const int order = snap.requestOrder[solution.unassigned[i]];
        plan.unassigned.push_back({state.orders()[order].order.id,
                                   i < solution.reasons.size()
                                       ? solution.reasons[i]
                                       : solver::UnassignedReason::NoFeasiblePosition});
    }
    plan.summary = solver::summarize(p, solution);
    return plan;
}

solver::Solution warmStartFrom(const Snapshot& snap, const DispatchState& state, const Plan& plan) {
    const solver::Problem& p = snap.problem;
    std::map<std::string, int> keys;
    for (int st = 0; st < int(p.stops.size()); ++st) {
        const Stop& x = p.stops[st];
        keys[stopKey(state.orders()[snap.requestOrder[x.request]].order.id,
                     x.kind == StopKind::Pickup)] = st;
    }
    solver::Solution s;
    s.routes.resize(p.vehicles.size());
    for (int v = 0; v < int(p.vehicles.size()); ++v) {
        const CourierRoute* r = plan.routeOf(p.vehicles[v].id);
        if (!r) continue;
        for (const PlannedStop& ps : r->stops) {
            const auto it = keys.find(stopKey(ps.orderId, ps.pickup));
            if (it != keys.end()) s.routes[v].push_back(it->second);
        }
    }
    return s;
}

}  // namespace chongal::dispatch
