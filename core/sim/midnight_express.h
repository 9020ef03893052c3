#pragma once
// The Midnight Express scenario of SCENARIOS.md: pre-orders ready at their hub at 00:00, promised
// by 01:00; customers spread over Seoul in proportion to population; each order belongs to the
// nearest hub; motorbike couriers start at the hubs, shared out by order count.
// Deterministic: the same inputs and seed give the same scenario on every platform.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/sim/scenario.h"
#include "core/spatial/zones.h"

namespace chongal::sim {

struct MidnightExpressParams {
    std::uint64_t seed = 1;
    int orders = 1000;
    int fleet = 90;                 // couriers in total
    Time start = kDefaultDayStart;  // orders placed and ready, couriers' shift start
    int utcOffsetS = kSeoulUtcOffsetS;
    Time promiseS = 3600;    // due = start + promise
    Time shiftS = 2 * 3600;  // couriers' shift end = start + shift
    Time pickupServiceS = 20;
    Time dropoffServiceS = 120;
    Load orderSize = 1;
    Load capacity = 10;  // orders on board
    double speedKmh = 22.0;
};

// Empty when the parameters are usable, else the reason.
std::string checkParams(const MidnightExpressParams& params);

// The scenario, or nullopt with the reason (bad parameters, no hubs, no populated dongs).
// `dongs` are Seoul's dongs with population (resources/geo/seoul_dongs.tsv).
std::optional<Scenario> generateMidnightExpress(const spatial::ZoneSet& dongs,
                                                const std::vector<Hub>& hubs,
                                                const MidnightExpressParams& params,
                                                std::string* error = nullptr);

// Convenience: loads the bundled dongs and hubs from `resourcesDir` first.
std::optional<Scenario> loadMidnightExpress(const std::string& resourcesDir,
                                            const MidnightExpressParams& params,
                                            std::string* error = nullptr);

// Shares `fleet` couriers among hubs in proportion to their order counts by the largest-remainder
// (Hamilton) method, then moves single couriers so every hub with orders has at least one (taken
// from the hub with the most couriers per order). Remainder ties go to the hub with more orders,
// then the lower index. With fewer couriers than busy hubs, the busiest hubs get one each. With no
// orders at all, the fleet is shared equally.
std::vector<int> apportionFleet(const std::vector<int>& ordersPerHub, int fleet);

}  // namespace chongal::sim
