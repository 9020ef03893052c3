#include "core/sim/simulator.h"

#include <algorithm>
#include <cmath>

namespace chongal::sim {

using namespace dispatch;

namespace {

bool stopDone(const OrderState& o, bool pickup) {
    if (o.status == OrderStatus::Delivered || o.status == OrderStatus::Cancelled) return true;
    return pickup && o.status == OrderStatus::PickedUp;
}

GeoPoint lerp(GeoPoint a, GeoPoint b, double f) {
    return {a.lat + (b.lat - a.lat) * f, a.lon + (b.lon - a.lon) * f};
}

double headingDeg(GeoPoint a, GeoPoint b) {
    const double dy = b.lat - a.lat;
    const double dx = (b.lon - a.lon) * std::cos(a.lat * 3.14159265358979 / 180.0);
    const double h = std::atan2(dx, dy) * 180.0 / 3.14159265358979;
    return h < 0 ? h + 360.0 : h;
}

}  // namespace

std::vector<Event> Simulator::advance(const DispatchState& state, const Plan& plan, Time until) {
    std::vector<Event> out;
    for (const CourierState& c : state.couriers()) {
        if (!c.online) continue;
        follow(state, c, plan.routeOf(c.courier.id), until, out);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Event& a, const Event& b) { return a.at < b.at; });
    return out;
}

void Simulator::follow(const DispatchState& state, const CourierState& c,
                       const CourierRoute* route, Time until, std::vector<Event>& out) {
    const std::string& id = c.courier.id;
    Progress& pg = progress_[id];
    if (pg.clock < 0) pg = {std::max(c.courier.shiftStart, c.positionAt), c.position};
    pg.clock = std::max(pg.clock, c.courier.shiftStart);
    if (pg.clock >= until) return;
    if (!route) {  // idle: waits where it is
        pg.clock = until;
        pg.legTo.clear();
        return;
    }
    // Stops already served in this call are tracked locally: the state only learns of them when
    // the caller applies the events.
    std::vector<std::string> served;
    for (const PlannedStop& s : route->stops) {
        const OrderState* o = state.order(s.orderId);
        if (!o || stopDone(*o, s.pickup)) continue;
        const std::string key = stopKey(s.orderId, s.pickup);
        if (std::find(served.begin(), served.end(), key) != served.end()) continue;
        if (!s.pickup && o->status != OrderStatus::PickedUp &&
            std::find(served.begin(), served.end(), stopKey(s.orderId, true)) == served.end())
            continue;  // cannot hand over what is not on board (a stale plan)
        if (s.pickup && o->status == OrderStatus::Open)
            out.push_back({pg.clock, "sim", OrderAssigned{s.orderId, id}});
        if (pg.legTo != key) {  // sets off (a leg cut short by a new plan starts afresh)
            pg.legTo = key;
            pg.legFrom = pg.position;
            pg.legDeparture = pg.clock;
            pg.legSeconds = travel_.seconds(pg.position, s.where);
            pg.legMetres = double(travel_.metres(pg.position, s.where));
        }
        const auto doneBy = [&](Time t) {
            return pg.legSeconds > 0 ? double(t - pg.legDeparture) / double(pg.legSeconds) : 1.0;
        };
        const Time arrival = pg.legDeparture + pg.legSeconds;
        const double heading = headingDeg(pg.legFrom, s.where);
        if (arrival > until) {  // still driving at `until`
            metres_[id] += pg.legMetres * (doneBy(until) - doneBy(pg.clock));
            const GeoPoint at = lerp(pg.legFrom, s.where, doneBy(until));
            out.push_back({until, "sim", CourierMoved{id, at, heading}});
            pg.clock = until;
            pg.position = at;
            return;
        }
        metres_[id] += pg.legMetres * (1.0 - doneBy(pg.clock));
        const Time start = s.pickup ? std::max(arrival, o->order.readyAt) : arrival;
        if (pg.legSeconds > 0) out.push_back({arrival, "sim", CourierMoved{id, s.where, heading}});
        pg.legTo.clear();
        if (s.pickup)
            out.push_back({start, "sim", PickedUp{s.orderId, id}});
        else
            out.push_back({start, "sim", Delivered{s.orderId, id}});
        served.push_back(key);
        pg.clock = start + (s.pickup ? o->order.pickupServiceS : o->order.dropoffServiceS);
        pg.position = s.where;
        if (pg.clock >= until) return;
    }
    pg.clock = until;  // route done: idle until the next plan
    pg.legTo.clear();
}

}  // namespace chongal::sim
