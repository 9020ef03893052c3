#include "ui/dispatch_scene.h"

#include <QCoreApplication>

#include "app/models/display_text.h"

namespace chongal::ui {

using app::CourierPhase;
using app::Risk;
using DOS = dispatch::OrderStatus;

QList<MapHub> sceneHubs(const std::vector<sim::Hub>& hubs, bool korean) {
    QList<MapHub> out;
    out.reserve(qsizetype(hubs.size()));
    for (const sim::Hub& h : hubs) {
        const std::string& name = korean || h.nameEn.empty() ? h.nameKo : h.nameEn;
        out.push_back({QString::fromStdString(h.id), QString::fromStdString(name), h.position});
    }
    return out;
}

namespace {

CourierStatus courierStatus(CourierPhase p) {
    switch (p) {
        case CourierPhase::Idle:
            return CourierStatus::Idle;
        case CourierPhase::ToPickup:
            return CourierStatus::ToPickup;
        case CourierPhase::ToDropoff:
            return CourierStatus::ToDropoff;
        case CourierPhase::Offline:
        case CourierPhase::OffShift:
            return CourierStatus::Offline;
        case CourierPhase::Stale:
            return CourierStatus::Stale;
    }
    return CourierStatus::Idle;
}

ui::OrderStatus orderStatus(const app::OrderRow& o) {
    switch (o.status) {
        case DOS::Open:
            if (o.unassigned) return ui::OrderStatus::Unassigned;
            return o.courierId.isEmpty() ? ui::OrderStatus::New : ui::OrderStatus::Assigned;
        case DOS::Assigned:
            return ui::OrderStatus::Assigned;
        case DOS::PickedUp:
            return ui::OrderStatus::PickedUp;
        case DOS::Delivered:
            return ui::OrderStatus::Delivered;
        case DOS::Cancelled:
            return ui::OrderStatus::Cancelled;
    }
    return ui::OrderStatus::New;
}

OrderRisk orderRisk(Risk r) {
    return r == Risk::Late     ? OrderRisk::Late
           : r == Risk::AtRisk ? OrderRisk::AtRisk
                               : OrderRisk::OnTime;
}

}  // namespace

QList<MapCourier> sceneCouriers(const app::DispatchDigest& d, int utcOffsetS) {
    QList<MapCourier> out;
    out.reserve(qsizetype(d.couriers.size()));
    for (std::size_t i = 0; i < d.couriers.size(); ++i) {
        const app::CourierRow& c = d.couriers[i];
        MapCourier m;
        m.id = c.id;
        m.label = c.name.isEmpty() ? c.id : c.name;
        m.position = c.position;
        m.headingDeg = c.headingDeg;
        m.load = c.load;
        m.capacity = c.capacity;
        m.status = courierStatus(c.phase);
        m.colorIndex = int(i);
        if (c.stopsLeft > 0)
            m.note = QCoreApplication::translate("DispatchScene", "%n stop(s) left, route ends %1",
                                                 nullptr, c.stopsLeft)
                         .arg(app::clockText(c.routeEnd, utcOffsetS));
        out.push_back(std::move(m));
    }
    return out;
}

QList<MapOrder> sceneOrders(const dispatch::DispatchState& state, const app::DispatchDigest& d,
                            int utcOffsetS) {
    QList<MapOrder> out;
    const auto& orders = state.orders();
    out.reserve(qsizetype(orders.size()));
    for (std::size_t i = 0; i < orders.size() && i < d.orders.size(); ++i) {
        const app::OrderRow& r = d.orders[i];
        MapOrder m;
        m.id = r.id;
        m.pickup = orders[i].order.pickup;
        m.dropoff = orders[i].order.dropoff;
        m.status = orderStatus(r);
        m.risk = orderRisk(r.risk);
        m.courier = r.courierId.isEmpty() ? -1 : state.courierIndex(r.courierId.toStdString());
        m.note = QCoreApplication::translate("DispatchScene", "promised %1 · ETA %2")
                     .arg(app::clockText(r.dueAt, utcOffsetS), app::clockText(r.eta, utcOffsetS));
        if (!r.district.isEmpty()) m.note += QLatin1Char('\n') + r.district;
        out.push_back(std::move(m));
    }
    return out;
}

QList<MapRoute> sceneRoutes(const dispatch::DispatchState& state, const app::DispatchDigest& d) {
    QList<MapRoute> out;
    for (std::size_t c = 0; c < d.timeline.size() && c < d.couriers.size(); ++c) {
        const app::TimelineRow& row = d.timeline[c];
        if (row.stops.empty()) continue;
        MapRoute route;
        route.courier = int(c);
        route.path.reserve(qsizetype(row.stops.size() + 1));
        route.path.push_back(d.couriers[c].position);
        for (const app::TimelineStop& s : row.stops) {
            const dispatch::OrderState* o = state.order(s.orderId.toStdString());
            if (o) route.path.push_back(s.pickup ? o->order.pickup : o->order.dropoff);
        }
        out.push_back(std::move(route));
    }
    return out;
}

}  // namespace chongal::ui
