#pragma once
// The live state of a shift, built only by applying events (so replaying a shift's events
// rebuilds it exactly). One owner: the dispatch loop; everyone else gets copies or snapshots.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/dispatch/events.h"

namespace chongal::dispatch {

enum class OrderStatus : std::uint8_t { Open, Assigned, PickedUp, Delivered, Cancelled };
const char* statusCode(OrderStatus s);  // "open", "assigned", ...

struct OrderState {
    Order order;
    OrderStatus status = OrderStatus::Open;
    std::string courierId;     // assigned / carrying / delivered by
    std::string lockedTo;      // operator lock ("" = none)
    Time pickedUpAt = -1;
    Time deliveredAt = -1;     // handover start at the door
    bool onTime() const { return deliveredAt >= 0 && deliveredAt <= order.dueAt; }
};

struct CourierState {
    Courier courier;
    GeoPoint position;
    double headingDeg = 0.0;
    Time positionAt = -1;
    // Its latest report of any kind: a move, a pickup or a drop-off (an idle courier sends no
    // moves, yet one that reports a pickup is not lost).
    Time reportedAt = -1;
    // Serving a stop until then: a PickedUp/Delivered event marks the start of the service (the
    // moment a promise is judged by), the courier leaves once the stop's service time is over.
    Time busyUntil = -1;
    bool online = true;
    std::vector<std::string> lockedSequence;  // operator-locked stop keys, in order
};

class DispatchState {
public:
    // Why the event cannot apply (unknown id, duplicate, wrong status...), or empty.
    std::string check(const Event& e) const;
    // Applies a checked event; returns check()'s verdict and leaves the state untouched on error.
    std::string apply(const Event& e);

    Time now() const { return now_; }
    const std::vector<OrderState>& orders() const { return orders_; }
    const std::vector<CourierState>& couriers() const { return couriers_; }
    const OrderState* order(const std::string& id) const;
    const CourierState* courier(const std::string& id) const;
    int orderIndex(const std::string& id) const;    // -1 if unknown
    int courierIndex(const std::string& id) const;  // -1 if unknown
    long eventCount() const { return events_; }

private:
    // A courier reports a pickup/drop-off: busy for the stop's service from then on.
    void serving(const std::string& courierId, Time at, Time service);
    std::vector<OrderState> orders_;
    std::vector<CourierState> couriers_;
    std::unordered_map<std::string, int> orderIndex_;
    std::unordered_map<std::string, int> courierIndex_;
    Time now_ = 0;
    long events_ = 0;
};

// Stop keys used by locks and plans: "P:<orderId>" (pickup), "D:<orderId>" (drop-off).
std::string stopKey(const std::string& orderId, bool pickup);

}  // namespace chongal::dispatch
