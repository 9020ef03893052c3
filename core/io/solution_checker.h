#pragma once
// An independent check of a benchmark solution, written from the published conventions only and
// sharing no code with the solver: Euclidean distances in double precision, travel time =
// distance, windows bound the start of service (waiting allowed), the vehicle must be back at the
// depot by its due date, capacity holds at every point, each pickup precedes its delivery on the
// same route, and every customer / task is served exactly once. Used to validate solver output
// and the published best-known solutions.
#include <string>
#include <vector>

#include "core/io/benchmark_instance.h"

namespace chongal::io {

enum class ViolationKind {
    UnknownNode,      // id not a customer of the instance (or the depot inside a route)
    VisitedTwice,     // served more than once (reported at the repeated visit)
    NotVisited,       // served by no route (route = -1)
    TooManyVehicles,  // more non-empty routes than the instance's fleet (route, node = -1)
    LateStart,        // service starts after the node's due date
    LateReturn,       // back at the depot after its due date (node = 0)
    OverCapacity,     // load above capacity (Solomon: at the depot, node = 0; Li & Lim: at node)
    DeliveryBeforePickup,  // the pickup comes later on the same route (reported at the delivery)
    PairSplit,             // the sibling of this pickup/delivery is not on the same route
};
const char* violationCode(ViolationKind kind);  // e.g. "late_start"

struct Violation {
    ViolationKind kind;
    int route = -1;  // 0-based index into the checked routes; -1 when no route is at fault
    int node = -1;   // external node id; -1 when none
    std::string message;
};

struct CheckResult {
    bool feasible = true;
    int vehiclesUsed = 0;   // non-empty routes
    double distance = 0.0;  // total Euclidean length, unrounded, of the non-empty routes
    std::vector<Violation> violations;
};

// Tolerance on time comparisons (instance time units): absorbs double rounding of long sums.
inline constexpr double kCheckTimeTolerance = 1e-6;

// `routes`: one list of external node ids per vehicle, depot omitted at both ends.
CheckResult checkSolution(const BenchmarkInstance& instance,
                          const std::vector<std::vector<int>>& routes);

}  // namespace chongal::io
