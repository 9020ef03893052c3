#pragma once
// Cheapest insertion of one request into one route, priced in O(1) per position pair from the
// route's caches. Positions are node indices: "before node k", k in [first free node, n+1].
#include <limits>

#include "core/solver/search/rng.h"
#include "core/solver/search/search_route.h"

namespace chongal::solver::search {

inline constexpr Cost kNoInsertion = std::numeric_limits<Cost>::max();

struct Insertion {
    Cost delta = kNoInsertion;  // cost change of the route
    int route = -1;
    int pickupBefore = -1;  // node the pickup goes before; < 1 when only the delivery is placed
    int deliveryBefore = -1;
    bool found() const { return delta != kNoInsertion; }
};

struct InsertionContext {
    const Problem& problem;
    const SearchParams& params;
    Blinker* blinker = nullptr;  // when set, candidates it blinks at are skipped
};

// Improves `best` if the request fits `route` more cheaply (best.route is set to routeIndex).
void bestInsertion(const InsertionContext& ctx, const SearchRoute& route, int routeIndex,
                   int request, Insertion& best);

// Applies an insertion found by bestInsertion (caches refreshed by the caller).
void applyInsertion(const Problem& p, SearchRoute& route, int request, const Insertion& ins);

}  // namespace chongal::solver::search
