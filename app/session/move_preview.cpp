#include "app/session/move_preview.h"

#include <algorithm>
#include <cstdlib>

namespace chongal::app {

using dispatch::OrderStatus;

namespace {

std::string keyOf(const PlanBasis& b, int stop) {
    const solver::Stop& s = b.snapshot->problem.stops[stop];
    return dispatch::stopKey(b.state->orders()[s.external].order.id,
                             s.kind == solver::StopKind::Pickup);
}

int routeHolding(const solver::Solution& sol, int stop) {
    for (int v = 0; v < int(sol.routes.size()); ++v)
        if (std::find(sol.routes[v].begin(), sol.routes[v].end(), stop) != sol.routes[v].end())
            return v;
    return -1;
}

Time serviceStart(const solver::Problem& p, const solver::Solution& sol, int vehicle, int stop) {
    if (vehicle < 0) return -1;
    const auto& route = sol.routes[vehicle];
    const auto it = std::find(route.begin(), route.end(), stop);
    if (it == route.end()) return -1;
    return solver::scheduleRoute(p, vehicle, route).stops[it - route.begin()].start;
}

// Candidate placements of a placed move: the dragged stop at `at`, its partner wherever it is
// cheapest (feasible first). Indices are into the target route without the order's stops.
solver::WhatIf bestPlacement(const solver::Problem& p, const solver::Solution& sol, int request,
                             int vehicle, int at, bool pickupDragged, int fixedLen, int length) {
    const solver::Request& rq = p.requests[request];
    std::vector<std::pair<int, int>> candidates;
    if (rq.pickup < 0)
        candidates.push_back({at, at});
    else if (pickupDragged)
        for (int d = at; d <= length; ++d) candidates.push_back({at, d});
    else
        for (int q = fixedLen; q <= at; ++q) candidates.push_back({q, at});
    std::optional<solver::WhatIf> best;
    for (const auto& c : candidates) {
        solver::WhatIf w = solver::whatIfMove(p, sol, request, vehicle, c);
        if (!best || (w.feasible && !best->feasible) ||
            (w.feasible == best->feasible && w.costDelta < best->costDelta))
            best = std::move(w);
    }
    return std::move(*best);
}

}  // namespace

MovePreview previewMove(const PlanBasis& basis, const dispatch::DispatchState& live,
                        const MoveSpec& spec) {
    MovePreview m;
    auto blocked = [&](MoveBlock b) {
        m.block = b;
        return m;
    };
    if (!basis.valid()) return blocked(MoveBlock::NoPlan);
    const std::string orderId = spec.orderId.toStdString();
    const std::string courierId = spec.toCourier.toStdString();
    const dispatch::OrderState* o = live.order(orderId);
    if (!o) return blocked(MoveBlock::UnknownOrder);
    m.dueAt = o->order.dueAt;
    if (o->status == OrderStatus::Delivered || o->status == OrderStatus::Cancelled)
        return blocked(MoveBlock::Done);
    const dispatch::CourierState* c = live.courier(courierId);
    if (!c) return blocked(MoveBlock::UnknownCourier);
    if (!c->online) return blocked(MoveBlock::CourierOffline);

    const dispatch::Snapshot& snap = *basis.snapshot;
    const solver::Problem& p = snap.problem;
    const int request = snap.requestOf(basis.state->orderIndex(orderId));
    if (request < 0) return blocked(MoveBlock::NotPlanned);
    const int vehicle = snap.vehicleOf(basis.state->courierIndex(courierId));
    if (vehicle < 0) return blocked(MoveBlock::CourierOffline);
    const solver::Request& rq = p.requests[request];
    const int from = routeHolding(basis.solution, rq.delivery);
    if (from >= 0) m.fromCourier = QString::fromStdString(p.vehicles[from].id);
    if (from != vehicle) {
        if (o->status == OrderStatus::PickedUp || rq.pickup < 0) return blocked(MoveBlock::OnBoard);
        if (o->status == OrderStatus::Assigned) return blocked(MoveBlock::Committed);
        if (from >= 0) {
            const auto& fixed = p.vehicles[from].fixedPrefix;
            if (std::find(fixed.begin(), fixed.end(), rq.pickup) != fixed.end())
                return blocked(MoveBlock::Committed);
        }
    }
    if (!spec.beforeKey && from == vehicle) return blocked(MoveBlock::Unchanged);

    solver::WhatIf w;
    if (!spec.beforeKey) {
        w = solver::whatIfMove(p, basis.solution, request, vehicle);
    } else {
        std::vector<int> rest = vehicle < int(basis.solution.routes.size())
                                    ? basis.solution.routes[vehicle]
                                    : std::vector<int>{};
        std::erase_if(rest, [&](int st) { return st == rq.pickup || st == rq.delivery; });
        const auto& fixed = p.vehicles[vehicle].fixedPrefix;
        int fixedLen = 0;
        while (fixedLen < int(rest.size()) &&
               std::find(fixed.begin(), fixed.end(), rest[fixedLen]) != fixed.end())
            ++fixedLen;
        int at = int(rest.size());
        for (int k = 0; k < int(rest.size()); ++k)
            if (QString::fromStdString(keyOf(basis, rest[k])) == *spec.beforeKey) at = k;
        at = std::max(at, fixedLen);
        const bool pickupDragged = spec.pickupDragged && rq.pickup >= 0;
        w = bestPlacement(p, basis.solution, request, vehicle, at, pickupDragged, fixedLen,
                          int(rest.size()));
        if (from == vehicle && w.solution.routes[vehicle] == basis.solution.routes[vehicle])
            return blocked(MoveBlock::Unchanged);
        // The decision to keep: the route up to the moved order's last stop.
        const auto& route = w.solution.routes[vehicle];
        int last = -1;
        for (int k = 0; k < int(route.size()); ++k)
            if (route[k] == rq.pickup || route[k] == rq.delivery) last = k;
        for (int k = 0; k <= last; ++k) m.sequence.push_back(keyOf(basis, route[k]));
    }

    m.feasible = w.feasible;
    m.violation = QString::fromStdString(w.violation);
    m.costDelta = w.costDelta;
    m.latenessDelta = w.latenessDelta;
    m.distanceDelta = w.distanceDelta;
    m.drivingDelta = w.travelTimeDelta;
    m.etaBefore = serviceStart(p, basis.solution, from, rq.delivery);
    m.etaAfter = serviceStart(p, w.solution, vehicle, rq.delivery);
    for (const solver::EtaChange& e : w.changes) {
        if (e.stop == rq.pickup || e.stop == rq.delivery || e.before < 0 || e.after < 0) continue;
        ++m.otherEtasChanged;
        const Time shift = e.after - e.before;
        if (std::llabs(shift) > std::llabs(m.largestShift)) m.largestShift = shift;
    }
    m.plan = dispatch::toPlan(snap, *basis.state, w.solution, 0);
    m.basis = {basis.state, basis.snapshot, std::move(w.solution)};
    return m;
}

}  // namespace chongal::app
