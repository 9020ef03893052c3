#pragma once
// Every change of dispatch state is an Event. Feeds validate input into events at the boundary;
// DispatchState applies them; the shift store appends them. Replaying a shift's events in order
// rebuilds its state exactly.
#include <string>
#include <variant>
#include <vector>

#include "core/model/courier.h"
#include "core/model/order.h"

namespace chongal::dispatch {

struct OrderCreated { Order order; };
struct OrderCancelled { std::string orderId; std::string reason; };
struct CourierJoined { Courier courier; };
struct CourierLeft { std::string courierId; };
struct CourierMoved {
    std::string courierId;
    GeoPoint position;
    double headingDeg = 0.0;  // 0 = north, clockwise
};
// The dispatcher handed the order to a courier (a plan decision sent to the rider).
struct OrderAssigned { std::string orderId; std::string courierId; };
struct PickedUp { std::string orderId; std::string courierId; };
struct Delivered { std::string orderId; std::string courierId; };
// Operator decisions. An empty courierId unlocks.
struct OrderLocked { std::string orderId; std::string courierId; };
// A locked stop sequence for a courier: stop keys are "P:<orderId>" / "D:<orderId>";
// an empty list unlocks the sequence.
struct SequenceLocked { std::string courierId; std::vector<std::string> stopKeys; };

using EventBody = std::variant<OrderCreated, OrderCancelled, CourierJoined, CourierLeft,
                               CourierMoved, OrderAssigned, PickedUp, Delivered, OrderLocked,
                               SequenceLocked>;

struct Event {
    Time at = 0;             // epoch seconds when it happened
    std::string source;      // "sim", "feed:<name>", "operator:<user>", "import"
    EventBody body;
};

// Stable names used in storage and logs; index = variant index.
inline constexpr const char* kEventTypeNames[] = {
    "order_created", "order_cancelled", "courier_joined", "courier_left", "courier_moved",
    "order_assigned", "picked_up", "delivered", "order_locked", "sequence_locked"};

inline const char* eventTypeName(const Event& e) { return kEventTypeNames[e.body.index()]; }

}  // namespace chongal::dispatch
