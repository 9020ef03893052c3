#pragma once
// The immutable result form of a plan: what the solver returns, the UI shows and the store keeps.
// (The solver's mutable search form lives in search/ and is converted at the edges.)
#include <span>
#include <vector>

#include "core/solver/problem.h"

namespace chongal::solver {

// Why a request is left unassigned. Stable values: stored and translated by the UI.
enum class UnassignedReason : std::uint8_t {
    NoVehicles,             // the problem has no vehicle
    TooLarge,               // larger than every (allowed) vehicle's capacity
    PickupClosesTooEarly,   // no vehicle can reach the pickup before its window closes
    DeliveryClosesTooEarly, // no vehicle can reach the drop-off before its window closes
    ShiftTooShort,          // serving it alone would overrun every vehicle's shift
    LockedVehicleCannot,    // locked to a vehicle that cannot serve it
    NoFeasiblePosition,     // feasible alone, but no room left beside the other orders
};
const char* reasonCode(UnassignedReason r);  // e.g. "too_large"

struct Solution {
    std::vector<std::vector<int>> routes;  // routes[v]: stop indices vehicle v visits, in order
    std::vector<int> unassigned;           // request indices left out
    std::vector<UnassignedReason> reasons; // parallel to unassigned
};

struct StopTiming {
    Time arrival = 0;
    Time start = 0;  // start of service (after any wait)
    Time departure = 0;
    Time lateness = 0;  // max(0, start - due)
    Load loadAfter = 0;
};

struct RouteSchedule {
    std::vector<StopTiming> stops;
    Time end = 0;        // arrival at the end location, or last departure for open routes
    Dist distance = 0;
    Time travelTime = 0;
    Time lateness = 0;
    Load startLoad = 0;
    bool feasible = true;  // hard windows, shift end, capacity, pairing within the route
};

// Forward simulation of one route: the reference evaluation every faster one must equal.
RouteSchedule scheduleRoute(const Problem& p, int vehicle, std::span<const int> route);

struct Summary {
    int vehiclesUsed = 0;
    Dist distance = 0;
    Time travelTime = 0;
    Time lateness = 0;
    int lateStops = 0;
    int unassigned = 0;
    bool feasible = true;  // every route feasible and every request served at most once
    Cost cost = 0;         // under the problem's objective
};

Summary summarize(const Problem& p, const Solution& s);

// The objective as per-unit weights: the one place where each objective's priorities are set.
struct ObjectiveWeights {
    Cost perDistance = 1;
    Cost perTravelTime = 0;
    Cost perLateness = 0;
    Cost perVehicle = 0;
    Cost perUnassigned = 0;
};
ObjectiveWeights objectiveWeights(const Problem& p);

// Objective value of the given aggregates under p's objective (one formula, used everywhere).
Cost objectiveCost(const Problem& p, int vehiclesUsed, Dist distance, Time travelTime,
                   Time lateness, int unassigned);

}  // namespace chongal::solver
