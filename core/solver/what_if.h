#pragma once
// What-if queries for the console's drag previews: the effect of moving one request to a vehicle
// (at its cheapest position, or at given positions) on costs, lateness and every ETA, without
// running the search. Cheap: two routes are recomputed, O(route length^2) at most.
#include <optional>
#include <string>
#include <vector>

#include "core/solver/solution.h"

namespace chongal::solver {

struct EtaChange {
    int vehicle = 0;
    int stop = 0;
    Time before = -1;  // service start before the move (-1: the stop was not on this vehicle)
    Time after = -1;   // after the move (-1: the stop left this vehicle)
};

struct WhatIf {
    bool feasible = false;  // capacity, hard windows and shifts hold on both routes
    std::string violation;  // the first broken hard constraint, for the operator
    Cost costDelta = 0;     // under the problem's objective
    Time latenessDelta = 0;
    Dist distanceDelta = 0;
    Time travelTimeDelta = 0;
    std::vector<EtaChange> changes;  // stops whose service start moves, on both routes
    Solution solution;               // the plan after the move
};

// `positions`: indices (in the target route after removal of the request) where the pickup and
// the delivery go; omitted = the cheapest feasible position (or the cheapest one at all).
WhatIf whatIfMove(const Problem& p, const Solution& plan, int request, int vehicle,
                  std::optional<std::pair<int, int>> positions = std::nullopt);

}  // namespace chongal::solver
