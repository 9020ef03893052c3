#pragma once
// Where customers live: a dong drawn in proportion to its population, then a uniformly random
// point inside the dong's polygon (rejection sampling in its bounding box). Shared by the
// scenario generators.
#include <cstdint>
#include <vector>

#include "core/model/geo.h"
#include "core/sim/hubs.h"
#include "core/sim/random.h"
#include "core/spatial/zones.h"

namespace chongal::sim {

// Generated coordinates are rounded to 1e-6 degrees (about 0.1 m) so exported files stay short;
// the rounding happens before the inside test, so rounded points are still inside.
double roundMicroDegrees(double degrees);

class CustomerSampler {
public:
    // `dongs` must outlive the sampler; zones with no population are never drawn.
    explicit CustomerSampler(const spatial::ZoneSet& dongs);
    // False when no zone has a population (nothing to draw from).
    bool usable() const { return !prefix_.empty() && prefix_.back() > 0; }

    struct Customer {
        GeoPoint point;
        int zone = -1;  // index into dongs.zones()
    };
    Customer draw(Rng& rng) const;

    // A uniformly random point inside zone `zone` (label point if 1,000 draws all miss, which a
    // real dong never does: its polygon fills a good part of its bounding box).
    GeoPoint pointIn(int zone, Rng& rng) const;

private:
    const spatial::ZoneSet& dongs_;
    std::vector<std::int64_t> prefix_;  // cumulative populations
};

// Index of the hub nearest to `p` by great-circle distance (the first on ties); -1 if none.
int nearestHub(const std::vector<Hub>& hubs, GeoPoint p);

// "<gu> <dong>" of a dong zone, e.g. "종로구 사직동": the address the console searches by district.
std::string dongAddress(const spatial::Zone& dong);

}  // namespace chongal::sim
