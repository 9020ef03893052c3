#pragma once
// Builds the shift a run starts from: a generated scenario (from the bundled Qt resources) or
// orders/couriers files in the interchange format (CSV or JSON lines, by extension).
#include <QString>
#include <QStringList>
#include <optional>

#include "core/sim/scenario.h"

namespace chongal::app {

struct ScenarioRequest {
    QString scenario = "midnight-express";  // or "on-demand"
    std::uint64_t seed = 1;
    int fleet = 100;  // see defaultSpec() for each scenario's own
    int orders = 1000;
    QString ordersFile;    // both set: import instead of generating
    QString couriersFile;
};

// The scenario, or nullopt with the reasons in `errors` (rejected import rows are reported
// there too, with their row numbers, while the good rows are kept).
std::optional<sim::Scenario> loadScenario(const ScenarioRequest& request, QStringList* errors);

}  // namespace chongal::app
