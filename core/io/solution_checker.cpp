#include "core/io/solution_checker.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace chongal::io {

const char* violationCode(ViolationKind kind) {
    switch (kind) {
        case ViolationKind::UnknownNode:
            return "unknown_node";
        case ViolationKind::VisitedTwice:
            return "visited_twice";
        case ViolationKind::NotVisited:
            return "not_visited";
        case ViolationKind::TooManyVehicles:
            return "too_many_vehicles";
        case ViolationKind::LateStart:
            return "late_start";
        case ViolationKind::LateReturn:
            return "late_return";
        case ViolationKind::OverCapacity:
            return "over_capacity";
        case ViolationKind::DeliveryBeforePickup:
            return "delivery_before_pickup";
        case ViolationKind::PairSplit:
            return "pair_split";
    }
    return "unknown";
}

namespace {

std::string fixed(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

class Checker {
public:
    explicit Checker(const BenchmarkInstance& instance)
        : inst_(instance), n_(int(instance.nodes.size())), visits_(n_, 0), position_(n_, -1) {}

    CheckResult run(const std::vector<std::vector<int>>& routes) {
        for (int r = 0; r < int(routes.size()); ++r)
            if (!routes[r].empty()) checkRoute(r, routes[r]);
        for (int id = 1; id < n_; ++id)
            if (visits_[id] == 0)
                add(ViolationKind::NotVisited, -1, id,
                    "node " + std::to_string(id) + " is not served by any route");
        if (result_.vehiclesUsed > inst_.vehicleCount)
            add(ViolationKind::TooManyVehicles, -1, -1,
                std::to_string(result_.vehiclesUsed) + " routes, but the fleet has " +
                    std::to_string(inst_.vehicleCount) + " vehicles");
        result_.feasible = result_.violations.empty();
        return std::move(result_);
    }

private:
    double euclid(int a, int b) const {
        return std::hypot(inst_.nodes[a].x - inst_.nodes[b].x, inst_.nodes[a].y - inst_.nodes[b].y);
    }

    void add(ViolationKind kind, int route, int node, std::string message) {
        result_.violations.push_back({kind, route, node, std::move(message)});
    }

    // Messages number routes from 1, as SINTEF route files do.
    static std::string where(int route, int node) {
        return "route " + std::to_string(route + 1) + ", node " + std::to_string(node);
    }

    void checkRoute(int r, const std::vector<int>& route) {
        ++result_.vehiclesUsed;
        std::vector<int> valid;  // known customer ids in route order
        for (int id : route) {
            if (id <= 0 || id >= n_) {
                add(ViolationKind::UnknownNode, r, id,
                    where(r, id) + ": not a customer of " + inst_.name);
                continue;
            }
            if (++visits_[id] > 1)
                add(ViolationKind::VisitedTwice, r, id, where(r, id) + ": served more than once");
            if (position_[id] < 0) position_[id] = int(valid.size());
            valid.push_back(id);
        }
        scheduleAndLoad(r, valid);
        if (inst_.kind == BenchmarkKind::LiLim) checkPairs(r, valid);
        for (int id : valid) position_[id] = -1;
    }

    void scheduleAndLoad(int r, const std::vector<int>& ids) {
        const BenchmarkNode& depot = inst_.nodes[0];
        // Solomon vehicles leave loaded with everything they deliver; Li & Lim leave empty.
        long load = 0;
        if (inst_.kind == BenchmarkKind::Solomon) {
            for (int id : ids) load += inst_.nodes[id].demand;
            if (load > inst_.capacity)
                add(ViolationKind::OverCapacity, r, 0,
                    where(r, 0) + ": leaves the depot with load " + std::to_string(load) +
                        " > capacity " + std::to_string(inst_.capacity));
        }
        bool overReported = false;
        double t = depot.ready;
        int previous = 0;
        for (int id : ids) {
            const BenchmarkNode& a = inst_.nodes[id];
            const double leg = euclid(previous, id);
            result_.distance += leg;
            const double start = std::max(t + leg, a.ready);
            if (start > a.due + kCheckTimeTolerance)
                add(ViolationKind::LateStart, r, id,
                    where(r, id) + ": service starts at " + fixed(start) + ", after due " +
                        fixed(a.due));
            t = start + a.service;
            if (inst_.kind == BenchmarkKind::LiLim) {
                load += a.demand;
                if (load > inst_.capacity && !overReported) {
                    overReported = true;  // once per route: later stops usually follow suit
                    add(ViolationKind::OverCapacity, r, id,
                        where(r, id) + ": load " + std::to_string(load) + " > capacity " +
                            std::to_string(inst_.capacity));
                }
            }
            previous = id;
        }
        const double back = euclid(previous, 0);
        result_.distance += back;
        if (t + back > depot.due + kCheckTimeTolerance)
            add(ViolationKind::LateReturn, r, 0,
                where(r, 0) + ": back at the depot at " + fixed(t + back) + ", after due " +
                    fixed(depot.due));
    }

    // position_ holds each id's first index on this route.
    void checkPairs(int r, const std::vector<int>& ids) {
        for (int k = 0; k < int(ids.size()); ++k) {
            const BenchmarkNode& a = inst_.nodes[ids[k]];
            const int sibling = a.isPickup() ? a.deliverySibling : a.pickupSibling;
            if (position_[sibling] < 0)
                add(ViolationKind::PairSplit, r, a.id,
                    where(r, a.id) + ": its " + (a.isPickup() ? "delivery " : "pickup ") +
                        std::to_string(sibling) + " is not on this route");
            else if (a.isDelivery() && position_[sibling] > k)
                add(ViolationKind::DeliveryBeforePickup, r, a.id,
                    where(r, a.id) + ": delivered before its pickup " + std::to_string(sibling));
        }
    }

    const BenchmarkInstance& inst_;
    const int n_;
    std::vector<int> visits_;
    std::vector<int> position_;  // index on the route being checked, -1 elsewhere
    CheckResult result_;
};

}  // namespace

CheckResult checkSolution(const BenchmarkInstance& instance,
                          const std::vector<std::vector<int>>& routes) {
    return Checker(instance).run(routes);
}

}  // namespace chongal::io
