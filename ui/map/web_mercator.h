#pragma once
// Web Mercator (EPSG:3857) as used by XYZ raster tiles: geographic points <-> "world pixels".
// World pixels: at zoom z the whole world is a square of 256 * 2^z pixels, x grows east from
// longitude -180, y grows south from latitude +85.0511 (the projection's clamp). Zoom may be
// fractional. Pure math, no Qt: the renderer, the hit tester and the tile fetcher share it.
#include "core/model/geo.h"

namespace chongal::ui {

struct WorldPoint {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const WorldPoint&, const WorldPoint&) = default;
};

struct TileId {
    int x = 0;
    int y = 0;
    int z = 0;
    friend bool operator==(const TileId&, const TileId&) = default;
};

class WebMercator {
public:
    static constexpr double kTileSize = 256.0;
    static constexpr double kMaxLatitude = 85.0511287798066;  // atan(sinh(pi)) in degrees

    // Edge length of the world square at `zoom`, in pixels: 256 * 2^zoom.
    static double worldSize(double zoom);
    // Latitude is clamped to +-kMaxLatitude; longitude is not wrapped.
    static WorldPoint project(GeoPoint p, double zoom);
    static GeoPoint unproject(WorldPoint w, double zoom);
    // The XYZ tile containing `p` at integer zoom `z` (clamped to the tile grid).
    static TileId tileAt(GeoPoint p, int z);
    // Geographic position of a tile's north-west corner.
    static GeoPoint tileOrigin(TileId t);
};

}  // namespace chongal::ui
