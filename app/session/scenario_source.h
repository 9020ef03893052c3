#pragma once
// Where a console shift comes from: a generated scenario (Midnight Express, on-demand day) on the
// bundled Seoul data, or orders/couriers files imported in the interchange format (CSV or JSON
// lines, chosen by the file's extension); and the export of a shift's orders and couriers.
#include <QString>
#include <QStringList>
#include <optional>

#include "core/io/interchange.h"
#include "core/sim/scenario.h"
#include "core/sim/scenario_inputs.h"

namespace chongal::app {

enum class ScenarioKind { MidnightExpress, OnDemand };

struct ScenarioSpec {
    ScenarioKind kind = ScenarioKind::MidnightExpress;
    std::uint64_t seed = 1;
    int orders = 1000;  // Midnight Express: exactly; on-demand: the expected total of the day
    int fleet = 100;
};

// Each scenario's own sizes. Midnight Express: 1,000 orders and 100 couriers (the solver needs
// 90). The on-demand day: its hourly rates as they are (about 1,470 orders) and 160 couriers
// (seed 1: 97.5 % on time; with 100, 83.2 %).
ScenarioSpec defaultSpec(ScenarioKind kind);
// "midnight-express" (or "midnight") / "on-demand"; nullopt for anything else.
std::optional<ScenarioKind> scenarioKind(const QString& code);

// The dongs and hubs bundled as Qt resources (":/geo/seoul_dongs.tsv",
// ":/scenarios/midnight_hubs.csv"); nullopt with the reason when the resources are missing.
std::optional<sim::ScenarioInputs> loadBundledInputs(QString* error = nullptr);

std::optional<sim::Scenario> makeScenario(const ScenarioSpec& spec,
                                          const sim::ScenarioInputs& inputs,
                                          QString* error = nullptr);
// "midnight-express" / "on-demand": the store's scenario name.
QString scenarioCode(ScenarioKind kind);

// JSON lines when the name ends in .jsonl, .ndjson or .json; CSV otherwise.
bool isJsonLines(const QString& path);
io::OrderImport importOrders(const QString& path);
io::CourierImport importCouriers(const QString& path);

// File > Import: the orders file and, optionally, the couriers file, each in either format; every
// rejected row is reported as "<file name>:<row>: <reason>" and does not stop the good rows.
struct ImportedFiles {
    std::vector<Order> orders;
    std::vector<Courier> couriers;
    int utcOffsetS = sim::kSeoulUtcOffsetS;  // of the first time read
    QStringList rejected;
};
ImportedFiles importFiles(const QString& ordersPath, const QString& couriersPath = {});

// A shift from imported items: it starts at the earliest shift start or order time; orders
// without placed_at are known from that start. Nullopt with the reason when nothing is left.
std::optional<sim::Scenario> scenarioFromImport(const QString& name, std::vector<Order> orders,
                                                std::vector<Courier> couriers, int utcOffsetS,
                                                QString* error = nullptr);

// Writes the interchange file (format by extension); false with the reason on failure.
bool exportOrders(const QString& path, const std::vector<Order>& orders, int utcOffsetS,
                  QString* error = nullptr);
bool exportCouriers(const QString& path, const std::vector<Courier>& couriers, int utcOffsetS,
                    QString* error = nullptr);

}  // namespace chongal::app
