#pragma once
// A stored shift made scrubbable: its event log replayed once into the final DispatchState, with
// every order's status changes and every courier's join/leave times indexed by time, and its
// courier traces in memory. Asking "what did the shift look like at t" then costs
// O(orders + couriers · log fixes), not a replay, so a time slider stays smooth.
//
// Semantics: the state at t is the state after applying, in log order, the events with at <= t
// (stateAt() does exactly that; ordersAt()/couriersAt() give the same answer from the index as
// long as each order's events are logged in causal order, as in any sound log, even when the log
// as a whole is not in time order).
// Indices of orders and couriers are those of finalState().orders() / couriers().
#include <string>
#include <vector>

#include "app/store/position_track.h"
#include "core/dispatch/dispatch_state.h"

namespace chongal::history {

// An order's phase at a moment; NotYet before it was created.
enum class OrderPhase : std::uint8_t { NotYet, Open, Assigned, PickedUp, Delivered, Cancelled };

OrderPhase phaseOf(dispatch::OrderStatus s);

class ShiftReplay {
public:
    struct OrderAt {
        OrderPhase phase = OrderPhase::NotYet;
        int courier = -1;  // assigned to / carried or delivered by; -1 none
    };
    struct CourierAt {
        bool joined = false;  // false before its CourierJoined event
        bool online = false;  // joined and not yet left
        GeoPoint position;    // last fix at or before t, else its start position
        double headingDeg = 0.0;
        Time fixAt = -1;   // time of that fix; -1 when still at the start position
        int load = 0;      // size of the orders on board
        int assigned = 0;  // orders assigned to it and not yet picked up
    };

    ShiftReplay() = default;
    // `events`: the shift's log in stored order. Events the state refuses are skipped and listed
    // in problems() (a sound store has none).
    ShiftReplay(std::vector<dispatch::Event> events, store::PositionTrack track);

    const std::vector<dispatch::Event>& events() const { return events_; }
    const store::PositionTrack& track() const { return track_; }
    const dispatch::DispatchState& finalState() const { return final_; }
    const std::vector<std::string>& problems() const { return problems_; }
    // The time span of events and fixes; begin() > end() only for an empty shift.
    Time begin() const { return begin_; }
    Time end() const { return end_; }

    // Exact but O(events): a fresh state built from the events with at <= t.
    dispatch::DispatchState stateAt(Time t) const;

    // The index answers; `out` is resized to orders / couriers (reuse it between calls).
    void ordersAt(Time t, std::vector<OrderAt>& out) const;
    void couriersAt(Time t, const std::vector<OrderAt>& orders, std::vector<CourierAt>& out) const;

    // Courier `c`'s path up to t: its start position, then its fixes (at most `maxPoints`,
    // thinned evenly, the latest always kept). Empty before it joined.
    std::vector<GeoPoint> pathUntil(int courier, Time t, int maxPoints = 2000) const;
    // The courier's trace index in track(), or -1 when it has no fix.
    int traceOf(int courier) const { return traceOf_[std::size_t(courier)]; }

private:
    struct Step {
        Time at = 0;
        OrderPhase phase = OrderPhase::Open;
        int courier = -1;
    };
    std::span<const store::TrackPoint> fixesUntil(int courier, Time t) const;

    std::vector<dispatch::Event> events_;
    store::PositionTrack track_;
    dispatch::DispatchState final_;
    std::vector<std::string> problems_;
    std::vector<std::vector<Step>> orderSteps_;  // per order, in log order
    std::vector<Time> joinedAt_;                 // per courier
    std::vector<Time> leftAt_;                   // per courier; -1 while online at the end
    std::vector<int> traceOf_;                   // per courier: index into track_, or -1
    Time begin_ = 0;
    Time end_ = -1;
};

}  // namespace chongal::history
