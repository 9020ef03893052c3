#pragma once
// Integer units used throughout the core. The search never compares floating-point costs.
//  - Time: seconds in dispatch problems; in benchmark problems, the instance's time unit scaled
//    by Problem::scale (so a Solomon travel time of 12.3456 becomes 123456 at scale 10'000).
//  - Dist: metres in dispatch problems; scaled instance units in benchmark problems.
//  - Load: order sizes (dispatch) or instance demand units.
#include <cstdint>
#include <limits>

namespace chongal {

using Time = std::int64_t;
using Dist = std::int64_t;
using Load = std::int32_t;
using Cost = std::int64_t;

// "No limit" for time bounds; far enough from overflow that sums of a few of them stay safe.
inline constexpr Time kNoLimit = std::numeric_limits<Time>::max() / 16;

}  // namespace chongal
