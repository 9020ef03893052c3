#pragma once
// Dispatch state -> solver problem (an immutable snapshot with what is frozen), and the solver's
// answer -> a Plan. Frozen: picked-up orders stay with their courier (delivery-only requests),
// assigned and operator-locked orders stay with their courier, each moving courier's current leg
// (the first stop of the previous plan, unless it carries an order that plan did not give it) is
// committed, an operator-locked sequence opens the route.
// A prefix never overloads the courier nor holds another courier's order (carried, locked or
// assigned elsewhere), so a lock wins over a leg the courier has not set off on. A courier
// serving a stop sets off once that service is over.
#include <vector>

#include "core/dispatch/dispatch_state.h"
#include "core/dispatch/plan.h"
#include "core/solver/problem.h"
#include "core/travel/travel_model.h"

namespace chongal::dispatch {

struct Snapshot {
    solver::Problem problem;
    std::vector<int> requestOrder;    // request -> index in DispatchState::orders()
    std::vector<int> vehicleCourier;  // vehicle -> index in DispatchState::couriers()
    std::vector<GeoPoint> locations;  // per matrix location
    Time now = 0;

    int requestOf(int orderIndex) const;    // -1 when the order is not in the snapshot
    int vehicleOf(int courierIndex) const;  // -1 when the courier is not in the snapshot
};

Snapshot buildSnapshot(const DispatchState& state, const travel::TravelModel& travel, Time now,
                       const Plan* previous = nullptr);

Plan toPlan(const Snapshot& snap, const DispatchState& state, const solver::Solution& solution,
            long revision);

// The previous plan's routes expressed in this snapshot's stops (a warm start for the solver).
solver::Solution warmStartFrom(const Snapshot& snap, const DispatchState& state, const Plan& plan);

}  // namespace chongal::dispatch
