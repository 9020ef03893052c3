// Solver figures for the console: what-if latency at 1,000 orders and 100 couriers, and how
// fast a running search honours cancellation. Prints one JSON line last.
// Usage: bench_solver [resources dir (default: the source tree's)]
#include <QtCore>
#include <atomic>
#include <chrono>
#include <thread>

#include "core/dispatch/snapshot.h"
#include "core/sim/midnight_express.h"
#include "core/solver/solve.h"
#include "core/solver/what_if.h"

using namespace chongal;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    const std::string resources = argc > 1 ? argv[1] : CHONGAL_SOURCE_DIR "/resources";
    sim::MidnightExpressParams mp;
    mp.fleet = 100;
    const auto sc = sim::loadMidnightExpress(resources, mp);
    if (!sc) return 1;
    dispatch::DispatchState st;
    for (const auto& c : sc->couriers) st.apply({sc->start, "sim", dispatch::CourierJoined{c}});
    for (const auto& o : sc->orders) st.apply({sc->start, "sim", dispatch::OrderCreated{o}});
    const travel::GreatCircleModel travel;
    const auto t0 = Clock::now();
    const dispatch::Snapshot snap = dispatch::buildSnapshot(st, travel, sc->start);
    const double snapshotMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

    solver::SolveOptions o;
    o.timeLimitSeconds = 3;
    const solver::SolveResult plan = solver::solve(snap.problem, o);

    // What-if: every 10th request moved to the next vehicle, cheapest position.
    std::vector<double> whatIfUs;
    const int vehicles = int(snap.problem.vehicles.size());
    for (int r = 0; r < int(snap.problem.requests.size()); r += 10) {
        const auto w0 = Clock::now();
        const solver::WhatIf w = solver::whatIfMove(snap.problem, plan.solution, r, (r / 10) % vehicles);
        whatIfUs.push_back(std::chrono::duration<double, std::micro>(Clock::now() - w0).count());
        if (w.solution.routes.empty()) return 1;
    }
    std::sort(whatIfUs.begin(), whatIfUs.end());

    // Cancellation: time from raising the flag to solve() returning, at several moments.
    std::vector<double> cancelMs;
    for (int delayMs : {50, 200, 500, 1000, 1500}) {
        std::atomic<bool> cancel{false};
        solver::SolveOptions co;
        co.timeLimitSeconds = 60;
        co.cancel = &cancel;
        Clock::time_point raised;
        std::thread worker([&] { solver::solve(snap.problem, co); });
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        raised = Clock::now();
        cancel = true;
        worker.join();
        cancelMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - raised).count());
    }
    std::sort(cancelMs.begin(), cancelMs.end());

    const QJsonObject out{{"orders", int(snap.problem.requests.size())},
                          {"couriers", vehicles},
                          {"snapshot_ms", snapshotMs},
                          {"what_if_median_us", whatIfUs[whatIfUs.size() / 2]},
                          {"what_if_max_us", whatIfUs.back()},
                          {"cancel_max_ms", cancelMs.back()},
                          {"cancel_median_ms", cancelMs[cancelMs.size() / 2]},
                          {"plan_couriers_used", plan.summary.vehiclesUsed},
                          {"plan_late_stops", plan.summary.lateStops}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
