#pragma once
// The mutable search form of a whole plan: one SearchRoute per vehicle (empty or not), the
// unassigned requests, and where each stop currently is. Converted from/to the immutable
// Solution at the solver's edges.
#include <vector>

#include "core/solver/search/search_route.h"
#include "core/solver/solution.h"

namespace chongal::solver::search {

class SearchSolution {
public:
    SearchSolution(const Problem& p, const SearchParams& params);

    std::vector<SearchRoute> routes;  // index = vehicle
    std::vector<int> unassigned;      // request indices
    std::vector<int> touched;         // routes refreshed since the caller last cleared it

    const SearchParams& params() const { return *params_; }
    int routeOf(int stop) const { return stopRoute_[stop]; }
    int nodeOf(int stop) const { return stopNode_[stop]; }  // node index in its route (1..n)
    int usedRoutes() const;
    Cost cost() const;        // routes + unassigned at the objective's price
    Cost routesCost() const;  // routes only
    // True when the request is pinned where it is (a stop in a fixed prefix).
    bool isFixed(int request) const { return fixedRequest_[request]; }

    // Refreshes one route's caches and the stop positions it holds.
    void refresh(int route);
    // Removes the given requests' stops from their routes and appends them to `unassigned`;
    // refreshes the touched routes.
    void remove(const std::vector<int>& requests);
    // Copies routes and bookkeeping of `other` for the given routes only (cheap undo/commit).
    void copyRoutesFrom(const SearchSolution& other, const std::vector<int>& routeIndices);

    static SearchSolution fromSolution(const Problem& p, const SearchParams& params,
                                       const Solution& s);
    Solution toSolution() const;

private:
    const Problem* p_;
    const SearchParams* params_;
    std::vector<int> stopRoute_;  // -1 when not routed
    std::vector<int> stopNode_;
    std::vector<char> fixedRequest_;
};

}  // namespace chongal::solver::search
