#include "core/dispatch/shift_runner.h"

#include <algorithm>
#include <chrono>

namespace chongal::dispatch {

ShiftRunner::ShiftRunner(sim::Scenario scenario, const travel::TravelModel& travel,
                         ShiftRunOptions options)
    : scenario_(std::move(scenario)), options_(options), simulator_(travel),
      now_(scenario_.start) {
    std::stable_sort(scenario_.orders.begin(), scenario_.orders.end(),
                     [](const Order& a, const Order& b) { return a.placedAt < b.placedAt; });
}

void ShiftRunner::startIfNeeded() {
    if (started_) return;  // after construction, so the sinks see the couriers join
    started_ = true;
    std::vector<Event> joined;
    for (const Courier& c : scenario_.couriers)
        joined.push_back({std::max(scenario_.start, c.shiftStart), "sim", CourierJoined{c}});
    apply(std::move(joined));
}

void ShiftRunner::apply(std::vector<Event> events) {
    if (events.empty()) return;
    std::vector<Event> accepted;
    accepted.reserve(events.size());
    for (Event& e : events) {
        if (state_.apply(e).empty())
            accepted.push_back(std::move(e));
        else
            ++rejected_;
    }
    if (eventSink_ && !accepted.empty()) eventSink_(accepted);
}

std::vector<std::string> ShiftRunner::inject(const std::vector<Event>& events) {
    startIfNeeded();
    std::vector<std::string> rejections;
    std::vector<Event> accepted;
    for (const Event& e : events) {
        std::string why = state_.apply(e);
        if (why.empty())
            accepted.push_back(e);
        else
            rejections.push_back(std::move(why));
    }
    if (!accepted.empty()) changed_ = true;
    if (eventSink_ && !accepted.empty()) eventSink_(accepted);
    return rejections;
}

bool ShiftRunner::finished() const {
    if (nextOrder_ < scenario_.orders.size()) return false;
    const bool allDone = std::all_of(state_.orders().begin(), state_.orders().end(), [](const OrderState& o) {
        return o.status == OrderStatus::Delivered || o.status == OrderStatus::Cancelled;
    });
    if (allDone) return true;
    // Couriers finish what they carry after their shift; a shift that cannot end (orders no one
    // serves) is cut off a few hours after the last shift ends.
    constexpr Time kOvertimeLimit = 4 * 3600;
    Time lastShift = 0;
    for (const Courier& c : scenario_.couriers) lastShift = std::max(lastShift, c.shiftEnd);
    return now_ >= lastShift + kOvertimeLimit;
}

bool ShiftRunner::anyIdleCourierWithWork() const {
    const bool openWork = std::any_of(state_.orders().begin(), state_.orders().end(),
                                      [&](const OrderState& o) {
                                          return o.status == OrderStatus::Open &&
                                                 o.order.placedAt <= now_;
                                      });
    if (!openWork) return false;
    for (const CourierState& c : state_.couriers()) {
        const CourierRoute* r = plan_.routeOf(c.courier.id);
        if (c.online && (!r || std::all_of(r->stops.begin(), r->stops.end(), [&](const PlannedStop& s) {
                             const OrderState* o = state_.order(s.orderId);
                             return !o || o->status == OrderStatus::Delivered;
                         })))
            return true;
    }
    return false;
}

bool ShiftRunner::planDue() const {
    if (lastPlanAt_ >= 0 && now_ - lastPlanAt_ < options_.replanEvery &&
        !(options_.replanOnIdle && now_ > lastPlanAt_))
        return false;
    return changed_ || (options_.replanOnIdle && anyIdleCourierWithWork());
}

PlanRequest ShiftRunner::planRequest(double seconds, long iterations) {
    startIfNeeded();
    PlanRequest rq;
    rq.state = &state_;
    rq.previous = lastPlanAt_ >= 0 ? &plan_ : nullptr;
    rq.now = now_;
    rq.seconds = seconds;
    rq.iterations = iterations;
    rq.seed = options_.seed;
    rq.threads = options_.solverThreads;
    rq.revision = plan_.revision + 1;
    return rq;
}

void ShiftRunner::adoptPlan(Plan plan) {
    plan_ = std::move(plan);
    lastPlanAt_ = now_;
    changed_ = false;
    if (planSink_) planSink_(plan_);
}

long ShiftRunner::restore(const std::vector<Event>& history) {
    started_ = true;  // the couriers' joins are part of the history
    long rejected = 0;
    for (const Event& e : history) {
        rejected += !state_.apply(e).empty();
        now_ = std::max(now_, e.at);
    }
    changed_ = true;
    return rejected;
}

void ShiftRunner::placeDueOrders() {
    std::vector<Event> placed;
    for (; nextOrder_ < scenario_.orders.size() && scenario_.orders[nextOrder_].placedAt <= now_;
         ++nextOrder_) {
        const Order& o = scenario_.orders[nextOrder_];
        if (state_.order(o.id)) continue;  // placed before a restore
        placed.push_back({std::max(now_, o.placedAt), "sim", OrderCreated{o}});
    }
    if (!placed.empty()) changed_ = true;
    apply(std::move(placed));
}

bool ShiftRunner::step() {
    startIfNeeded();
    if (finished()) return false;
    placeDueOrders();
    const Time until = now_ + options_.step;
    apply(simulator_.advance(state_, plan_, until));
    now_ = until;
    return !finished();
}

void ShiftRunner::run(Dispatcher& dispatcher, Time stopAt) {
    using Clock = std::chrono::steady_clock;
    startIfNeeded();
    // Orders placed at the very start are planned before anyone moves.
    do {
        if (now_ >= stopAt) return;
        placeDueOrders();
        if (planDue()) {
            const bool first = lastPlanAt_ < 0;
            const auto t0 = Clock::now();
            adoptPlan(dispatcher.plan(
                planRequest(first ? options_.firstPlanSeconds : options_.replanSeconds,
                            first ? options_.firstPlanIterations : options_.replanIterations)));
            planningSeconds_ += std::chrono::duration<double>(Clock::now() - t0).count();
        }
    } while (step());
}

}  // namespace chongal::dispatch
