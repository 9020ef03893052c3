#include "app/headless/scenario_loader.h"

#include <QFileInfo>

#include "app/session/scenario_source.h"

namespace chongal::app {

// The console's own scenario code (scenario_source.h), so that a headless run and the console
// make the same shift from the same settings or files.
std::optional<sim::Scenario> loadScenario(const ScenarioRequest& rq, QStringList* errors) {
    QString why;
    auto failed = [&]() -> std::optional<sim::Scenario> {
        if (errors && !why.isEmpty()) errors->append(why);
        return std::nullopt;
    };
    if (!rq.ordersFile.isEmpty() || !rq.couriersFile.isEmpty()) {
        if (rq.ordersFile.isEmpty() || rq.couriersFile.isEmpty()) {
            why = QStringLiteral("--orders and --couriers go together");
            return failed();
        }
        ImportedFiles in = importFiles(rq.ordersFile, rq.couriersFile);
        if (errors) errors->append(in.rejected);
        auto s = scenarioFromImport(QFileInfo(rq.ordersFile).fileName(), std::move(in.orders),
                                    std::move(in.couriers), in.utcOffsetS, &why);
        if (!s) return failed();
        return s;
    }
    const auto kind = scenarioKind(rq.scenario);
    if (!kind) {
        why = QStringLiteral("unknown scenario %1 (midnight-express, on-demand)").arg(rq.scenario);
        return failed();
    }
    const auto inputs = loadBundledInputs(&why);
    if (!inputs) return failed();
    ScenarioSpec spec;
    spec.kind = *kind;
    spec.seed = rq.seed;
    spec.orders = rq.orders;
    spec.fleet = rq.fleet;
    auto s = makeScenario(spec, *inputs, &why);
    if (!s) return failed();
    return s;
}

}  // namespace chongal::app
