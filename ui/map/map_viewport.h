#pragma once
// The part of the world a frame shows: centre (in zoom-0 world pixels), fractional zoom and the
// widget size in logical pixels. Pure value type; conversions between geographic points, world
// pixels and screen (widget) coordinates. Screen origin is the widget's top-left corner.
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <algorithm>

#include "ui/map/web_mercator.h"

namespace chongal::ui {

// Zoom-0 world pixels: the unit every projected item is stored in (see SceneIndex, BaseMap).
inline WorldPoint toWorld0(GeoPoint p) {
    return WebMercator::project(p, 0.0);
}

struct GeoBounds {
    double south = 0, west = 0, north = 0, east = 0;

    // The bounds of a set of points: start from empty() and include() each one.
    static GeoBounds empty() { return {90, 180, -90, -180}; }
    bool isEmpty() const { return south > north; }
    void include(GeoPoint p) {
        south = std::min(south, p.lat), north = std::max(north, p.lat);
        west = std::min(west, p.lon), east = std::max(east, p.lon);
    }
};

class MapViewport {
public:
    static constexpr double kMinZoom = 3.0;
    static constexpr double kMaxZoom = 19.0;

    MapViewport() = default;
    MapViewport(GeoPoint centre, double zoom, QSizeF size);

    GeoPoint centre() const { return WebMercator::unproject(centre0_, 0.0); }
    WorldPoint centre0() const { return centre0_; }
    double zoom() const { return zoom_; }
    QSizeF size() const { return size_; }
    double scale() const { return scale_; }  // screen pixels per zoom-0 world pixel: 2^zoom

    void setCentre(GeoPoint c);
    void setCentre0(WorldPoint c) { centre0_ = c; }
    void setZoom(double zoom);  // clamped to [kMinZoom, kMaxZoom]
    void setSize(QSizeF size) { size_ = size; }

    QPointF toScreen(WorldPoint w0) const {
        return {(w0.x - centre0_.x) * scale_ + size_.width() / 2,
                (w0.y - centre0_.y) * scale_ + size_.height() / 2};
    }
    QPointF toScreen(GeoPoint p) const { return toScreen(::chongal::ui::toWorld0(p)); }
    WorldPoint toWorld0(QPointF screen) const {
        return {centre0_.x + (screen.x() - size_.width() / 2) / scale_,
                centre0_.y + (screen.y() - size_.height() / 2) / scale_};
    }
    GeoPoint toGeo(QPointF screen) const { return WebMercator::unproject(toWorld0(screen), 0.0); }
    // The visible area in zoom-0 world pixels, grown by `marginPx` screen pixels on each side.
    QRectF visibleWorld0(double marginPx = 0.0) const;

    // Pans by a screen-space offset (the map moves with the pointer: content follows `delta`).
    void panBy(QPointF delta);
    // Changes zoom keeping the geographic point under `anchor` (screen) where it is.
    void zoomAbout(QPointF anchor, double newZoom);
    // Centres on `b` at the largest zoom (at most `maxZoom`) where it fits with `paddingPx`
    // around it; a single point is shown at `maxZoom`.
    void fit(const GeoBounds& b, double paddingPx = 24.0, double maxZoom = 16.0);

private:
    WorldPoint centre0_{128.0, 128.0};
    double zoom_ = 11.0;
    double scale_ = 2048.0;
    QSizeF size_{800, 600};
};

}  // namespace chongal::ui
