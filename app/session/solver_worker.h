#pragma once
// The solver off the GUI thread. A SolverWorker lives in its own QThread and receives PlanJobs
// (immutable copies of the dispatch state and of the plan being followed) through queued calls;
// it streams PlanResults back through a queued signal: improvements while the search runs (at
// most one per stream interval) and then the final plan. Each job carries its own cancel flag; a
// cancelled search still returns its best plan so far. A job may ask for several searches side
// by side: the solver starts threads of its own for them, which inherit the worker's priority.
#include <QMetaType>
#include <QObject>
#include <atomic>
#include <memory>

#include "core/dispatch/dispatch_state.h"
#include "core/dispatch/plan.h"
#include "core/dispatch/snapshot.h"
#include "core/travel/travel_model.h"

namespace chongal::app {

struct PlanJob {
    long generation = 0;  // increases with every job the session posts
    std::shared_ptr<const dispatch::DispatchState> state;
    std::shared_ptr<const dispatch::Plan> previous;  // null: cold start (no committed legs)
    Time now = 0;
    double seconds = 0.4;  // search budget (wall seconds, after the snapshot is built)
    std::uint64_t seed = 1;
    int threads = 1;  // searches side by side (solver::SolveOptions::threads), the best kept
    std::shared_ptr<std::atomic<bool>> cancel;
};

// What a plan was computed from: drag previews price what-if moves on this basis (the
// snapshot's problem, and the plan as a solution in that snapshot's indices).
struct PlanBasis {
    std::shared_ptr<const dispatch::DispatchState> state;
    std::shared_ptr<const dispatch::Snapshot> snapshot;
    solver::Solution solution;
    bool valid() const { return state && snapshot; }
};

struct PlanResult {
    long generation = 0;
    bool final = false;      // the search is over (else a streamed improvement)
    bool cancelled = false;  // the job's cancel flag was set before the search ended
    dispatch::Plan plan;
    PlanBasis basis;
    double seconds = 0.0;  // wall seconds since the job started (snapshot included)
    int threads = 1;       // searches the solver ran side by side for this job
};
using PlanResultPtr = std::shared_ptr<const PlanResult>;

class SolverWorker : public QObject {
    Q_OBJECT
public:
    // `travel` must be thread-safe for reads (every TravelModel is: const methods only).
    explicit SolverWorker(std::shared_ptr<const travel::TravelModel> travel,
                          int streamIntervalMs = 250);

    // Runs on the worker's thread (post it with QMetaObject::invokeMethod).
    void run(const PlanJob& job);

signals:
    void planned(chongal::app::PlanResultPtr result);

private:
    std::shared_ptr<const travel::TravelModel> travel_;
    int streamIntervalMs_;
};

}  // namespace chongal::app

Q_DECLARE_METATYPE(chongal::app::PlanResultPtr)
