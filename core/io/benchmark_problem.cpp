#include "core/io/benchmark_problem.h"

#include <cmath>
#include <string>

namespace chongal::io {

namespace {

Time scaled(double value) {
    return Time(std::llround(value * kBenchmarkScale));
}

solver::Stop stopFor(const BenchmarkNode& node, solver::StopKind kind, int request, Load load) {
    solver::Stop s;
    s.location = node.id;
    s.kind = kind;
    s.request = request;
    s.service = scaled(node.service);
    s.open = scaled(node.ready);
    s.close = scaled(node.due);
    s.load = load;
    s.external = node.id;
    return s;
}

// `demand` is what the request carries (>= 0): loaded at the pickup, unloaded at the delivery.
void addRequest(solver::Problem& p, const BenchmarkNode* pickup, const BenchmarkNode& delivery,
                int demand) {
    const int request = int(p.requests.size());
    solver::Request r;
    if (pickup) {
        r.pickup = int(p.stops.size());
        p.stops.push_back(stopFor(*pickup, solver::StopKind::Pickup, request, Load(demand)));
    }
    r.delivery = int(p.stops.size());
    p.stops.push_back(stopFor(delivery, solver::StopKind::Delivery, request, Load(-demand)));
    p.requests.push_back(r);
}

}  // namespace

solver::Problem toProblem(const BenchmarkInstance& instance, solver::Objective objective) {
    solver::Problem p;
    p.name = instance.name;
    p.scale = kBenchmarkScale;
    p.objective = objective;

    const int n = int(instance.nodes.size());
    p.matrix = travel::Matrix(n);
    p.coords.reserve(n);
    for (const BenchmarkNode& a : instance.nodes) p.coords.push_back({a.x, a.y});
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const double e = std::hypot(instance.nodes[i].x - instance.nodes[j].x,
                                        instance.nodes[i].y - instance.nodes[j].y) *
                             kBenchmarkScale;
            p.matrix.set(i, j, Time(std::ceil(e - 1e-6)), Dist(std::llround(e)));
        }
    }

    for (const BenchmarkNode& a : instance.nodes) {
        if (a.id == 0) continue;
        if (instance.kind == BenchmarkKind::Solomon)
            addRequest(p, nullptr, a, a.demand);
        else if (a.isPickup())  // the reader checked: delivery demand = -pickup demand
            addRequest(p, &a, instance.nodes[a.deliverySibling], a.demand);
    }

    const BenchmarkNode& depot = instance.nodes.front();
    for (int k = 0; k < instance.vehicleCount; ++k) {
        solver::Vehicle v;
        v.id = std::to_string(k + 1);
        v.startLocation = 0;
        v.endLocation = 0;
        v.shiftStart = scaled(depot.ready);
        v.shiftEnd = scaled(depot.due);
        v.capacity = Load(instance.capacity);
        p.vehicles.push_back(std::move(v));
    }
    return p;
}

std::vector<std::vector<int>> toExternalRoutes(const solver::Problem& problem,
                                               const solver::Solution& solution) {
    std::vector<std::vector<int>> routes;
    for (const auto& route : solution.routes) {
        if (route.empty()) continue;
        std::vector<int> ids;
        ids.reserve(route.size());
        for (int stop : route) ids.push_back(problem.stops[stop].external);
        routes.push_back(std::move(ids));
    }
    return routes;
}

}  // namespace chongal::io
