#pragma once
// A console window on a small, fast shift (tests/app/session_fixtures.h): Midnight Express with
// 60 orders and 12 couriers, solver budgets of a fraction of a second, the clock paused after
// the first plan so tests decide when time moves.
#include <QTest>
#include <memory>

#include "tests/app/session_fixtures.h"
#include "ui/main_window.h"

namespace chongal::testing {

struct ConsoleFixture {
    std::unique_ptr<app::DispatchSession> session;
    std::unique_ptr<ui::MainWindow> window;

    explicit ConsoleFixture(bool start = true, app::SessionOptions options = fastOptions()) {
        options.startRunning = false;
        session = std::make_unique<app::DispatchSession>(options);
        window = std::make_unique<ui::MainWindow>(
            session.get(), std::make_shared<const sim::ScenarioInputs>(bundledInputs()),
            app::ConsoleSettings{});
        window->resize(1400, 900);
        window->show();
        if (start) {
            app::ScenarioSpec spec;
            spec.orders = 60;
            spec.fleet = 12;
            window->startScenario(spec, true);
        }
    }
    ~ConsoleFixture() {
        window.reset();  // views before the session they show
        session.reset();
    }
    // Waits for the first plan and for the search that follows it to end, and for the views to
    // show it (a plan's refresh waits for the event loop).
    bool waitForPlan(int timeoutMs = 15000) {
        const bool done = QTest::qWaitFor(
            [&] { return !session->waitingForFirstPlan() && !session->isPlanning(); }, timeoutMs);
        QCoreApplication::processEvents();
        return done;
    }
};

}  // namespace chongal::testing
