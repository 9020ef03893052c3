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
        const Time leg = travel_.seconds(pg.position, s.where);
        const double legMetres = double(travel_.metres(pg.position, s.where));
        if (pg.clock + leg > until) {  // still driving at `until`
            const double f = leg > 0 ? double(until - pg.clock) / double(leg) : 1.0;
            const GeoPoint at = lerp(pg.position, s.where, f);
            metres_[id] += legMetres * f;
            out.push_back({until, "sim", CourierMoved{id, at, headingDeg(pg.position, s.where)}});
            pg = {until, at};
            return;
        }
        metres_[id] += legMetres;
        const Time arrival = pg.clock + leg;
        const Time start = s.pickup ? std::max(arrival, o->order.readyAt) : arrival;
        if (leg > 0)
            out.push_back({arrival, "sim", CourierMoved{id, s.where, headingDeg(pg.position, s.where)}});
        if (s.pickup)
            out.push_back({start, "sim", PickedUp{s.orderId, id}});
        else
            out.push_back({start, "sim", Delivered{s.orderId, id}});
        served.push_back(key);
        pg = {start + (s.pickup ? o->order.pickupServiceS : o->order.dropoffServiceS), s.where};
        if (pg.clock >= until) return;
    }
    pg.clock = until;  // route done: idle until the next plan
}

}  // namespace chongal::sim
