#pragma once
// The immutable plan in dispatch terms: what the console shows, the simulator follows and the
// store keeps as a revision. Made from a solver Solution by toPlan() (snapshot.h).
#include <string>
#include <vector>

#include "core/model/geo.h"
#include "core/solver/solution.h"

namespace chongal::dispatch {

struct PlannedStop {
    std::string orderId;
    bool pickup = false;
    GeoPoint where;
    Time arrival = 0;  // epoch seconds (the ETA)
    Time start = 0;    // service start (handover at the door for drop-offs)
    Time departure = 0;
    Time lateness = 0;  // seconds past the promise (drop-offs)
    Load loadAfter = 0;
    bool locked = false;  // fixed by a commitment or an operator lock
};

struct CourierRoute {
    std::string courierId;
    std::vector<PlannedStop> stops;
    Dist metres = 0;
    Time end = 0;
};

struct UnassignedOrder {
    std::string orderId;
    solver::UnassignedReason reason = solver::UnassignedReason::NoFeasiblePosition;
};

struct Plan {
    long revision = 0;
    Time createdAt = 0;
    std::vector<CourierRoute> routes;  // one per courier in the snapshot (possibly empty)
    std::vector<UnassignedOrder> unassigned;
    solver::Summary summary;

    const CourierRoute* routeOf(const std::string& courierId) const;
};

}  // namespace chongal::dispatch
