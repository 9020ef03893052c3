#pragma once
// A delivery order as the dispatch desk knows it (interchange format of SCENARIOS.md).
// Times are Unix epoch seconds; the shift's UTC offset is kept on the Shift for display.
#include <string>

#include "core/model/geo.h"
#include "core/model/units.h"

namespace chongal {

struct Order {
    std::string id;
    GeoPoint pickup;
    GeoPoint dropoff;
    Time placedAt = 0;  // when the order becomes known
    Time readyAt = 0;   // goods ready at the pickup
    Time dueAt = 0;     // promise: handover must start no later than this
    Load size = 1;
    Time pickupServiceS = 20;
    Time dropoffServiceS = 120;
    std::string customer;
    std::string address;
    std::string note;
};

}  // namespace chongal
