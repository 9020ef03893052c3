#include "core/solver/search/insertion.h"

#include <algorithm>

namespace chongal::solver::search {

namespace {

// The cost delta of an insertion before its time windows are looked at. Adding a visit never
// reduces time warp, so this is a lower bound: candidates at or above the best are skipped
// without merging segments.
Cost boundDelta(const InsertionContext& ctx, const SearchRoute& r, Dist addDist, Time addTravel) {
    return SearchRoute::costOf(ctx.params, true, r.distance() + addDist,
                               r.travelTime() + addTravel, r.timeWarp()) -
           r.cost;
}

// The exact delta once the merged schedule is known (kNoInsertion if it breaks a hard window).
Cost priced(const InsertionContext& ctx, const SearchRoute& r, Dist addDist, Time addTravel,
            const TwSegment& whole) {
    if (ctx.params.hardWindows && whole.timeWarp > 0) return kNoInsertion;
    return SearchRoute::costOf(ctx.params, true, r.distance() + addDist,
                               r.travelTime() + addTravel, whole.timeWarp) -
           r.cost;
}

// Blinks are drawn only for positions that would become the best: skipping any other changes
// nothing, and a blink then always hides a feasible position, so a route where none blinked
// and none was found is a true failure (see FailureMemo).
bool skip(const InsertionContext& ctx) { return ctx.blinker && ctx.blinker->blink(); }

// True when a feasible route prefix cannot finish its last visit by `time`: neither can any
// longer prefix, so no later position can start a visit that must begin by then.
bool finishesAfter(const TwSegment& prefix, Time time) {
    return prefix.timeWarp == 0 && prefix.earliest + prefix.duration > time;
}

// A single stop before node j, j in [first, n+1]. `carried` is the load it adds to nodes 0..j-1:
// the size of a delivery-only request (goods loaded at the start), or 0 for the delivery of a
// pickup already fixed on the route (that load is already counted).
void bestSingle(const InsertionContext& ctx, const SearchRoute& r, int routeIndex, int stop,
                int first, Load carried, Insertion& best) {
    const Problem& p = ctx.problem;
    const Stop& s = p.stops[stop];
    const TwSegment seg = stopSegment(s);
    const Load cap = p.vehicles[r.vehicle].capacity;
    const int n = r.size();
    Load maxLoad = 0;
    for (int k = 0; k < first - 1; ++k) maxLoad = std::max(maxLoad, r.load[k]);
    for (int j = first; j <= n + 1; ++j) {
        maxLoad = std::max(maxLoad, r.load[j - 1]);
        if (carried > 0 && maxLoad + carried > cap) break;  // loads only accumulate
        if (ctx.params.hardWindows && finishesAfter(r.fwd[j - 1], seg.latest)) break;
        const int a = r.loc[j - 1], b = r.loc[j];
        const Time t1 = legTimeInto(p, a, s.location), t2 = legTime(p, s.location, b);
        const Dist addDist = legDistInto(p, a, s.location) + legDist(p, s.location, b) - r.edgeDist(j);
        const Time addTravel = t1 + t2 - r.edgeTime(j);
        if (boundDelta(ctx, r, addDist, addTravel) >= best.delta) continue;
        const TwSegment whole =
            TwSegment::merge(TwSegment::merge(r.fwd[j - 1], seg, t1), r.bwd[j], t2);
        const Cost d = priced(ctx, r, addDist, addTravel, whole);
        if (d < best.delta && !skip(ctx)) best = {d, routeIndex, -1, j};
    }
}

// The linear part of any insertion's bound: what the added distance and travel time cost.
Cost detourCost(const InsertionContext& ctx, Dist addDist, Time addTravel) {
    return ctx.params.perDistance * addDist + ctx.params.perTravelTime * addTravel;
}

// a + b where b may be kNoInsertion (a closed position), which stays closed.
Cost plusBound(Cost a, Cost b) { return b == kNoInsertion ? kNoInsertion : a + b; }

// A stop's detour at every position of a route ("before node j", j in [first, n+1]): with a
// pickup placed earlier, a delivery before j adds exactly this, so the pair's bound splits into
// pickup detour + delivery detour. `suffixMin[j]` is the cheapest detour at j or later. With
// hard windows a position where the stop alone breaks a window is closed to the pair too (one
// more visit never removes time warp): its cost is then kNoInsertion.
struct Detours {
    std::vector<Dist> dist;
    std::vector<Time> travel;
    std::vector<Cost> cost, suffixMin;

    void compute(const InsertionContext& ctx, const SearchRoute& r, const Stop& stop, int first) {
        const Problem& p = ctx.problem;
        const int location = stop.location;
        const TwSegment alone = stopSegment(stop);
        const int n = r.size();
        dist.resize(n + 2);
        travel.resize(n + 2);
        cost.resize(n + 2);
        suffixMin.resize(n + 3);
        suffixMin[n + 2] = kNoInsertion;
        for (int j = n + 1; j >= first; --j) {
            const int a = r.loc[j - 1], b = r.loc[j];
            dist[j] = legDistInto(p, a, location) + legDist(p, location, b) - r.edgeDist(j);
            travel[j] = legTimeInto(p, a, location) + legTime(p, location, b) - r.edgeTime(j);
            cost[j] = detourCost(ctx, dist[j], travel[j]);
            if (ctx.params.hardWindows &&
                TwSegment::merge(TwSegment::merge(r.fwd[j - 1], alone, legTimeInto(p, a, location)),
                                 r.bwd[j], legTime(p, location, b))
                        .timeWarp > 0)
                cost[j] = kNoInsertion;
            suffixMin[j] = std::min(suffixMin[j + 1], cost[j]);
        }
    }
};

// A pickup before node i and its delivery before node j (i <= j): the load is carried over nodes
// i-1..j-1. The partial segment fwd[i-1]+P+nodes i..j-1 is grown as j advances. Positions are
// pruned by lower bounds (detours without time warp) before any segment is merged.
void bestPair(const InsertionContext& ctx, const SearchRoute& r, int routeIndex, int request,
              Insertion& best) {
    const Problem& p = ctx.problem;
    const Request& req = p.requests[request];
    const Stop& ps = p.stops[req.pickup];
    const Stop& ds = p.stops[req.delivery];
    const TwSegment pSeg = stopSegment(ps), dSeg = stopSegment(ds);
    const Load size = ps.load;
    const Load cap = p.vehicles[r.vehicle].capacity;
    const int n = r.size();
    const Cost open = boundDelta(ctx, r, 0, 0);  // opening an empty route costs its vehicle
    thread_local Detours delivery;
    bool deliveryKnown = false;
    for (int i = r.fixedCount + 1; i <= n + 1; ++i) {
        if (r.load[i - 1] + size > cap) continue;
        const int a = r.loc[i - 1];
        const Time tToP = legTimeInto(p, a, ps.location);
        const Dist pDist = legDistInto(p, a, ps.location);
        // Pickup and delivery together, before node i.
        const Dist sameDist = pDist + legDist(p, ps.location, ds.location) +
                              legDist(p, ds.location, r.loc[i]) - r.edgeDist(i);
        const Time sameTravel = tToP + legTime(p, ps.location, ds.location) +
                                legTime(p, ds.location, r.loc[i]) - r.edgeTime(i);
        const bool sameWorth = open + detourCost(ctx, sameDist, sameTravel) < best.delta;
        // The pickup alone before node i; a later delivery adds its own detour.
        Dist pAdd = 0;
        Time pTravel = 0;
        bool laterWorth = i <= n;
        if (laterWorth) {
            const int b = r.loc[i];
            pAdd = pDist + legDist(p, ps.location, b) - r.edgeDist(i);
            pTravel = tToP + legTime(p, ps.location, b) - r.edgeTime(i);
            if (open + detourCost(ctx, pAdd, pTravel) >= best.delta) {
                laterWorth = false;
            } else {
                if (!deliveryKnown) delivery.compute(ctx, r, ds, r.fixedCount + 2);
                deliveryKnown = true;
                laterWorth = plusBound(open + detourCost(ctx, pAdd, pTravel), delivery.suffixMin[i + 1]) <
                             best.delta;
            }
        }
        if (!sameWorth && !laterWorth) continue;
        TwSegment partial = TwSegment::merge(r.fwd[i - 1], pSeg, tToP);
        if (ctx.params.hardWindows && partial.timeWarp > 0) continue;
        // With hard windows: if the pickup alone before node i breaks a window, so does any pair.
        if (ctx.params.hardWindows &&
            TwSegment::merge(partial, r.bwd[i], legTime(p, ps.location, r.loc[i])).timeWarp > 0)
            continue;
        if (sameWorth) {
            const Time tToD = legTime(p, ps.location, ds.location);
            const Time tFromD = legTime(p, ds.location, r.loc[i]);
            const TwSegment whole =
                TwSegment::merge(TwSegment::merge(partial, dSeg, tToD), r.bwd[i], tFromD);
            const Cost d = priced(ctx, r, sameDist, sameTravel, whole);
            if (d < best.delta && !skip(ctx)) best = {d, routeIndex, i, i};
        }
        if (!laterWorth) continue;
        const Cost pCost = open + detourCost(ctx, pAdd, pTravel);
        Load maxLoad = r.load[i - 1];
        for (int j = i + 1; j <= n + 1; ++j) {
            if (plusBound(pCost, delivery.suffixMin[j]) >= best.delta) break;  // no later j can win
            maxLoad = std::max(maxLoad, r.load[j - 1]);
            if (maxLoad + size > cap) break;
            // Node j-1 follows the pickup (j == i+1) or its route predecessor (a known leg).
            const Time toNode =
                j == i + 1 ? legTime(p, ps.location, r.loc[j - 1]) : r.edgeTime(j - 1);
            partial = TwSegment::merge(partial, r.seg[j - 1], toNode);
            if (ctx.params.hardWindows && partial.timeWarp > 0) break;
            if (plusBound(pCost, delivery.cost[j]) >= best.delta) continue;
            const Time tToD = legTimeInto(p, r.loc[j - 1], ds.location);
            const Time tFromD = legTime(p, ds.location, r.loc[j]);
            const TwSegment whole =
                TwSegment::merge(TwSegment::merge(partial, dSeg, tToD), r.bwd[j], tFromD);
            const Cost d = priced(ctx, r, pAdd + delivery.dist[j], pTravel + delivery.travel[j],
                                  whole);
            if (d < best.delta && !skip(ctx)) best = {d, routeIndex, i, j};
        }
    }
}

}  // namespace

void bestInsertion(const InsertionContext& ctx, const SearchRoute& route, int routeIndex,
                   int request, Insertion& best) {
    const Request& req = ctx.problem.requests[request];
    if (req.lockedVehicle >= 0 && req.lockedVehicle != route.vehicle) return;
    if (req.pickup < 0) {
        bestSingle(ctx, route, routeIndex, req.delivery, route.fixedCount + 1,
                   -ctx.problem.stops[req.delivery].load, best);
        return;
    }
    const auto fixedEnd = route.stops.begin() + route.fixedCount;
    const auto fixedPickup = std::find(route.stops.begin(), fixedEnd, req.pickup);
    if (fixedPickup != fixedEnd) {  // committed pickup: only its delivery is placed, after it
        bestSingle(ctx, route, routeIndex, req.delivery, route.fixedCount + 1, 0, best);
        return;
    }
    bestPair(ctx, route, routeIndex, request, best);
}

void applyInsertion(const Problem& p, SearchRoute& route, int request, const Insertion& ins) {
    const Request& req = p.requests[request];
    route.stops.insert(route.stops.begin() + (ins.deliveryBefore - 1), req.delivery);
    if (ins.pickupBefore >= 1)
        route.stops.insert(route.stops.begin() + (ins.pickupBefore - 1), req.pickup);
}

}  // namespace chongal::solver::search
