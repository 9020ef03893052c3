#pragma once
// Remembers that a request has no feasible position in a route, for as long as that route keeps
// the same content (SearchRoute::version). With hard windows the fleet minimiser retries the same
// left-out requests against the same routes thousands of times, and a search that finds nothing
// cannot prune by cost: each retry was a full scan of every position pair.
#include <cstdint>
#include <vector>

#include "core/solver/search/search_route.h"

namespace chongal::solver::search {

class FailureMemo {
public:
    FailureMemo(int requests, int routes)
        : routes_(routes), version_(std::size_t(requests) * std::size_t(routes), 0) {}

    bool knownToFail(int request, int route, const SearchRoute& r) const {
        return version_[index(request, route)] == r.version;
    }
    void rememberFailure(int request, int route, const SearchRoute& r) {
        version_[index(request, route)] = r.version;
    }

private:
    std::size_t index(int request, int route) const {
        return std::size_t(request) * std::size_t(routes_) + std::size_t(route);
    }
    int routes_;
    std::vector<std::uint64_t> version_;  // 0: nothing known (versions start at 1)
};

}  // namespace chongal::solver::search
