#include "core/dispatch/dispatch_state.h"

#include <cmath>

namespace chongal::dispatch {

const char* statusCode(OrderStatus s) {
    switch (s) {
        case OrderStatus::Open: return "open";
        case OrderStatus::Assigned: return "assigned";
        case OrderStatus::PickedUp: return "picked_up";
        case OrderStatus::Delivered: return "delivered";
        case OrderStatus::Cancelled: return "cancelled";
    }
    return "unknown";
}

std::string stopKey(const std::string& orderId, bool pickup) {
    return (pickup ? "P:" : "D:") + orderId;
}

const OrderState* DispatchState::order(const std::string& id) const {
    const int i = orderIndex(id);
    return i < 0 ? nullptr : &orders_[i];
}

const CourierState* DispatchState::courier(const std::string& id) const {
    const int i = courierIndex(id);
    return i < 0 ? nullptr : &couriers_[i];
}

int DispatchState::orderIndex(const std::string& id) const {
    const auto it = orderIndex_.find(id);
    return it == orderIndex_.end() ? -1 : it->second;
}

int DispatchState::courierIndex(const std::string& id) const {
    const auto it = courierIndex_.find(id);
    return it == courierIndex_.end() ? -1 : it->second;
}

namespace {

bool validPoint(GeoPoint p) {
    return std::isfinite(p.lat) && std::isfinite(p.lon) && std::abs(p.lat) <= 90 &&
           std::abs(p.lon) <= 180;
}

}  // namespace

std::string DispatchState::check(const Event& e) const {
    auto needOrder = [&](const std::string& id) -> const OrderState* { return order(id); };
    auto needCourier = [&](const std::string& id) -> const CourierState* { return courier(id); };
    return std::visit(
        [&](const auto& b) -> std::string {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, OrderCreated>) {
                if (b.order.id.empty()) return "order without id";
                if (order(b.order.id)) return "duplicate order " + b.order.id;
                if (!validPoint(b.order.pickup) || !validPoint(b.order.dropoff))
                    return "order " + b.order.id + ": coordinates out of range";
                if (b.order.size <= 0) return "order " + b.order.id + ": size must be positive";
                if (b.order.readyAt > b.order.dueAt)
                    return "order " + b.order.id + ": ready after its promise";
                return {};
            } else if constexpr (std::is_same_v<T, CourierJoined>) {
                if (b.courier.id.empty()) return "courier without id";
                if (courier(b.courier.id)) return "duplicate courier " + b.courier.id;
                if (!validPoint(b.courier.start)) return "courier " + b.courier.id + ": bad start";
                if (b.courier.capacity <= 0) return "courier " + b.courier.id + ": no capacity";
                if (b.courier.shiftEnd < b.courier.shiftStart)
                    return "courier " + b.courier.id + ": shift ends before it starts";
                return {};
            } else if constexpr (std::is_same_v<T, CourierLeft>) {
                return needCourier(b.courierId) ? "" : "unknown courier " + b.courierId;
            } else if constexpr (std::is_same_v<T, CourierMoved>) {
                if (!needCourier(b.courierId)) return "unknown courier " + b.courierId;
                return validPoint(b.position) ? "" : "position out of range";
            } else if constexpr (std::is_same_v<T, SequenceLocked>) {
                return needCourier(b.courierId) ? "" : "unknown courier " + b.courierId;
            } else {  // events about one order and maybe a courier
                const OrderState* o = needOrder(b.orderId);
                if (!o) return "unknown order " + b.orderId;
                if constexpr (std::is_same_v<T, OrderCancelled>) {
                    if (o->status == OrderStatus::Delivered) return "order already delivered";
                    return {};
                } else {
                    if (!b.courierId.empty() && !needCourier(b.courierId))
                        return "unknown courier " + b.courierId;
                    if (o->status == OrderStatus::Cancelled) return "order " + b.orderId + " is cancelled";
                    if constexpr (std::is_same_v<T, PickedUp>) {
                        if (o->status == OrderStatus::PickedUp || o->status == OrderStatus::Delivered)
                            return "order " + b.orderId + " already picked up";
                    } else if constexpr (std::is_same_v<T, Delivered>) {
                        if (o->status == OrderStatus::Delivered) return "order " + b.orderId + " already delivered";
                    } else if constexpr (std::is_same_v<T, OrderAssigned>) {
                        if (o->status == OrderStatus::PickedUp || o->status == OrderStatus::Delivered)
                            return "order " + b.orderId + " is already on its way";
                    }
                    return {};
                }
            }
        },
        e.body);
}

void DispatchState::serving(const std::string& courierId, Time at, Time service) {
    const int c = courierIndex(courierId);
    if (c < 0) return;
    CourierState& cs = couriers_[c];
    cs.busyUntil = std::max(cs.busyUntil, at + service);
    cs.reportedAt = std::max(cs.reportedAt, at);
}

std::string DispatchState::apply(const Event& e) {
    std::string why = check(e);
    if (!why.empty()) return why;
    ++events_;
    now_ = std::max(now_, e.at);
    std::visit(
        [&](const auto& b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, OrderCreated>) {
                orderIndex_[b.order.id] = int(orders_.size());
                OrderState o;
                o.order = b.order;
                orders_.push_back(std::move(o));
            } else if constexpr (std::is_same_v<T, CourierJoined>) {
                courierIndex_[b.courier.id] = int(couriers_.size());
                CourierState c;
                c.courier = b.courier;
                c.position = b.courier.start;
                c.positionAt = c.reportedAt = e.at;
                couriers_.push_back(std::move(c));
            } else if constexpr (std::is_same_v<T, CourierLeft>) {
                couriers_[courierIndex(b.courierId)].online = false;
            } else if constexpr (std::is_same_v<T, CourierMoved>) {
                CourierState& c = couriers_[courierIndex(b.courierId)];
                c.position = b.position;
                c.headingDeg = b.headingDeg;
                c.positionAt = e.at;
                c.reportedAt = std::max(c.reportedAt, e.at);
            } else if constexpr (std::is_same_v<T, SequenceLocked>) {
                couriers_[courierIndex(b.courierId)].lockedSequence = b.stopKeys;
            } else if constexpr (std::is_same_v<T, OrderCancelled>) {
                orders_[orderIndex(b.orderId)].status = OrderStatus::Cancelled;
            } else if constexpr (std::is_same_v<T, OrderAssigned>) {
                OrderState& o = orders_[orderIndex(b.orderId)];
                o.status = b.courierId.empty() ? OrderStatus::Open : OrderStatus::Assigned;
                o.courierId = b.courierId;
            } else if constexpr (std::is_same_v<T, PickedUp>) {
                OrderState& o = orders_[orderIndex(b.orderId)];
                o.status = OrderStatus::PickedUp;
                o.courierId = b.courierId;
                o.pickedUpAt = e.at;
                serving(o.courierId, e.at, o.order.pickupServiceS);
            } else if constexpr (std::is_same_v<T, Delivered>) {
                OrderState& o = orders_[orderIndex(b.orderId)];
                o.status = OrderStatus::Delivered;
                if (!b.courierId.empty()) o.courierId = b.courierId;
                o.deliveredAt = e.at;
                serving(o.courierId, e.at, o.order.dropoffServiceS);
            } else if constexpr (std::is_same_v<T, OrderLocked>) {
                orders_[orderIndex(b.orderId)].lockedTo = b.courierId;
            }
        },
        e.body);
    return {};
}

}  // namespace chongal::dispatch
