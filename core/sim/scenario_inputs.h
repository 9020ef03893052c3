#pragma once
// The bundled data the scenario generators draw from, loaded from a resources directory
// (the repository's resources/ or the installed copy): Seoul dongs with population and the hubs.
// The generators themselves take these as arguments and assume no file locations.
#include <optional>
#include <string>
#include <vector>

#include "core/sim/hubs.h"
#include "core/spatial/zones.h"

namespace chongal::sim {

struct ScenarioInputs {
    spatial::ZoneSet dongs;
    std::vector<Hub> hubs;
};

// Reads <resourcesDir>/geo/seoul_dongs.tsv and <resourcesDir>/scenarios/midnight_hubs.csv.
// Any unreadable file or bad row fails the load: "<file>:<line>: <reason>" in *error.
std::optional<ScenarioInputs> loadScenarioInputs(const std::string& resourcesDir,
                                                 std::string* error = nullptr);

}  // namespace chongal::sim
