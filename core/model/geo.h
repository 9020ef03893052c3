#pragma once
// Geographic points. Convention everywhere in Chongal: latitude first, then longitude, in degrees
// (WGS 84). Projection and screen math live in ui/, not here.
#include <cmath>

namespace chongal {

struct GeoPoint {
    double lat = 0.0;
    double lon = 0.0;
    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

// Great-circle distance in metres (haversine on a sphere of the mean Earth radius).
inline double haversineMetres(GeoPoint a, GeoPoint b) {
    constexpr double kEarthRadius = 6'371'008.8;
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    const double dLat = (b.lat - a.lat) * kRad;
    const double dLon = (b.lon - a.lon) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) *
                         std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::sqrt(std::min(1.0, h)));
}

}  // namespace chongal
