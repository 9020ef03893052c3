#pragma once
// Moves couriers along the current plan in simulated time and reports what happens as the same
// events a real feed produces: a courier heading for an order's pickup commits it
// (OrderAssigned), arrives, waits for the goods, picks up (PickedUp at service start), drives
// on and hands over (Delivered at the handover start, the on-time moment), with positions along
// the way (CourierMoved). Legs are straight lines timed by the travel model.
#include <unordered_map>
#include <vector>

#include "core/dispatch/dispatch_state.h"
#include "core/dispatch/plan.h"
#include "core/travel/travel_model.h"

namespace chongal::sim {

class Simulator {
public:
    explicit Simulator(const travel::TravelModel& travel) : travel_(travel) {}

    // Events between state.now() (exclusive) and `until` (inclusive), in time order. The
    // caller applies them (and a newer plan, if any) before the next call.
    std::vector<dispatch::Event> advance(const dispatch::DispatchState& state,
                                         const dispatch::Plan& plan, Time until);

    // Road metres driven so far per courier id (legs and parts of legs, by the travel model).
    const std::unordered_map<std::string, double>& metres() const { return metres_; }

private:
    struct Progress {
        Time clock = -1;    // the courier's own time: busy (serving) until then
        GeoPoint position;  // where it is at `clock`
        // The leg under way when a step ends mid-way keeps its timing: re-timing the rest from
        // the interpolated position rounds up at every step (about a minute per hour of
        // driving in 30 s steps, enough to make a plan's last drop-offs late).
        std::string legTo;  // stop key of the leg under way; empty at a stop
        GeoPoint legFrom;
        Time legDeparture = 0;
        Time legSeconds = 0;
        double legMetres = 0.0;
    };
    void follow(const dispatch::DispatchState& state, const dispatch::CourierState& c,
                const dispatch::CourierRoute* route, Time until, std::vector<dispatch::Event>& out);

    const travel::TravelModel& travel_;
    std::unordered_map<std::string, Progress> progress_;
    std::unordered_map<std::string, double> metres_;
};

}  // namespace chongal::sim
