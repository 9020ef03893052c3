#pragma once
// Whether a plan can still be followed. A search works on a snapshot while the clock runs on:
// couriers following the current plan set off to and pick up orders the new plan may give to
// somebody else. Such a plan leaves goods on board that no route delivers, and the next search,
// which binds them to their carrier, may find no room for them beside that carrier's committed
// leg ("unassigned - no feasible position").
#include <string>
#include <vector>

#include "core/dispatch/dispatch_state.h"
#include "core/dispatch/plan.h"

namespace chongal::app {

// Orders that a courier set off to or picked up after `basis` (the state `plan` was computed
// from) and that `plan` does not leave with that courier: routed to another courier or listed
// unassigned. Orders the plan does not know of are not its business. Empty: `plan` fits `now`.
std::vector<std::string> overtakenOrders(const dispatch::Plan& plan,
                                         const dispatch::DispatchState& basis,
                                         const dispatch::DispatchState& now);

}  // namespace chongal::app
