#include "core/sim/scenario_inputs.h"

#include <fstream>

namespace chongal::sim {

std::optional<ScenarioInputs> loadScenarioInputs(const std::string& resourcesDir,
                                                 std::string* error) {
    auto fail = [&](const std::string& file, int line, const std::string& message) {
        if (error) *error = file + ":" + std::to_string(line) + ": " + message;
        return std::nullopt;
    };
    const std::string dongsPath = resourcesDir + "/geo/seoul_dongs.tsv";
    const std::string hubsPath = resourcesDir + "/scenarios/midnight_hubs.csv";

    std::ifstream dongsIn(dongsPath, std::ios::binary);
    if (!dongsIn) return fail(dongsPath, 0, "cannot open");
    std::vector<spatial::ZoneLoadError> zoneErrors;
    ScenarioInputs inputs{spatial::ZoneSet::fromTsv(dongsIn, &zoneErrors), {}};
    if (!zoneErrors.empty())
        return fail(dongsPath, zoneErrors.front().line, zoneErrors.front().message);
    if (inputs.dongs.zones().empty()) return fail(dongsPath, 0, "no dongs");

    HubImport hubs = readHubsCsvFile(hubsPath);
    if (!hubs.errors.empty())
        return fail(hubsPath, hubs.errors.front().row, hubs.errors.front().message);
    if (hubs.items.empty()) return fail(hubsPath, 0, "no hubs");
    inputs.hubs = std::move(hubs.items);
    return inputs;
}

}  // namespace chongal::sim
