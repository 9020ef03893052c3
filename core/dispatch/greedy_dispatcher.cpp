#include <algorithm>
#include <map>
#include <set>

#include "core/dispatch/dispatcher.h"
#include "core/solver/solve.h"

namespace chongal::dispatch {

namespace {

// Visits `orders` (pickups first when needed, then drop-offs) nearest-first from `from`.
std::vector<std::pair<int, bool>> nearestFirst(const DispatchState& st,
                                               const travel::TravelModel& travel, GeoPoint from,
                                               std::vector<int> pickups, std::vector<int> drops) {
    std::vector<std::pair<int, bool>> out;
    for (bool pickup : {true, false}) {
        auto& pending = pickup ? pickups : drops;
        while (!pending.empty()) {
            auto best = pending.begin();
            Dist bestM = -1;
            for (auto it = pending.begin(); it != pending.end(); ++it) {
                const Order& o = st.orders()[*it].order;
                const Dist m = travel.metres(from, pickup ? o.pickup : o.dropoff);
                if (bestM < 0 || m < bestM) best = it, bestM = m;
            }
            const Order& o = st.orders()[*best].order;
            from = pickup ? o.pickup : o.dropoff;
            out.emplace_back(*best, pickup);
            if (pickup) drops.push_back(*best);
            pending.erase(best);
        }
    }
    return out;
}

}  // namespace

Plan GreedyDispatcher::plan(const PlanRequest& rq) {
    const DispatchState& st = *rq.state;
    std::map<std::string, std::vector<int>> batchOf;  // courier -> orders it holds
    std::set<int> taken;
    for (int i = 0; i < int(st.orders().size()); ++i) {
        const OrderState& o = st.orders()[i];
        if (o.status == OrderStatus::Assigned || o.status == OrderStatus::PickedUp) {
            batchOf[o.courierId].push_back(i);
            taken.insert(i);
        }
    }
    if (rq.previous)  // batches handed out but not yet committed by a departure
        for (const CourierRoute& r : rq.previous->routes)
            for (const PlannedStop& s : r.stops) {
                const int i = st.orderIndex(s.orderId);
                if (i >= 0 && st.orders()[i].status == OrderStatus::Open && taken.insert(i).second)
                    batchOf[r.courierId].push_back(i);
            }
    // Open orders per pickup point (hub), for new batches.
    std::map<std::pair<double, double>, std::vector<int>> openAt;
    for (int i = 0; i < int(st.orders().size()); ++i) {
        const OrderState& o = st.orders()[i];
        if (o.status == OrderStatus::Open && o.order.placedAt <= rq.now && !taken.count(i))
            openAt[{o.order.pickup.lat, o.order.pickup.lon}].push_back(i);
    }
    // Each free courier takes a batch at the nearest pickup point with open orders; a point's
    // orders are shared evenly among the free couriers heading there (up to capacity each), so
    // a large fleet is used rather than left waiting.
    auto nearestPoint = [&](GeoPoint from) {
        auto hub = openAt.end();
        Dist hubM = -1;
        for (auto it = openAt.begin(); it != openAt.end(); ++it) {
            if (it->second.empty()) continue;
            const Dist m = travel_.metres(from, GeoPoint{it->first.first, it->first.second});
            if (hubM < 0 || m < hubM) hub = it, hubM = m;
        }
        return hub;
    };
    std::vector<const CourierState*> free;
    for (const CourierState& c : st.couriers())
        if (c.online && c.courier.shiftEnd > rq.now && batchOf[c.courier.id].empty()) free.push_back(&c);
    std::map<std::pair<double, double>, int> freeHeadingTo;
    for (const CourierState* c : free) {
        const auto hub = nearestPoint(c->position);
        if (hub != openAt.end()) ++freeHeadingTo[hub->first];
    }
    for (const CourierState* c : free) {
        const auto hub = nearestPoint(c->position);
        if (hub == openAt.end()) continue;
        auto& pool = hub->second;
        int& sharing = freeHeadingTo[hub->first];
        const std::size_t share = (pool.size() + std::max(sharing, 1) - 1) / std::max(sharing, 1);
        --sharing;
        // The batch is a chain: the open order farthest from the hub (the one that can least
        // wait), then each time the one nearest to the last drop-off, so a courier's orders lie
        // together along one direction rather than in a ring around the hub.
        const GeoPoint at{hub->first.first, hub->first.second};
        GeoPoint from = at;
        Load load = 0;
        auto& batch = batchOf[c->courier.id];
        auto closer = [&](int a, int b) {
            return travel_.metres(from, st.orders()[a].order.dropoff) <
                   travel_.metres(from, st.orders()[b].order.dropoff);
        };
        while (!pool.empty() && batch.size() < share) {
            const auto next = batch.empty() ? std::max_element(pool.begin(), pool.end(), closer)
                                            : std::min_element(pool.begin(), pool.end(), closer);
            const Order& o = st.orders()[*next].order;
            if (load + o.size > c->courier.capacity) break;
            load += o.size;
            from = o.dropoff;
            batch.push_back(*next);
            pool.erase(next);
        }
    }
    // Express the routes through a snapshot so ETAs come from the same schedule as the solver's.
    const Snapshot snap = buildSnapshot(st, travel_, rq.now, nullptr);
    solver::Solution sol;
    sol.routes.resize(snap.problem.vehicles.size());
    std::vector<char> routed(snap.problem.requests.size(), 0);
    for (int v = 0; v < int(snap.problem.vehicles.size()); ++v) {
        const CourierState& c = st.couriers()[snap.vehicleCourier[v]];
        std::vector<int> pickups, drops;
        for (int i : batchOf[c.courier.id])
            (st.orders()[i].status == OrderStatus::PickedUp ? drops : pickups).push_back(i);
        for (const auto& [order, pickup] : nearestFirst(st, travel_, c.position, pickups, drops)) {
            const int r = snap.requestOf(order);
            if (r < 0) continue;
            const solver::Request& req = snap.problem.requests[r];
            sol.routes[v].push_back(pickup ? req.pickup : req.delivery);
            routed[r] = 1;
        }
    }
    for (int r = 0; r < int(routed.size()); ++r)
        if (!routed[r]) {
            sol.unassigned.push_back(r);
            sol.reasons.push_back(solver::UnassignedReason::NoFeasiblePosition);
        }
    return toPlan(snap, st, sol, rq.revision);
}

}  // namespace chongal::dispatch
