#pragma once
// A safety net between the solver and the console: requests a search left unassigned although
// they can be served go back into the plan at their cheapest position (solver::whatIfMove).
//
// Why: the solver drops requests it diagnoses as "hopeless" before searching, and that
// diagnosis (core/solver/search/diagnose.cpp) prices a request after a vehicle's fixed prefix
// without the deliveries of the prefix's pickups, which splits those pairs. So while couriers
// are at a hub on a committed pickup leg, an order already on board (locked to its courier) or a
// new order can come back unassigned, and the console would stop routing goods a courier
// carries. Reported to the solver's owner; once the diagnosis is fixed this finds nothing to do.
#include "core/solver/solution.h"

namespace chongal::app {

// Reinserts each unassigned request whose reason is not a hard impossibility (too large, windows
// closed, no vehicles): on its locked vehicle if it has one (goods on board are always put back,
// feasible or not), else on the vehicle of `warm` that served it, else on the cheapest vehicle
// where the move is feasible. Keeps `reasons` aligned with `unassigned`.
solver::Solution repairUnassigned(const solver::Problem& p, solver::Solution s,
                                  const solver::Solution* warm = nullptr);

}  // namespace chongal::app
