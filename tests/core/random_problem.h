#pragma once
// Small random routing problems for solver tests: Euclidean locations on a 100 x 100 square,
// a mix of delivery-only and pickup-delivery requests, time windows, capacities. A positive
// `asymmetry` makes every trip towards a higher location index that much longer (one-way streets).
#include <cmath>
#include <random>

#include "core/solver/problem.h"

namespace chongal::testing {

inline solver::Problem randomProblem(std::uint64_t seed, int requests, int vehicles,
                                     solver::Objective objective, double pairShare = 0.5,
                                     double asymmetry = 0.0) {
    using namespace solver;
    std::mt19937_64 rng(seed);
    auto uni = [&](int lo, int hi) { return lo + int(rng() % std::uint64_t(hi - lo + 1)); };
    Problem p;
    p.objective = objective;
    std::vector<Point> pts{{50, 50}};  // location 0: depot
    auto addLocation = [&]() {
        pts.push_back({double(uni(0, 100)), double(uni(0, 100))});
        return int(pts.size()) - 1;
    };
    for (int r = 0; r < requests; ++r) {
        Request rq;
        const Load size = uni(1, 4);
        const Time open = uni(0, 150) * 10;
        const Time width = uni(20, 120) * 10;
        if (uni(0, 99) < pairShare * 100) {
            // Dispatch pickups have a ready time but no hard close (the search prices all
            // windows softly in dispatch mode); benchmark pickups close.
            const Time close = objective == Objective::Dispatch ? kNoLimit : open + width;
            Stop pick{addLocation(), StopKind::Pickup, r, 50, open / 2, close, kNoLimit, size, 0};
            rq.pickup = int(p.stops.size());
            p.stops.push_back(pick);
        }
        Stop drop{addLocation(), StopKind::Delivery, r, 50, open, open + width + 600, kNoLimit,
                  Load(-size), 0};
        if (objective == Objective::Dispatch) {  // soft promise instead of a hard close
            drop.due = drop.close;
            drop.close = kNoLimit;
        }
        rq.delivery = int(p.stops.size());
        p.stops.push_back(drop);
        p.requests.push_back(rq);
    }
    for (int v = 0; v < vehicles; ++v) {
        Vehicle veh;
        veh.id = "V";
        veh.id += std::to_string(v);  // not "V" + ...: g++ 12 warns falsely there (-Wrestrict)
        veh.startLocation = 0;
        veh.endLocation = v % 2 == 0 ? 0 : -1;  // closed and open routes
        veh.shiftStart = 0;
        // Dispatch search prices a shift overrun like lateness (see SearchParams); give it room.
        veh.shiftEnd = objective == Objective::Dispatch ? 20000 : 4000;
        veh.capacity = 10;
        p.vehicles.push_back(veh);
    }
    p.matrix = travel::Matrix(int(pts.size()));
    for (int a = 0; a < int(pts.size()); ++a)
        for (int b = 0; b < int(pts.size()); ++b) {
            const double d = std::hypot(pts[a].x - pts[b].x, pts[a].y - pts[b].y) * 10 *
                             (a < b ? 1.0 + asymmetry : 1.0);
            p.matrix.set(a, b, Time(std::ceil(d)), Dist(std::llround(d)));
        }
    p.coords = pts;
    return p;
}

}  // namespace chongal::testing
