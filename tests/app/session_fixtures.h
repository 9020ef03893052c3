#pragma once
// Small, fast shifts for the console's tests: Midnight Express on the repository's bundled Seoul
// data (resources/), a few dozen orders and couriers, solver budgets of a fraction of a second.
#include <QString>
#include <optional>

#include "app/session/dispatch_session.h"
#include "app/session/scenario_source.h"
#include "core/sim/scenario_inputs.h"

namespace chongal::testing {

inline const sim::ScenarioInputs& bundledInputs() {
    static const sim::ScenarioInputs inputs = [] {
        std::string error;
        auto in = sim::loadScenarioInputs(CHONGAL_SOURCE_DIR "/resources", &error);
        if (!in) qFatal("cannot load the bundled Seoul data: %s", error.c_str());
        return std::move(*in);
    }();
    return inputs;
}

inline sim::Scenario smallShift(int orders = 60, int fleet = 12, std::uint64_t seed = 1) {
    app::ScenarioSpec spec;
    spec.seed = seed;
    spec.orders = orders;
    spec.fleet = fleet;
    QString error;
    auto s = app::makeScenario(spec, bundledInputs(), &error);
    if (!s) qFatal("cannot make the test scenario: %s", qPrintable(error));
    return std::move(*s);
}

inline app::SessionOptions fastOptions(const QString& storePath = {}) {
    app::SessionOptions o;
    o.firstPlanSeconds = 0.3;
    o.replanSeconds = 0.15;
    o.streamIntervalMs = 50;
    o.tickMs = 10;
    o.speed = 60;
    o.storePath = storePath;
    o.operatorName = QStringLiteral("tester");
    return o;
}

inline app::ShiftLabel testLabel() {
    return {QStringLiteral("test shift"), QStringLiteral("midnight-express"), 1,
            QStringLiteral("{}")};
}

}  // namespace chongal::testing
