#pragma once
// A generated or imported shift before dispatch starts: who works, what must be delivered.
#include <string>
#include <vector>

#include "core/model/courier.h"
#include "core/model/order.h"
#include "core/model/units.h"
#include "core/sim/hubs.h"

namespace chongal::sim {

// 2026-11-20T00:00:00+09:00: the Midnight Express launch night, default day of the generators.
inline constexpr Time kDefaultDayStart = 1'795'100'400;
inline constexpr int kSeoulUtcOffsetS = 9 * 3600;

struct Scenario {
    std::string name;                   // "Midnight Express", "On-demand day", or the imported file
    Time start = 0;                     // epoch seconds when the shift begins (the clock's 0)
    int utcOffsetS = kSeoulUtcOffsetS;  // for display and export; Seoul is UTC+9 all year
    std::vector<Hub> hubs;              // pickup points (stores); may be empty for imported shifts
    std::vector<Order> orders;          // by placedAt, then id
    std::vector<Courier> couriers;
};

}  // namespace chongal::sim
