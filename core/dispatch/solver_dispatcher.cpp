#include "core/dispatch/dispatcher.h"

#include <algorithm>

namespace chongal::dispatch {

solver::SolveResult solvePlanRequest(const Snapshot& snap, const PlanRequest& rq,
                                     std::function<void(const solver::Solution&)> improved) {
    solver::SolveOptions options;
    options.timeLimitSeconds = rq.iterations >= 0 ? 1e9 : rq.seconds;
    options.maxIterations = rq.iterations;
    options.seed = rq.seed;
    options.threads = std::max(1, rq.threads);
    options.cancel = rq.cancel;
    solver::Solution warm;
    if (rq.previous) {
        warm = warmStartFrom(snap, *rq.state, *rq.previous);
        options.warmStart = &warm;
    }
    if (improved)
        options.onImprovement = [&](const solver::Solution& s, const solver::Summary&) {
            improved(s);
        };
    return solver::solve(snap.problem, options);
}

Plan SolverDispatcher::plan(const PlanRequest& rq) {
    const Snapshot snap = buildSnapshot(*rq.state, travel_, rq.now, rq.previous);
    const solver::SolveResult result = solvePlanRequest(snap, rq);
    return toPlan(snap, *rq.state, result.solution, rq.revision);
}

std::unique_ptr<Dispatcher> makeDispatcher(const std::string& name,
                                           const travel::TravelModel& travel) {
    if (name == "solver") return std::make_unique<SolverDispatcher>(travel);
    if (name == "greedy") return std::make_unique<GreedyDispatcher>(travel);
    return nullptr;
}

}  // namespace chongal::dispatch
