#include "core/solver/search/recreate.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace chongal::solver::search {

std::vector<int> vehicleClasses(const Problem& p) {
    std::map<std::tuple<int, int, Time, Time, Load>, int> ids;
    std::vector<int> classes;
    for (int v = 0; v < int(p.vehicles.size()); ++v) {
        const Vehicle& x = p.vehicles[v];
        if (!x.fixedPrefix.empty()) {  // a vehicle with commitments is a class of its own
            classes.push_back(-1 - v);
            continue;
        }
        const auto key = std::make_tuple(x.startLocation, x.endLocation, x.shiftStart, x.shiftEnd,
                                         x.capacity);
        classes.push_back(ids.emplace(key, int(ids.size())).first->second);
    }
    return classes;
}

namespace {

// Routes worth trying for a request: all, or those near its stops (granular neighbourhood).
class Candidates {
public:
    explicit Candidates(int routes) : stamp_(routes, 0) {}
    // Empty vehicles are visited only when `withEmpty` (a route may be opened).
    template <class Visit>
    void forEach(const Problem& p, const SearchSolution& s, const RecreateOptions& o, int request,
                 bool withEmpty, Visit&& visit) {
        if (!o.neighbours || o.granularity <= 0) {
            for (int t = 0; t < int(s.routes.size()); ++t) visit(t);
            return;
        }
        ++round_;
        const Request& rq = p.requests[request];
        for (int stop : {rq.pickup, rq.delivery}) {
            if (stop < 0) continue;
            const auto& near = o.neighbours->of(stop);
            const int k = std::min<int>(o.granularity, int(near.size()));
            for (int i = 0; i < k; ++i) {
                const int t = s.routeOf(near[i]);
                if (t < 0 || stamp_[t] == round_) continue;
                stamp_[t] = round_;
                visit(t);
            }
        }
        if (!withEmpty) return;
        for (int t = 0; t < int(s.routes.size()); ++t)  // empty vehicles, tried by class below
            if (s.routes[t].empty() && stamp_[t] != round_) visit(t);
    }

private:
    std::vector<long> stamp_;
    long round_ = 0;
};

Insertion bestPlace(const InsertionContext& ctx, const SearchSolution& s,
                    const std::vector<int>& classes, int request, bool openNewRoutes,
                    const RecreateOptions& options, Candidates& candidates) {
    Insertion best;
    const int locked = ctx.problem.requests[request].lockedVehicle;
    if (locked >= 0) {
        bestInsertion(ctx, s.routes[locked], locked, request, best);
        return best;
    }
    std::vector<char> triedClass;
    candidates.forEach(ctx.problem, s, options, request, openNewRoutes, [&](int t) {
        const SearchRoute& r = s.routes[t];
        if (r.empty() && r.fixedCount == 0) {
            if (!openNewRoutes || classes[t] < 0) return;
            if (int(triedClass.size()) <= classes[t]) triedClass.resize(classes[t] + 1, 0);
            if (triedClass[classes[t]]) return;
            triedClass[classes[t]] = 1;
        }
        FailureMemo* memo = ctx.params.hardWindows ? options.failures : nullptr;
        if (memo && memo->knownToFail(request, t, r)) return;
        // A failure is only learnt while nothing was found yet (no cost bound pruned this
        // route) and no position blinked.
        const bool learn = memo && !best.found();
        const long blinks = ctx.blinker ? ctx.blinker->blinks() : 0;
        bestInsertion(ctx, r, t, request, best);
        if (learn && !best.found() && blinks == (ctx.blinker ? ctx.blinker->blinks() : 0))
            memo->rememberFailure(request, t, r);
    });
    return best;
}

// Sort keys of SISR: random 4, largest demand 4, farthest 2, closest 1 (from the first start).
void orderRequests(const Problem& p, std::vector<int>& reqs, Rng& rng) {
    for (int i = int(reqs.size()) - 1; i > 0; --i) std::swap(reqs[i], reqs[rng.between(0, i)]);
    const int pick = rng.between(0, 10);
    if (pick < 4) return;
    auto size = [&](int r) { return -p.stops[p.requests[r].delivery].load; };
    const int depot = p.vehicles.empty() ? 0 : p.vehicles.front().startLocation;
    auto far = [&](int r) { return p.matrix.dist(depot, p.stops[p.requests[r].delivery].location); };
    if (pick < 8)
        std::stable_sort(reqs.begin(), reqs.end(), [&](int a, int b) { return size(a) > size(b); });
    else if (pick < 10)
        std::stable_sort(reqs.begin(), reqs.end(), [&](int a, int b) { return far(a) > far(b); });
    else
        std::stable_sort(reqs.begin(), reqs.end(), [&](int a, int b) { return far(a) < far(b); });
}

}  // namespace

Insertion cheapestInsertion(const Problem& p, const SearchParams& params, const SearchSolution& s,
                            const std::vector<int>& classes, int request) {
    const InsertionContext ctx{p, params, nullptr};
    Candidates all(int(s.routes.size()));
    return bestPlace(ctx, s, classes, request, true, RecreateOptions{}, all);
}

void recreate(const Problem& p, const SearchParams& params, SearchSolution& s,
              const std::vector<int>& classes, Rng& rng, const RecreateOptions& options) {
    std::vector<int> pending;
    pending.swap(s.unassigned);
    orderRequests(p, pending, rng);
    Blinker blinker(&rng, options.blinkRate);
    const InsertionContext ctx{p, params, &blinker};
    int used = s.usedRoutes();
    Candidates candidates(int(s.routes.size()));
    for (int req : pending) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            s.unassigned.push_back(req);
            continue;
        }
        const bool canOpen = options.maxRoutes < 0 || used < options.maxRoutes;
        const Insertion ins = bestPlace(ctx, s, classes, req, canOpen, options, candidates);
        if (!ins.found() || ins.delta >= options.unassignedPrice) {
            s.unassigned.push_back(req);
            continue;
        }
        if (s.routes[ins.route].empty()) ++used;
        applyInsertion(p, s.routes[ins.route], req, ins);
        s.refresh(ins.route);
    }
}

}  // namespace chongal::solver::search
