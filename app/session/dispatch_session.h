#pragma once
// One shift in the console: owns the dispatch loop (ShiftRunner) and drives it from a simulated
// clock (QTimer; speed-up factor, pause, step), runs the solver in a worker thread on immutable
// copies of the state (SolverWorker) and adopts the plans it streams back, appends every accepted
// event, adopted plan and operator action to the shift store from a writer thread (StoreWriter),
// and derives the digest the models and views display.
//
// Threads: everything here runs on the GUI thread except the search and the SQLite writes.
// Planning policy: the first plan (long budget) is made before the clock may run; afterwards a
// re-plan (short budget, warm-started from the plan being followed) is posted when the runner
// says one is due, when something happened since the last snapshot and `replanEvery`
// simulated seconds have passed, and otherwise every `improveEvery` simulated seconds while
// orders are open (the solver keeps looking for a better plan while the clock runs); an
// operator edit re-plans at once, cancelling the search in flight (whose late results are
// dropped). Plans that arrive for an older state are still
// followed (the next snapshot freezes whatever happened meanwhile) unless they give away an order
// a courier has meanwhile set off to or picked up: those are refused and re-planned at once, and
// so are operator what-ifs (adoptInterimPlan) priced on a plan that is outdated that way.
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <memory>
#include <optional>

#include "app/session/dispatch_digest.h"
#include "app/session/solver_worker.h"
#include "core/dispatch/shift_runner.h"
#include "core/spatial/zones.h"

namespace chongal::app {

class StoreWriter;

struct SessionOptions {
    double speed = 20.0;            // simulated seconds per wall second
    int tickMs = 100;               // wall milliseconds between clock ticks
    Time step = 2;                  // simulated seconds per ShiftRunner step
    Time manualStep = 30;           // simulated seconds of one "step" while paused
    int maxStepsPerTick = 120;      // a slow tick drops simulated time rather than piling up
    double firstPlanSeconds = 7.0;  // budget of the shift's first plan
    double replanSeconds = 0.4;     // budget of each later re-plan
    Time replanEvery = 60;          // simulated seconds between re-plans after a change
    Time improveEvery = 15;         // ...and between searches for a better plan while orders
                                    // are open (0: only when something changed)
    int streamIntervalMs = 250;     // at most one streamed improvement per interval
    int solverThreads = 1;          // searches side by side in each job (see setSolverThreads)
    std::uint64_t seed = 1;
    bool startRunning = true;  // run the clock once the first plan is in
    QString storePath;         // shift store file; empty: nothing is stored
    QString operatorName = QStringLiteral("operator");
    DigestRules rules;
};

// How the shift is named in the store.
struct ShiftLabel {
    QString name;
    QString scenario;  // "midnight-express", "on-demand", "import"
    std::optional<qint64> seed;
    QString metadata;  // JSON
};

class DispatchSession : public QObject {
    Q_OBJECT
public:
    explicit DispatchSession(SessionOptions options = {}, QObject* parent = nullptr);
    ~DispatchSession() override;

    // Zones for the orders' district column (Seoul dongs); optional.
    void setDistricts(std::shared_ptr<const spatial::ZoneSet> dongs);

    // Replaces the current shift (which is closed in the store, unfinished) with a new one and
    // asks for its first plan; the clock waits for it.
    void start(sim::Scenario scenario, const ShiftLabel& label);
    // Continues the store's unfinished shift `shiftId` instead (see shift_resume.h): the state is
    // rebuilt from `history` (ShiftRunner::restore), the clock stands at the latest time in it,
    // and new events, plans and actions are appended to that same shift. Like start(), the
    // clock waits for a first plan.
    void resume(sim::Scenario scenario, const std::vector<dispatch::Event>& history,
                qint64 shiftId);
    bool hasShift() const { return runner_ != nullptr; }
    const sim::Scenario& scenario() const { return runner_->scenario(); }
    const dispatch::DispatchState& state() const { return runner_->state(); }
    const dispatch::Plan& plan() const { return runner_->plan(); }
    Time now() const { return runner_ ? runner_->now() : 0; }
    // Derived on demand after a change (a plan adoption need not pay for it, the views do).
    const DispatchDigest& digest() const;
    const dispatch::Kpis& kpis() const;
    // What the current plan was computed from (for what-if previews); invalid before a plan.
    const PlanBasis& basis() const { return basis_; }
    const SessionOptions& options() const { return options_; }
    QString district(const QString& orderId) const { return districts_.value(orderId); }
    QString operatorSource() const { return QStringLiteral("operator:") + options_.operatorName; }

    // --- clock
    bool isRunning() const { return running_; }  // the operator's intent
    bool isClockMoving() const;                  // running, first plan in, shift not over
    bool waitingForFirstPlan() const { return runner_ && !firstPlanDone_; }
    bool isFinished() const { return finished_; }
    double speed() const { return speed_; }
    void setRunning(bool running);
    void setSpeed(double simSecondsPerWallSecond);  // clamped to [1, 3600]
    void stepOnce();                                // options.manualStep while paused

    // --- planning
    bool isPlanning() const { return inFlight_ != 0; }
    double planningElapsed() const;  // wall seconds of the search in flight
    double lastPlanSeconds() const { return lastPlanSeconds_; }
    // Searches side by side in each job, the best plan kept: more find better plans in the same
    // budget but take cores from the GUI thread and everything else. A change applies from the
    // next job on (the search in flight keeps its threads). Clamped to at least 1.
    int solverThreads() const { return solverThreads_; }
    void setSolverThreads(int threads);
    // Threads the last finished search ran with, as the worker reports it (0 before a plan).
    int lastPlanThreads() const { return lastPlanThreads_; }
    long planRevision() const { return runner_ ? runner_->plan().revision : 0; }
    long plansAdopted() const { return plansAdopted_; }
    // Search results not followed because the shift moved past them (see overtaken_orders.h).
    long plansRefused() const { return plansRefused_; }
    void replanNow();

    // --- operator edits
    // Applies the events (source operatorSource()), records the action in the store, re-plans
    // at once. Returns the reasons of rejected events (empty: all applied); nothing is recorded
    // when every event was rejected.
    QStringList inject(const std::vector<dispatch::Event>& events, const QString& kind,
                       const QString& detail);
    // Follows `plan` (computed on `basis`) until the next re-plan: an operator's move shows at
    // once instead of after the search. Unless it gives away orders a courier has set off to or
    // picked up since `basis` (see overtaken_orders.h): such a plan is refused like a search
    // result (plansRefused()), the plan being followed stays, the shift is re-planned at once
    // and interimPlanRefused() names the orders. Returns them (empty: adopted).
    QStringList adoptInterimPlan(dispatch::Plan plan, PlanBasis basis);
    void recordAction(const QString& kind, const QString& detail);

    // Store status, for the status bar.
    QString storePath() const { return storePath_; }
    qint64 storeShiftId() const { return storeShiftId_; }  // 0 until the store is open
    bool storeFailed() const { return !storeError_.isEmpty(); }
    QString storeError() const { return storeError_; }
    qint64 eventsStored() const { return eventsStored_; }

signals:
    void shiftStarted();
    void advanced();                  // the clock moved or an edit applied: digest refreshed
    void planAdopted(long revision);  // digest refreshed too
    void planningChanged(bool planning);
    // An operator's what-if plan was not followed: `orders` moved on since the plan it was
    // priced on. The edit itself stands (its locks); the re-plan shows it.
    void interimPlanRefused(const QStringList& orders);
    void clockChanged();  // running, waiting or speed changed
    void shiftFinished();
    void storeOpened(const QString& path);
    void storeFailedSignal(const QString& message);

private:
    void tick();
    void afterChange();
    void flushEvents();
    void maybePlan();
    void postJob();
    void onPlanned(const PlanResultPtr& result);
    void adopt(dispatch::Plan plan, PlanBasis basis, bool store);
    void refreshDigest() const;
    void onEvents(const std::vector<dispatch::Event>& events);
    void closeShift();
    void resetShift();
    void makeRunner(sim::Scenario scenario);
    void noteOrders(const std::vector<dispatch::Event>& events);
    template <class F>
    void toStore(F&& f);

    SessionOptions options_;
    std::shared_ptr<const travel::TravelModel> travel_;
    std::shared_ptr<const spatial::ZoneSet> dongs_;
    std::unique_ptr<dispatch::ShiftRunner> runner_;
    QHash<QString, QString> districts_;
    mutable DispatchDigest digest_;
    mutable dispatch::Kpis kpis_;
    mutable bool digestStale_ = true;
    PlanBasis basis_;

    // Clock.
    QTimer tick_;
    QElapsedTimer wall_;
    double speed_ = 20.0;
    double simCarry_ = 0.0;  // simulated seconds owed to the runner
    bool running_ = true;
    bool finished_ = false;
    bool finishStored_ = false;  // the shift was marked finished in the store

    // Planning.
    QThread solverThread_;
    SolverWorker* worker_ = nullptr;
    long generation_ = 0;       // of the last job posted
    long shiftGeneration_ = 1;  // first generation of the current shift
    long inFlight_ = 0;         // generation of the job in flight, 0 if none
    std::shared_ptr<std::atomic<bool>> inFlightCancel_;
    bool dropInFlight_ = false;  // an edit made the job in flight obsolete
    bool forceReplan_ = false;
    bool changedSinceJob_ = false;  // an event the job in flight has not seen
    bool needsReplan_ = false;      // the last plan missed something
    Time lastJobAt_ = 0;
    bool firstPlanDone_ = false;
    QElapsedTimer jobClock_;
    double lastPlanSeconds_ = 0.0;
    int solverThreads_ = 1;
    int lastPlanThreads_ = 0;
    long revision_ = 0;
    long plansAdopted_ = 0;
    long plansRefused_ = 0;

    // Store.
    QThread storeThread_;
    StoreWriter* writer_ = nullptr;
    std::vector<dispatch::Event> pendingEvents_;
    QString storePath_;
    qint64 storeShiftId_ = 0;
    QString storeError_;
    qint64 eventsStored_ = 0;
};

}  // namespace chongal::app
