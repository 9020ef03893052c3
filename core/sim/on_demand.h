#pragma once
// The on-demand day of SCENARIOS.md: orders arrive over the day from stores (a Poisson process
// whose rate follows the hour of day: night trough, lunch and dinner peaks), become ready after a
// preparation time and are promised within the hour; couriers work staggered shifts that follow
// the demand. Deterministic: the same inputs and seed give the same day on every platform.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/sim/scenario.h"
#include "core/spatial/zones.h"

namespace chongal::sim {

struct OnDemandParams {
    std::uint64_t seed = 1;
    Time start = kDefaultDayStart;  // a local midnight; the day is [start, start + durationS)
    int utcOffsetS = kSeoulUtcOffsetS;
    Time durationS = 24 * 3600;
    // Mean orders per hour by local hour of day (00-01 first); about 1,470 over a whole day.
    std::array<double, 24> ordersPerHour = {
        30,  20,  12,  8,  6,  6,    // 00-06: night
        10,  20,  30,  40, 60, 110,  // 06-12: morning, lunch building up
        150, 110, 60,  50, 60, 110,  // 12-18: lunch peak, afternoon lull
        170, 150, 100, 70, 50, 40,   // 18-24: dinner peak, late night
    };
    // Stores: this many points within storeRadiusM of each hub, inside Seoul.
    int storesPerHub = 3;
    double storeRadiusM = 800;
    // A customer orders from one of the storeChoices stores nearest to them, uniformly.
    int storeChoices = 3;
    Time prepMinS = 8 * 60;  // ready = placed + preparation, uniform in [min, max]
    Time prepMaxS = 20 * 60;
    Time promiseS = 3600;  // due = placed + promise
    Time pickupServiceS = 60;
    Time dropoffServiceS = 120;
    Load orderSize = 1;
    // Couriers: shift lengths uniform on the shiftStepS grid in [shiftMinS, shiftMaxS]; the
    // middle of each shift drawn in proportion to the hourly rate, so more riders work the peaks.
    // A quiet hour weighs at least quietHourStaffing of the mean rate: orders there come one by
    // one and far apart, so each takes a rider longer. Without it the night had 3 riders and
    // nearly all its orders were late (solver, seed 1, 100 couriers: 77.1 % on time over the
    // day, with it 83.2 %; 160 couriers: 95.9 % and 97.5 %).
    int couriers = 100;
    double quietHourStaffing = 0.5;
    Time shiftMinS = 4 * 3600;
    Time shiftMaxS = 8 * 3600;
    Time shiftStepS = 30 * 60;
    Load capacity = 4;
    double speedKmh = 22.0;
};

// Empty when the parameters are usable, else the reason.
std::string checkParams(const OnDemandParams& params);

// The day, or nullopt with the reason. Scenario::hubs holds the stores (ids "<hub>-S<k>").
std::optional<Scenario> generateOnDemandDay(const spatial::ZoneSet& dongs,
                                            const std::vector<Hub>& hubs,
                                            const OnDemandParams& params,
                                            std::string* error = nullptr);

// Convenience: loads the bundled dongs and hubs from `resourcesDir` first.
std::optional<Scenario> loadOnDemandDay(const std::string& resourcesDir,
                                        const OnDemandParams& params, std::string* error = nullptr);

}  // namespace chongal::sim
