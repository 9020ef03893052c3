#include "core/solver/search/neighbours.h"

#include <algorithm>

namespace chongal::solver::search {

Neighbours::Neighbours(const Problem& p, int perStop, const std::atomic<bool>* cancel)
    : lists_(p.stops.size()) {
    const int n = int(p.stops.size());
    const int k = std::min(perStop, n - 1);
    std::vector<std::pair<Dist, int>> all;
    for (int s = 0; s < n; ++s) {
        if (cancel && cancel->load(std::memory_order_relaxed)) return;
        all.clear();
        const int from = p.stops[s].location;
        for (int t = 0; t < n; ++t)
            if (t != s) all.emplace_back(p.matrix.dist(from, p.stops[t].location), t);
        std::partial_sort(all.begin(), all.begin() + k, all.end());
        lists_[s].reserve(k);
        for (int i = 0; i < k; ++i) lists_[s].push_back(all[i].second);
    }
}

}  // namespace chongal::solver::search
