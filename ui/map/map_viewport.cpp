#include "ui/map/map_viewport.h"

#include <algorithm>
#include <cmath>

namespace chongal::ui {

MapViewport::MapViewport(GeoPoint centre, double zoom, QSizeF size) : size_(size) {
    setCentre(centre);
    setZoom(zoom);
}

void MapViewport::setCentre(GeoPoint c) {
    centre0_ = ::chongal::ui::toWorld0(c);
}

void MapViewport::setZoom(double zoom) {
    zoom_ = std::clamp(zoom, kMinZoom, kMaxZoom);
    scale_ = std::exp2(zoom_);
}

QRectF MapViewport::visibleWorld0(double marginPx) const {
    const double w = (size_.width() / 2 + marginPx) / scale_;
    const double h = (size_.height() / 2 + marginPx) / scale_;
    return {centre0_.x - w, centre0_.y - h, 2 * w, 2 * h};
}

void MapViewport::panBy(QPointF delta) {
    centre0_.x -= delta.x() / scale_;
    centre0_.y -= delta.y() / scale_;
}

void MapViewport::zoomAbout(QPointF anchor, double newZoom) {
    const WorldPoint under = toWorld0(anchor);
    setZoom(newZoom);
    // Solve toScreen(under) == anchor for the centre.
    centre0_.x = under.x - (anchor.x() - size_.width() / 2) / scale_;
    centre0_.y = under.y - (anchor.y() - size_.height() / 2) / scale_;
}

void MapViewport::fit(const GeoBounds& b, double paddingPx, double maxZoom) {
    const WorldPoint nw = ::chongal::ui::toWorld0(GeoPoint{b.north, b.west});
    const WorldPoint se = ::chongal::ui::toWorld0(GeoPoint{b.south, b.east});
    centre0_ = {(nw.x + se.x) / 2, (nw.y + se.y) / 2};
    const double w = std::max(se.x - nw.x, 1e-9);
    const double h = std::max(se.y - nw.y, 1e-9);
    const double availW = std::max(size_.width() - 2 * paddingPx, 1.0);
    const double availH = std::max(size_.height() - 2 * paddingPx, 1.0);
    setZoom(std::min(maxZoom, std::log2(std::min(availW / w, availH / h))));
}

}  // namespace chongal::ui
