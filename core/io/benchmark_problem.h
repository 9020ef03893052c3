#pragma once
// Benchmark instance -> solver problem, and solver routes -> the file's node ids.
//
// Conventions the solver relies on (integer units, see core/model/units.h):
//  - scale = kBenchmarkScale matrix units per instance unit; one location per node (location i =
//    node i, location 0 = the depot), coords = (x, y);
//  - dist(i,j) = llround(euclid * scale); time(i,j) = ceil(euclid * scale - 1e-6): rounding travel
//    times up keeps every schedule that is feasible in integers feasible in exact arithmetic;
//  - windows and service times are multiplied by scale;
//  - Solomon: one request per customer, pickup = -1, one Delivery stop with load = -demand;
//    Li & Lim: one request per pair, a Pickup stop (+demand) then a Delivery stop (-demand);
//  - Stop::external = the node id in the file;
//  - `vehicleCount` identical vehicles from and to the depot, shift = the depot's window.
#include <vector>

#include "core/io/benchmark_instance.h"
#include "core/solver/problem.h"
#include "core/solver/solution.h"

namespace chongal::io {

inline constexpr double kBenchmarkScale = 10'000.0;

// `instance` must come from the reader (ids 0..N-1 in order, pairs validated).
solver::Problem toProblem(const BenchmarkInstance& instance, solver::Objective objective);

// The non-empty routes of `solution`, each as the file's node ids in visiting order (depot
// omitted), in vehicle order.
std::vector<std::vector<int>> toExternalRoutes(const solver::Problem& problem,
                                               const solver::Solution& solution);

}  // namespace chongal::io
