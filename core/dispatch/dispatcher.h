#pragma once
// Who decides the routes: the embedded solver, or a simple greedy baseline that makes the
// solver's value measurable. Both turn the live state into a Plan.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

#include "core/dispatch/snapshot.h"
#include "core/solver/solve.h"

namespace chongal::dispatch {

struct PlanRequest {
    const DispatchState* state = nullptr;
    const Plan* previous = nullptr;  // the plan being executed (warm start, committed legs)
    Time now = 0;
    double seconds = 1.0;            // planning budget
    long iterations = -1;            // >= 0: an iteration budget instead (deterministic plans)
    std::uint64_t seed = 1;
    int threads = 1;                 // searches side by side (different seeds), best kept
    long revision = 1;
    const std::atomic<bool>* cancel = nullptr;
};

class Dispatcher {
public:
    virtual ~Dispatcher() = default;
    virtual Plan plan(const PlanRequest& request) = 0;
};

class SolverDispatcher final : public Dispatcher {
public:
    explicit SolverDispatcher(const travel::TravelModel& travel) : travel_(travel) {}
    Plan plan(const PlanRequest& request) override;

private:
    const travel::TravelModel& travel_;
};

// Batches of the open orders nearest to one hub (up to a courier's capacity, shared evenly
// among the free couriers nearest to that hub), visited nearest-first; a courier keeps its
// batch until it is done, then takes the next.
class GreedyDispatcher final : public Dispatcher {
public:
    explicit GreedyDispatcher(const travel::TravelModel& travel) : travel_(travel) {}
    Plan plan(const PlanRequest& request) override;

private:
    const travel::TravelModel& travel_;
};

// The solver's part of a plan: solves `snap` (built for `rq`) with the request's budget, seed,
// threads and cancel flag, warm-started from rq.previous; `improved` (optional) is called with
// each better interim solution. SolverDispatcher and the console's solver worker both plan so.
solver::SolveResult solvePlanRequest(
    const Snapshot& snap, const PlanRequest& rq,
    std::function<void(const solver::Solution&)> improved = nullptr);

std::unique_ptr<Dispatcher> makeDispatcher(const std::string& name,
                                           const travel::TravelModel& travel);

}  // namespace chongal::dispatch
