#pragma once
// The dispatch loop of one shift in simulated time: scenario events enter as their time comes,
// the dispatcher re-plans when something changed, the simulator moves couriers along the plan,
// and every event is applied to the state and handed to the sinks (the shift store). The
// headless mode runs it flat out; the console drives the same loop from its clock and solver
// thread (planDue / adoptPlan).
#include <functional>
#include <vector>

#include "core/dispatch/dispatcher.h"
#include "core/dispatch/kpis.h"
#include "core/sim/scenario.h"
#include "core/sim/simulator.h"

namespace chongal::dispatch {

struct ShiftRunOptions {
    Time step = 30;                  // simulated seconds per step
    double firstPlanSeconds = 7.0;   // budget of the plan made when orders first arrive
    double replanSeconds = 0.1;      // budget of each later re-plan (warm-started)
    long firstPlanIterations = -1;   // >= 0: iteration budgets instead of seconds, for runs
    long replanIterations = -1;      //       that must repeat exactly (tests, reproductions)
    Time replanEvery = 60;           // re-plan at most this often, and only after a change...
    bool replanOnIdle = false;       // ...or whenever a courier has run out of stops (greedy)
    std::uint64_t seed = 1;
    int solverThreads = 1;           // see PlanRequest::threads
};

class ShiftRunner {
public:
    ShiftRunner(sim::Scenario scenario, const travel::TravelModel& travel,
                ShiftRunOptions options);

    void onEvents(std::function<void(const std::vector<Event>&)> sink) { eventSink_ = std::move(sink); }
    void onPlan(std::function<void(const Plan&)> sink) { planSink_ = std::move(sink); }

    // Continues a shift from its stored history (the events up to the last commit, positions
    // included as CourierMoved): the state is rebuilt exactly, orders already placed are not
    // placed again, and the next step re-plans. Call before anything else; returns rejections.
    long restore(const std::vector<Event>& history);

    // Headless: plans with `dispatcher` whenever due and runs until the shift is over, or until
    // the simulated clock reaches `stopAt` (an interrupted run: the shift stays unfinished).
    void run(Dispatcher& dispatcher, Time stopAt = kNoLimit);
    // One step of the loop without planning: feeds due scenario events, moves couriers.
    // Returns false once every order is delivered or cancelled, or the last shift has ended.
    bool step();
    bool planDue() const;
    PlanRequest planRequest(double seconds, long iterations = -1);
    void adoptPlan(Plan plan);
    // Applies events from outside the simulation (operator edits, feeds); returns rejections.
    std::vector<std::string> inject(const std::vector<Event>& events);

    const DispatchState& state() const { return state_; }
    const Plan& plan() const { return plan_; }
    const sim::Scenario& scenario() const { return scenario_; }
    Time now() const { return now_; }
    Kpis kpis() const { return computeKpis(state_, simulator_.metres()); }
    double planningSeconds() const { return planningSeconds_; }
    long rejectedEvents() const { return rejected_; }
    bool finished() const;

private:
    void apply(std::vector<Event> events);
    void startIfNeeded();
    void placeDueOrders();
    bool anyIdleCourierWithWork() const;

    sim::Scenario scenario_;
    ShiftRunOptions options_;
    DispatchState state_;
    sim::Simulator simulator_;
    Plan plan_;
    bool started_ = false;       // couriers joined (on first use, once the sinks are set)
    std::size_t nextOrder_ = 0;  // scenario orders not yet placed
    Time now_;
    Time lastPlanAt_ = -1;
    bool changed_ = true;        // something happened that the plan has not seen
    double planningSeconds_ = 0.0;
    long rejected_ = 0;
    std::function<void(const std::vector<Event>&)> eventSink_;
    std::function<void(const Plan&)> planSink_;
};

}  // namespace chongal::dispatch
