#include "core/dispatch/dispatcher.h"
#include "core/solver/solve.h"

namespace chongal::dispatch {

Plan SolverDispatcher::plan(const PlanRequest& rq) {
    const Snapshot snap = buildSnapshot(*rq.state, travel_, rq.now, rq.previous);
    solver::SolveOptions options;
    options.timeLimitSeconds = rq.iterations >= 0 ? 1e9 : rq.seconds;
    options.maxIterations = rq.iterations;
    options.seed = rq.seed;
    options.threads = rq.threads;
    options.cancel = rq.cancel;
    solver::Solution warm;
    if (rq.previous) {
        warm = warmStartFrom(snap, *rq.state, *rq.previous);
        options.warmStart = &warm;
    }
    const solver::SolveResult result = solver::solve(snap.problem, options);
    return toPlan(snap, *rq.state, result.solution, rq.revision);
}

std::unique_ptr<Dispatcher> makeDispatcher(const std::string& name,
                                           const travel::TravelModel& travel) {
    if (name == "solver") return std::make_unique<SolverDispatcher>(travel);
    if (name == "greedy") return std::make_unique<GreedyDispatcher>(travel);
    return nullptr;
}

}  // namespace chongal::dispatch
