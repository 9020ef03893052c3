#include "ui/map/web_mercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace chongal::ui {

namespace {
constexpr double kPi = std::numbers::pi;
constexpr double kDeg = kPi / 180.0;
}  // namespace

double WebMercator::worldSize(double zoom) {
    return kTileSize * std::exp2(zoom);
}

WorldPoint WebMercator::project(GeoPoint p, double zoom) {
    const double size = worldSize(zoom);
    const double lat = std::clamp(p.lat, -kMaxLatitude, kMaxLatitude);
    const double s = std::sin(lat * kDeg);
    const double y = 0.5 - std::log((1 + s) / (1 - s)) / (4 * kPi);
    return {(p.lon + 180.0) / 360.0 * size, y * size};
}

GeoPoint WebMercator::unproject(WorldPoint w, double zoom) {
    const double size = worldSize(zoom);
    const double lon = w.x / size * 360.0 - 180.0;
    const double lat = std::atan(std::sinh(kPi * (1 - 2 * w.y / size))) / kDeg;
    return {lat, lon};
}

TileId WebMercator::tileAt(GeoPoint p, int z) {
    const WorldPoint w = project(p, z);
    const int last = (1 << z) - 1;
    return {std::clamp(int(std::floor(w.x / kTileSize)), 0, last),
            std::clamp(int(std::floor(w.y / kTileSize)), 0, last), z};
}

GeoPoint WebMercator::tileOrigin(TileId t) {
    return unproject({t.x * kTileSize, t.y * kTileSize}, t.z);
}

}  // namespace chongal::ui
