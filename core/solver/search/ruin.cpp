#include "core/solver/search/ruin.h"

#include <algorithm>
#include <cmath>

namespace chongal::solver::search {

std::vector<int> ruinStrings(const Problem& p, SearchSolution& s, const Neighbours& nb, Rng& rng,
                             const RuinParams& params) {
    // Average cardinality of the used routes bounds the string length.
    int used = 0, routed = 0;
    for (const SearchRoute& r : s.routes)
        if (!r.empty()) ++used, routed += r.size();
    if (used == 0) return {};
    const double lsMax = std::min<double>(params.maxStringLength, double(routed) / used);
    const double ksMax = 4.0 * params.averageRemoved / (1.0 + lsMax) - 1.0;
    const int ks = int(std::floor(rng.unit() * ksMax)) + 1;

    int seed = -1;
    if (!s.unassigned.empty() && rng.chance(params.nearLeftOut)) {
        const Request& out = p.requests[s.unassigned[rng.between(0, int(s.unassigned.size()) - 1)]];
        for (int c : nb.of(out.delivery))
            if (s.routeOf(c) >= 0) {
                seed = c;
                break;
            }
    }
    for (int tries = 0; tries < 64 && seed < 0; ++tries) {
        const int c = rng.between(0, int(p.stops.size()) - 1);
        if (s.routeOf(c) >= 0) seed = c;
    }
    if (seed < 0) return {};

    std::vector<int> removed;
    std::vector<int> ruinedRoutes;
    auto take = [&](int stop) {
        const int req = p.stops[stop].request;
        if (!s.isFixed(req) && std::find(removed.begin(), removed.end(), req) == removed.end())
            removed.push_back(req);
    };
    auto visit = [&](int c) {
        const int t = s.routeOf(c);
        if (t < 0 || std::find(ruinedRoutes.begin(), ruinedRoutes.end(), t) != ruinedRoutes.end())
            return;
        ruinedRoutes.push_back(t);
        const SearchRoute& route = s.routes[t];
        const int size = route.size();
        const int lMax = std::max(1, std::min<int>(size, int(lsMax)));
        const int len = rng.between(1, lMax);
        const int at = s.nodeOf(c) - 1;  // index in stops
        if (len == size || !rng.chance(params.splitRate)) {
            const int start = std::clamp(at - rng.between(0, len - 1), 0, size - len);
            for (int k = start; k < start + len; ++k) take(route.stops[k]);
            return;
        }
        int keep = 1;  // split string: a run of `keep` stops inside the string survives
        while (len + keep < size && rng.chance(1.0 - params.splitDepth)) ++keep;
        const int total = len + keep;
        const int start = std::clamp(at - rng.between(0, total - 1), 0, size - total);
        const int keepAt = start + rng.between(0, len);
        for (int k = start; k < start + total; ++k)
            if (k < keepAt || k >= keepAt + keep) take(route.stops[k]);
    };
    visit(seed);
    for (int c : nb.of(seed)) {
        if (int(ruinedRoutes.size()) >= ks) break;
        visit(c);
    }
    s.remove(removed);
    return removed;
}

}  // namespace chongal::solver::search
