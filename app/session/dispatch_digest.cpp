#include "app/session/dispatch_digest.h"

#include <algorithm>
#include <unordered_map>

namespace chongal::app {

using dispatch::OrderStatus;

bool stopServed(const dispatch::OrderState& o, bool pickup) {
    if (o.status == OrderStatus::Delivered || o.status == OrderStatus::Cancelled) return true;
    return pickup && o.status == OrderStatus::PickedUp;
}

namespace {

struct PlannedDropoff {
    int courier = -1;  // state courier index
    Time start = 0;    // effective handover start: never before now
};

Risk riskOf(Time start, Time due, Time atRiskSlack) {
    if (start > due) return Risk::Late;
    return due - start < atRiskSlack ? Risk::AtRisk : Risk::None;
}

}  // namespace

DispatchDigest buildDigest(const dispatch::DispatchState& state, const dispatch::Plan& plan,
                           Time now, const QHash<QString, QString>& districts,
                           const DigestRules& rules) {
    DispatchDigest d;
    d.now = now;
    d.planRevision = plan.revision;
    const auto& orders = state.orders();
    const auto& couriers = state.couriers();

    // Timeline rows and planned drop-offs from the plan, skipping what has been served since.
    std::unordered_map<std::string, PlannedDropoff> dropoffs;
    d.timeline.resize(couriers.size());
    for (std::size_t c = 0; c < couriers.size(); ++c) {
        const dispatch::CourierState& cs = couriers[c];
        TimelineRow& row = d.timeline[c];
        row.courierId = QString::fromStdString(cs.courier.id);
        row.label =
            QString::fromStdString(cs.courier.name.empty() ? cs.courier.id : cs.courier.name);
        row.colorIndex = int(c);
        row.sequenceLocked = !cs.lockedSequence.empty();
        row.online = cs.online;
    }
    for (const dispatch::CourierRoute& route : plan.routes) {
        const int c = state.courierIndex(route.courierId);
        if (c < 0) continue;
        TimelineRow& row = d.timeline[c];
        const dispatch::CourierState& cs = couriers[c];
        // A stale plan may put unserved stops in the past: they slide to now, keeping gaps.
        Time shift = 0;
        for (const dispatch::PlannedStop& s : route.stops) {
            const dispatch::OrderState* o = state.order(s.orderId);
            if (!o || stopServed(*o, s.pickup)) continue;
            if (row.stops.empty()) shift = std::max<Time>(0, now - s.arrival);
            TimelineStop t;
            t.orderId = QString::fromStdString(s.orderId);
            t.pickup = s.pickup;
            t.arrival = s.arrival + shift;
            t.start = s.start + shift;
            t.departure = s.departure + shift;
            // Operator locks only: on-board orders and committed legs are fixed anyway.
            t.locked = !o->lockedTo.empty() ||
                       std::find(cs.lockedSequence.begin(), cs.lockedSequence.end(),
                                 dispatch::stopKey(s.orderId, s.pickup)) != cs.lockedSequence.end();
            if (s.pickup && !row.stops.empty() && row.stops.back().pickup) {
                const dispatch::OrderState* prev =
                    state.order(row.stops.back().orderId.toStdString());
                t.joinsPrevious =
                    prev && haversineMetres(prev->order.pickup, o->order.pickup) < 1.0;
            }
            if (!s.pickup) {
                t.due = o->order.dueAt;
                t.risk = riskOf(t.start, t.due, rules.atRiskSlack);
                dropoffs[s.orderId] = {c, t.start};
            }
            row.stops.push_back(std::move(t));
        }
    }
    std::unordered_map<std::string, solver::UnassignedReason> unassigned;
    for (const dispatch::UnassignedOrder& u : plan.unassigned) unassigned[u.orderId] = u.reason;

    // Orders.
    std::vector<int> loadOf(couriers.size(), 0);
    d.orders.resize(orders.size());
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const dispatch::OrderState& o = orders[i];
        OrderRow& r = d.orders[i];
        r.id = QString::fromStdString(o.order.id);
        r.status = o.status;
        r.district = districts.value(r.id);
        r.placedAt = o.order.placedAt;
        r.dueAt = o.order.dueAt;
        r.lockedTo = QString::fromStdString(o.lockedTo);
        r.courierId = QString::fromStdString(o.courierId);
        if (o.status == OrderStatus::PickedUp) {
            const int c = state.courierIndex(o.courierId);
            if (c >= 0) loadOf[c] += o.order.size;
        }
        if (o.status == OrderStatus::Delivered) {
            r.eta = o.deliveredAt;
            r.slack = o.order.dueAt - o.deliveredAt;
            r.risk = o.onTime() ? Risk::None : Risk::Late;
            continue;
        }
        if (o.status == OrderStatus::Cancelled) continue;
        if (const auto it = dropoffs.find(o.order.id); it != dropoffs.end()) {
            if (r.courierId.isEmpty()) {
                r.courierId = d.timeline[it->second.courier].courierId;
                r.planned = true;
            }
            r.eta = it->second.start;
            r.slack = o.order.dueAt - r.eta;
            r.risk = riskOf(r.eta, o.order.dueAt, rules.atRiskSlack);
        } else {
            if (const auto u = unassigned.find(o.order.id); u != unassigned.end()) {
                r.unassigned = true;
                r.reason = u->second;
            } else {
                ++d.uncovered;
            }
            r.risk = now > o.order.dueAt ? Risk::Late : (r.unassigned ? Risk::AtRisk : Risk::None);
        }
        if (r.risk == Risk::Late) {
            ++d.late;
            // Whole minutes, rounded up: missed by seconds is missed (and rows stay still).
            const Time late = std::max(now, r.eta) - o.order.dueAt;
            d.alerts.push_back({AlertKind::Late, r.id, r.courierId, (late + 59) / 60 * 60, {}});
        } else if (r.risk == Risk::AtRisk && !r.unassigned) {
            ++d.atRisk;
            d.alerts.push_back({AlertKind::AtRisk, r.id, r.courierId, r.slack, {}});
        }
        if (r.unassigned) {
            ++d.unassigned;
            d.alerts.push_back({AlertKind::Unassigned, r.id, {}, 0, r.reason});
        }
    }

    // Couriers.
    d.couriers.resize(couriers.size());
    for (std::size_t c = 0; c < couriers.size(); ++c) {
        const dispatch::CourierState& cs = couriers[c];
        const TimelineRow& t = d.timeline[c];
        CourierRow& r = d.couriers[c];
        r.id = t.courierId;
        r.name = QString::fromStdString(cs.courier.name);
        r.load = loadOf[c];
        r.capacity = cs.courier.capacity;
        r.stopsLeft = int(t.stops.size());
        // Whole minutes, as shown: a row that changes every tick repaints every tick.
        r.positionAge = cs.reportedAt >= 0 ? std::max<Time>(0, now - cs.reportedAt) / 60 * 60 : 0;
        r.sequenceLocked = t.sequenceLocked;
        r.shiftEnd = cs.courier.shiftEnd;
        r.position = cs.position;
        r.headingDeg = cs.headingDeg;
        for (const TimelineStop& s : t.stops) {
            r.lateStops += s.risk == Risk::Late;
            r.atRiskStops += s.risk == Risk::AtRisk;
        }
        if (!t.stops.empty()) {
            r.nextOrderId = t.stops.front().orderId;
            r.nextIsPickup = t.stops.front().pickup;
            r.nextEta = t.stops.front().arrival;
            r.routeEnd = t.stops.back().departure;
        }
        if (!cs.online) {
            r.phase = CourierPhase::Offline;
            continue;
        }
        const bool onShift = now >= cs.courier.shiftStart && now < cs.courier.shiftEnd;
        if (t.stops.empty() && !onShift) {
            r.phase = CourierPhase::OffShift;
            continue;
        }
        r.phase = t.stops.empty()  ? CourierPhase::Idle
                  : r.nextIsPickup ? CourierPhase::ToPickup
                                   : CourierPhase::ToDropoff;
        if (!t.stops.empty() && r.positionAge > rules.stalePosition) {
            // Waiting at the next stop (goods not ready) is not a lost position.
            const dispatch::OrderState* next = state.order(r.nextOrderId.toStdString());
            const GeoPoint where =
                next ? (r.nextIsPickup ? next->order.pickup : next->order.dropoff) : cs.position;
            if (haversineMetres(cs.position, where) > double(rules.waitingRadiusM)) {
                r.phase = CourierPhase::Stale;
                d.alerts.push_back({AlertKind::StalePosition, r.id, r.id, r.positionAge, {}});
            }
        }
    }

    // Most urgent first: late (most late first), unassigned, at risk (least slack first), stale.
    std::stable_sort(d.alerts.begin(), d.alerts.end(), [](const AlertRow& a, const AlertRow& b) {
        if (a.kind != b.kind) return a.kind < b.kind;
        if (a.kind == AlertKind::AtRisk) return a.value < b.value;
        return a.value > b.value;
    });
    return d;
}

}  // namespace chongal::app
