#include "core/sim/demand.h"

#include <cmath>

namespace chongal::sim {

double roundMicroDegrees(double degrees) {
    return std::round(degrees * 1e6) / 1e6;
}

CustomerSampler::CustomerSampler(const spatial::ZoneSet& dongs) : dongs_(dongs) {
    std::vector<std::int64_t> weights;
    for (const spatial::Zone& z : dongs.zones()) weights.push_back(std::max(0L, z.population));
    prefix_ = prefixSums(weights);
}

CustomerSampler::Customer CustomerSampler::draw(Rng& rng) const {
    const int zone = int(rng.weighted(prefix_));
    return {pointIn(zone, rng), zone};
}

GeoPoint CustomerSampler::pointIn(int zone, Rng& rng) const {
    const spatial::Zone& z = dongs_.zones()[std::size_t(zone)];
    const auto& lo = z.bounds.min_corner();
    const auto& hi = z.bounds.max_corner();
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const double lon = roundMicroDegrees(rng.uniform(lo.x(), hi.x()));
        const double lat = roundMicroDegrees(rng.uniform(lo.y(), hi.y()));
        if (spatial::bg::covered_by(spatial::XY(lon, lat), z.shape)) return {lat, lon};
    }
    return z.labelPoint;
}

int nearestHub(const std::vector<Hub>& hubs, GeoPoint p) {
    int best = -1;
    double bestMetres = 0;
    for (std::size_t i = 0; i < hubs.size(); ++i) {
        const double d = haversineMetres(hubs[i].position, p);
        if (best < 0 || d < bestMetres) best = int(i), bestMetres = d;
    }
    return best;
}

std::string dongAddress(const spatial::Zone& dong) {
    return dong.parent.empty() ? dong.name : dong.parent + " " + dong.name;
}

}  // namespace chongal::sim
