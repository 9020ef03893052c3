#include "app/session/dispatch_session.h"

#include <QLoggingCategory>
#include <algorithm>

#include "app/session/overtaken_orders.h"
#include "app/session/store_writer.h"

namespace chongal::app {

using dispatch::Event;

namespace {

Q_LOGGING_CATEGORY(lcSession, "chongal.session")

// Events after which the plan no longer covers the shift (positions and progress do not count:
// the next snapshot picks them up anyway).
bool changesPlanInputs(const Event& e) {
    return std::holds_alternative<dispatch::OrderCreated>(e.body) ||
           std::holds_alternative<dispatch::OrderCancelled>(e.body) ||
           std::holds_alternative<dispatch::CourierJoined>(e.body) ||
           std::holds_alternative<dispatch::CourierLeft>(e.body) ||
           std::holds_alternative<dispatch::OrderLocked>(e.body) ||
           std::holds_alternative<dispatch::SequenceLocked>(e.body);
}

}  // namespace

DispatchSession::DispatchSession(SessionOptions options, QObject* parent)
    : QObject(parent),
      options_(std::move(options)),
      travel_(std::make_shared<travel::GreatCircleModel>()),
      speed_(std::clamp(options_.speed, 1.0, 3600.0)),
      running_(options_.startRunning),
      solverThreads_(std::max(1, options_.solverThreads)) {
    qRegisterMetaType<PlanResultPtr>();

    worker_ = new SolverWorker(travel_, options_.streamIntervalMs);
    worker_->moveToThread(&solverThread_);
    connect(&solverThread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &SolverWorker::planned, this, &DispatchSession::onPlanned,
            Qt::QueuedConnection);
    solverThread_.setObjectName(QStringLiteral("chongal-solver"));
    solverThread_.start(QThread::LowPriority);

    writer_ = new StoreWriter;
    writer_->moveToThread(&storeThread_);
    connect(&storeThread_, &QThread::finished, writer_, &QObject::deleteLater);
    connect(writer_, &StoreWriter::opened, this, [this](qint64 shiftId, const QString& path) {
        storePath_ = path;
        storeShiftId_ = shiftId;
        storeError_.clear();
        emit storeOpened(path);
    });
    connect(writer_, &StoreWriter::failed, this, [this](const QString& message) {
        storeError_ = message;
        emit storeFailedSignal(message);
    });
    connect(writer_, &StoreWriter::eventsWritten, this, [this](qint64 n) { eventsStored_ = n; });
    storeThread_.setObjectName(QStringLiteral("chongal-store"));
    storeThread_.start();

    tick_.setTimerType(Qt::PreciseTimer);
    tick_.setInterval(options_.tickMs);
    connect(&tick_, &QTimer::timeout, this, &DispatchSession::tick);
}

DispatchSession::~DispatchSession() {
    tick_.stop();
    if (inFlightCancel_) inFlightCancel_->store(true);
    closeShift();
    // Posted writes run in order: waiting for this one waits for all of them.
    if (!options_.storePath.isEmpty())
        QMetaObject::invokeMethod(
            writer_, [w = writer_] { w->close(); }, Qt::BlockingQueuedConnection);
    solverThread_.quit();
    storeThread_.quit();
    solverThread_.wait();
    storeThread_.wait();
}

template <class F>
void DispatchSession::toStore(F&& f) {
    if (options_.storePath.isEmpty()) return;
    QMetaObject::invokeMethod(
        writer_, [w = writer_, f = std::forward<F>(f)] { f(*w); }, Qt::QueuedConnection);
}

void DispatchSession::setDistricts(std::shared_ptr<const spatial::ZoneSet> dongs) {
    dongs_ = std::move(dongs);
}

// --- shift ---------------------------------------------------------------------------------

void DispatchSession::closeShift() {
    if (!runner_) return;
    flushEvents();
    toStore([](StoreWriter& w) { w.close(); });
}

void DispatchSession::resetShift() {
    tick_.stop();
    if (inFlightCancel_) inFlightCancel_->store(true);
    closeShift();
    runner_.reset();
    shiftGeneration_ = generation_ + 1;  // results of older jobs are dropped from now on
    inFlight_ = 0;
    inFlightCancel_.reset();
    dropInFlight_ = forceReplan_ = changedSinceJob_ = needsReplan_ = false;
    firstPlanDone_ = finished_ = finishStored_ = false;
    revision_ = plansAdopted_ = plansRefused_ = 0;
    lastPlanSeconds_ = 0.0;
    lastPlanThreads_ = 0;
    simCarry_ = 0.0;
    basis_ = {};
    digestStale_ = true;
    districts_.clear();
    pendingEvents_.clear();
    eventsStored_ = 0;
    storeShiftId_ = 0;
}

void DispatchSession::makeRunner(sim::Scenario scenario) {
    dispatch::ShiftRunOptions ro;
    ro.step = options_.step;
    ro.firstPlanSeconds = options_.firstPlanSeconds;
    ro.replanSeconds = options_.replanSeconds;
    ro.replanEvery = options_.replanEvery;
    ro.seed = options_.seed;
    runner_ = std::make_unique<dispatch::ShiftRunner>(std::move(scenario), *travel_, ro);
    runner_->onEvents([this](const std::vector<Event>& events) { onEvents(events); });
}

void DispatchSession::start(sim::Scenario scenario, const ShiftLabel& label) {
    resetShift();
    if (!options_.storePath.isEmpty()) {
        store::NewShift shift;
        shift.name = label.name.toStdString();
        shift.startedAt = scenario.start;
        shift.utcOffsetSeconds = scenario.utcOffsetS;
        shift.scenario = label.scenario.toStdString();
        shift.seed = label.seed;
        shift.metadata = label.metadata.toStdString();
        toStore([path = options_.storePath, shift](StoreWriter& w) { w.open(path, shift); });
    }
    makeRunner(std::move(scenario));
    // The couriers join and the orders known at the start enter now; nobody moves before the
    // first plan (the first step advances the clock by `step` seconds of waiting).
    runner_->step();
    afterChange();
    emit shiftStarted();
    emit clockChanged();
}

void DispatchSession::resume(sim::Scenario scenario, const std::vector<Event>& history,
                             qint64 shiftId) {
    resetShift();
    if (!options_.storePath.isEmpty())
        toStore([path = options_.storePath, shiftId](StoreWriter& w) { w.resume(path, shiftId); });
    makeRunner(std::move(scenario));
    // The history is stored already: it rebuilds the state without going to the sinks. No step
    // here: the clock stays where the last commit left it until the first plan is in.
    runner_->restore(history);
    noteOrders(history);
    forceReplan_ = true;
    afterChange();
    emit shiftStarted();
    emit clockChanged();
}

void DispatchSession::noteOrders(const std::vector<Event>& events) {
    for (const Event& e : events) {
        const auto* created = std::get_if<dispatch::OrderCreated>(&e.body);
        if (!created) continue;
        const Order& o = created->order;
        QString where = QString::fromStdString(o.address);
        if (where.isEmpty() && dongs_) {
            const int z = dongs_->zoneAt(o.dropoff);
            if (z >= 0) {
                const spatial::Zone& zone = dongs_->zones()[z];
                where = QString::fromStdString(zone.parent + " " + zone.name);
            }
        }
        districts_.insert(QString::fromStdString(o.id), where);
    }
}

void DispatchSession::onEvents(const std::vector<Event>& events) {
    for (const Event& e : events)
        if (changesPlanInputs(e)) changedSinceJob_ = true;
    noteOrders(events);
    if (!options_.storePath.isEmpty())
        pendingEvents_.insert(pendingEvents_.end(), events.begin(), events.end());
}

void DispatchSession::flushEvents() {
    if (pendingEvents_.empty()) return;
    toStore([events = std::move(pendingEvents_)](StoreWriter& w) { w.appendEvents(events); });
    pendingEvents_.clear();
}

// --- clock ---------------------------------------------------------------------------------

bool DispatchSession::isClockMoving() const {
    return runner_ && running_ && firstPlanDone_ && !finished_;
}

void DispatchSession::setRunning(bool running) {
    if (running_ == running) return;
    running_ = running;
    if (isClockMoving()) {
        wall_.restart();
        simCarry_ = 0.0;
        tick_.start();
    } else {
        tick_.stop();
    }
    emit clockChanged();
}

void DispatchSession::setSpeed(double s) {
    speed_ = std::clamp(s, 1.0, 3600.0);
    emit clockChanged();
}

void DispatchSession::stepOnce() {
    if (!runner_ || finished_ || !firstPlanDone_) return;
    const Time steps = std::max<Time>(1, options_.manualStep / std::max<Time>(1, options_.step));
    for (Time i = 0; i < steps && !finished_; ++i)
        if (!runner_->step()) finished_ = true;
    afterChange();
}

void DispatchSession::tick() {
    if (!isClockMoving()) return tick_.stop();
    const double wallSeconds = std::min<qint64>(wall_.restart(), 1000) / 1000.0;
    simCarry_ += speed_ * wallSeconds;
    const double step = double(std::max<Time>(1, options_.step));
    int steps = int(simCarry_ / step);
    if (steps > options_.maxStepsPerTick) {
        steps = options_.maxStepsPerTick;
        simCarry_ = 0.0;
    } else {
        simCarry_ -= steps * step;
    }
    for (int i = 0; i < steps; ++i)
        if (!runner_->step()) {
            finished_ = true;
            break;
        }
    if (steps > 0) afterChange();
}

void DispatchSession::afterChange() {
    flushEvents();
    digestStale_ = true;
    const bool justFinished = finished_ && !finishStored_;
    if (justFinished) {
        finishStored_ = true;
        tick_.stop();
        toStore([at = runner_->now()](StoreWriter& w) { w.finish(at); });
        if (inFlightCancel_) inFlightCancel_->store(true);
    } else if (!finished_) {
        maybePlan();
    }
    emit advanced();
    if (justFinished) {
        emit clockChanged();
        emit shiftFinished();
    }
}

void DispatchSession::refreshDigest() const {
    digestStale_ = false;
    if (!runner_) return;
    digest_ =
        buildDigest(runner_->state(), runner_->plan(), runner_->now(), districts_, options_.rules);
    kpis_ = runner_->kpis();
}

const DispatchDigest& DispatchSession::digest() const {
    if (digestStale_) refreshDigest();
    return digest_;
}

const dispatch::Kpis& DispatchSession::kpis() const {
    if (digestStale_) refreshDigest();
    return kpis_;
}

// --- planning ------------------------------------------------------------------------------

double DispatchSession::planningElapsed() const {
    return inFlight_ ? double(jobClock_.nsecsElapsed()) / 1e9 : 0.0;
}

void DispatchSession::setSolverThreads(int threads) {
    solverThreads_ = std::max(1, threads);
}

void DispatchSession::replanNow() {
    if (!runner_ || finished_) return;
    forceReplan_ = true;
    maybePlan();
}

void DispatchSession::maybePlan() {
    if (!runner_ || finished_) return;
    if (inFlight_) {
        // The first plan is never cut short: the clock waits for it anyway.
        if (forceReplan_ && firstPlanDone_ && inFlightCancel_ && !inFlightCancel_->load()) {
            inFlightCancel_->store(true);
            dropInFlight_ = true;
        }
        return;
    }
    // Besides the runner's own rule: events the last snapshot missed, or orders the plan being
    // followed does not cover (it was made for an older state).
    const Time since = runner_->now() - lastJobAt_;
    // Cheap conditions first: the digest is only derived when the time has come.
    const bool due = forceReplan_ || runner_->planDue() ||
                     (since >= options_.replanEvery &&
                      (needsReplan_ || (firstPlanDone_ && digest().uncovered > 0))) ||
                     (options_.improveEvery > 0 && firstPlanDone_ &&
                      since >= options_.improveEvery && kpis().open > 0);
    if (due) postJob();
}

void DispatchSession::postJob() {
    PlanJob job;
    job.generation = ++generation_;
    job.state = std::make_shared<const dispatch::DispatchState>(runner_->state());
    if (firstPlanDone_) job.previous = std::make_shared<const dispatch::Plan>(runner_->plan());
    job.now = runner_->now();
    job.seconds = firstPlanDone_ ? options_.replanSeconds : options_.firstPlanSeconds;
    job.seed = options_.seed + std::uint64_t(job.generation);
    job.threads = solverThreads_;
    job.cancel = std::make_shared<std::atomic<bool>>(false);
    inFlight_ = job.generation;
    inFlightCancel_ = job.cancel;
    dropInFlight_ = forceReplan_ = changedSinceJob_ = needsReplan_ = false;
    lastJobAt_ = job.now;
    jobClock_.start();
    QMetaObject::invokeMethod(
        worker_, [w = worker_, job] { w->run(job); }, Qt::QueuedConnection);
    emit planningChanged(true);
}

void DispatchSession::onPlanned(const PlanResultPtr& r) {
    if (!runner_ || r->generation < shiftGeneration_ || r->generation != inFlight_) return;
    // The clock ran on during the search: a plan that gives away orders couriers have since set
    // off to or picked up cannot be followed. It is refused (the plan being followed stays) and,
    // when it was the search's last word, the state as it is now is re-planned at once.
    const bool overtaken =
        !dropInFlight_ && !overtakenOrders(r->plan, *r->basis.state, runner_->state()).empty();
    if (overtaken) ++plansRefused_;
    if (!dropInFlight_ && !overtaken) adopt(r->plan, r->basis, r->final);
    if (!r->final) return;
    inFlight_ = 0;
    inFlightCancel_.reset();
    lastPlanSeconds_ = r->seconds;
    lastPlanThreads_ = r->threads;
    if (changedSinceJob_ || dropInFlight_) needsReplan_ = true;
    if (dropInFlight_ || overtaken) forceReplan_ = true;
    dropInFlight_ = false;
    emit planningChanged(false);
    if (!firstPlanDone_) {
        firstPlanDone_ = true;
        if (isClockMoving()) {
            wall_.restart();
            simCarry_ = 0.0;
            tick_.start();
        }
        emit clockChanged();
    }
    maybePlan();
}

void DispatchSession::adopt(dispatch::Plan plan, PlanBasis basis, bool store) {
    plan.revision = ++revision_;
    ++plansAdopted_;
    basis_ = std::move(basis);
    runner_->adoptPlan(plan);
    if (store) {
        auto stored = std::make_shared<const dispatch::Plan>(std::move(plan));
        toStore([stored](StoreWriter& w) { w.appendPlan(stored); });
    }
    digestStale_ = true;
    emit planAdopted(revision_);
}

// --- operator edits ------------------------------------------------------------------------

QStringList DispatchSession::inject(const std::vector<Event>& events, const QString& kind,
                                    const QString& detail) {
    QStringList rejected;
    if (!runner_) return {tr("no shift is running")};
    std::vector<Event> stamped = events;
    for (Event& e : stamped) {
        e.at = runner_->now();
        if (e.source.empty()) e.source = operatorSource().toStdString();
    }
    for (const std::string& why : runner_->inject(stamped)) rejected << QString::fromStdString(why);
    if (rejected.size() < int(stamped.size())) {
        recordAction(kind, detail);
        forceReplan_ = true;
    }
    afterChange();
    return rejected;
}

QStringList DispatchSession::adoptInterimPlan(dispatch::Plan plan, PlanBasis basis) {
    if (!runner_) return {};
    // A what-if is priced on the plan being followed, which may be older than what couriers have
    // done since (a feed's pickup, a preview held while the clock ran): the same test as for a
    // search result. Followed, a courier would head for goods another one carries.
    QStringList overtaken;
    for (const std::string& id : overtakenOrders(plan, *basis.state, runner_->state()))
        overtaken << QString::fromStdString(id);
    if (!overtaken.isEmpty()) {
        ++plansRefused_;
        qCInfo(lcSession).noquote()
            << "operator's plan not followed, orders moved on since it was priced:"
            << overtaken.join(QLatin1Char(' ')) << "- re-planning";
        // Queued: an edit that comes with the plan (the move's locks) is applied first, so the
        // re-plan sees it.
        forceReplan_ = true;
        QMetaObject::invokeMethod(
            this, [this] { maybePlan(); }, Qt::QueuedConnection);
        emit interimPlanRefused(overtaken);
        return overtaken;
    }
    adopt(std::move(plan), std::move(basis), true);
    emit advanced();
    return {};
}

void DispatchSession::recordAction(const QString& kind, const QString& detail) {
    if (!runner_) return;
    toStore([at = runner_->now(), who = options_.operatorName, kind, detail](StoreWriter& w) {
        w.appendAction(at, who, kind, detail);
    });
}

}  // namespace chongal::app
