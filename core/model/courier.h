#pragma once
// A courier (motorbike rider) and the shift they work.
#include <optional>
#include <string>

#include "core/model/geo.h"
#include "core/model/units.h"

namespace chongal {

struct Courier {
    std::string id;
    std::string name;
    GeoPoint start;
    std::optional<GeoPoint> end;  // empty: the route ends at its last stop
    Time shiftStart = 0;          // epoch seconds
    Time shiftEnd = 0;
    Load capacity = 10;
    double speedKmh = 22.0;
};

}  // namespace chongal
