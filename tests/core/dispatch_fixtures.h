#pragma once
// Hand-made dispatch states for tests of what is derived from them (snapshots, the digest):
// couriers and orders around Seoul station, one hour promises, events applied and checked.
#include <QtTest>

#include "core/dispatch/dispatch_state.h"
#include "core/dispatch/plan.h"

namespace chongal::testing {

inline constexpr Time kT0 = 1'800'000'000;
inline const GeoPoint kHubA{37.5546, 126.9726};  // Seoul station
inline const GeoPoint kHubB{37.5600, 126.9780};
inline const GeoPoint kDoor{37.5700, 126.9830};  // about 2 km from hub A

// An order ready at kT0, promised an hour later, from `pickup` to kDoor.
inline Order order(const std::string& id, GeoPoint pickup = kHubA, Load size = 1) {
    Order o;
    o.id = id;
    o.pickup = pickup;
    o.dropoff = kDoor;
    o.placedAt = o.readyAt = kT0;
    o.dueAt = kT0 + 3600;
    o.size = size;
    return o;
}

// Applies an event that must be accepted.
inline void apply(dispatch::DispatchState& s, Time at, dispatch::EventBody body) {
    QCOMPARE(s.apply({at, "test", std::move(body)}), std::string());
}

// A courier starting at hub A, on shift for four hours from kT0.
inline void join(dispatch::DispatchState& s, const std::string& id,
                 Load capacity = Courier{}.capacity) {
    Courier c;
    c.id = id;
    c.start = kHubA;
    c.shiftStart = kT0;
    c.shiftEnd = kT0 + 4 * 3600;
    c.capacity = capacity;
    apply(s, kT0, dispatch::CourierJoined{c});
}

inline dispatch::PlannedStop stop(const std::string& orderId, bool pickup) {
    dispatch::PlannedStop s;
    s.orderId = orderId;
    s.pickup = pickup;
    return s;
}

}  // namespace chongal::testing
