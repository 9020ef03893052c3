#include "app/session/solver_worker.h"

#include <QElapsedTimer>
#include <algorithm>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "core/dispatch/dispatcher.h"

namespace chongal::app {

SolverWorker::SolverWorker(std::shared_ptr<const travel::TravelModel> travel, int streamIntervalMs)
    : travel_(std::move(travel)), streamIntervalMs_(streamIntervalMs) {}

namespace {

// The search may use a whole core for seconds; the GUI thread must win whenever they compete
// for one. QThread priorities do not apply to Linux's normal scheduling class, a thread's nice
// value does.
void yieldToTheGui() {
#ifdef __linux__
    static thread_local bool done = false;
    if (done) return;
    done = true;
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 4);  // about 30 % of a shared core
#endif
}

}  // namespace

// The steps of SolverDispatcher::plan, plus streaming of improvements and the basis for
// what-if previews (which the Dispatcher interface has no room for).
void SolverWorker::run(const PlanJob& job) {
    yieldToTheGui();
    QElapsedTimer clock;
    clock.start();
    auto snapshot = std::make_shared<const dispatch::Snapshot>(
        dispatch::buildSnapshot(*job.state, *travel_, job.now, job.previous.get()));
    dispatch::PlanRequest rq;
    rq.state = job.state.get();
    rq.previous = job.previous.get();
    rq.now = job.now;
    rq.seconds = job.seconds;
    rq.seed = job.seed;
    rq.threads = std::max(1, job.threads);
    rq.cancel = job.cancel.get();
    // Called on the search threads too (one at a time: solve() serialises improvements); the
    // queued connection carries the result to the session's thread.
    auto emitResult = [&](const solver::Solution& s, bool final) {
        auto r = std::make_shared<PlanResult>();
        r->generation = job.generation;
        r->final = final;
        r->cancelled = job.cancel && job.cancel->load();
        r->plan = dispatch::toPlan(*snapshot, *job.state, s, 0);  // the session numbers it
        r->basis = {job.state, snapshot, s};
        r->seconds = double(clock.nsecsElapsed()) / 1e9;
        r->threads = rq.threads;
        emit planned(std::move(r));
    };
    qint64 lastStream = -streamIntervalMs_;
    const solver::SolveResult result =
        dispatch::solvePlanRequest(*snapshot, rq, [&](const solver::Solution& s) {
            if (clock.elapsed() - lastStream < streamIntervalMs_) return;
            lastStream = clock.elapsed();
            emitResult(s, false);
        });
    emitResult(result.solution, true);
}

}  // namespace chongal::app
