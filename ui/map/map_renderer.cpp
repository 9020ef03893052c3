#include "ui/map/map_renderer.h"

#include <QElapsedTimer>
#include <QPainter>
#include <cmath>

#include "ui/map/line_raster.h"
#include "ui/map/tile_source.h"

namespace chongal::ui {

namespace {
const char* const kBaseAttribution = "경계: 통계청 SGIS (KOGL 1), vuski/admdongkor (CC BY 4.0)";
}

MapRenderer::MapRenderer(std::shared_ptr<const BaseMap> base)
    : base_(base ? std::move(base) : std::make_shared<const BaseMap>()), baseLayer_(base_) {}

void MapRenderer::setScene(const MapScene& scene) {
    scene_ = scene;
    index_.rebuildAll(scene_);
    clustering_.valid = false;
}

void MapRenderer::setHubs(const QList<MapHub>& hubs) {
    scene_.hubs = hubs;
    index_.rebuildHubs(scene_);
    index_.rebuildSelection(scene_);
}

void MapRenderer::setCouriers(const QList<MapCourier>& couriers) {
    scene_.couriers = couriers;
    index_.rebuildCouriers(scene_);
    index_.rebuildRoutes(scene_);  // route -> courier lookup is sized by the courier list
    index_.rebuildSelection(scene_);
}

void MapRenderer::setOrders(const QList<MapOrder>& orders) {
    scene_.orders = orders;
    index_.rebuildOrders(scene_);
    index_.rebuildSelection(scene_);
    clustering_.valid = false;
}

void MapRenderer::setRoutes(const QList<MapRoute>& routes) {
    scene_.routes = routes;
    index_.rebuildRoutes(scene_);
}

void MapRenderer::setSelection(const QSet<QString>& ids) {
    scene_.selection = ids;
    index_.rebuildSelection(scene_);
}

const MapRenderer::Clustering& MapRenderer::clusteringFor(const MapViewport& vp) {
    Clustering& c = clustering_;
    if (c.valid && c.centre0 == vp.centre0() && c.zoom == vp.zoom() && c.size == vp.size())
        return c;
    c.valid = true;
    c.centre0 = vp.centre0();
    c.zoom = vp.zoom();
    c.size = vp.size();
    const QRectF cull = cullRect(vp);
    // Everything in view (the city-zoom case): skip the R-tree walk, take all markers.
    if (cull.contains(index_.activeBounds0())) {
        c.markers.clear();
        c.markers.reserve(index_.activeMarkerCount());
        for (int o = 0; o < scene_.orders.size(); ++o) {
            if (pickupActive(scene_.orders[o].status))
                c.markers.push_back(OrderMarker::pack(o, false));
            if (dropoffActive(scene_.orders[o].status))
                c.markers.push_back(OrderMarker::pack(o, true));
        }
    } else {
        c.markers = index_.activeMarkersIn(cull);
    }
    // Zoomed out every cell of more than one marker is a badge; at street zoom only piles of
    // more than three (a store or hub with many parcels waiting) are.
    const bool zoomedOut = clustered(vp);
    c.cellPx = zoomedOut ? MarkerClusterer::kCellPx : MarkerClusterer::kDeclutterPx;
    const int pile = zoomedOut ? 1 : 3;
    std::vector<int> clusterOf;
    c.clusters = MarkerClusterer::cluster(index_, scene_, c.markers, vp, c.cellPx, &clusterOf);
    c.badges.clear();
    c.singles.clear();
    c.inBadge.assign(std::size_t(scene_.orders.size()) * 2, 0);
    for (int k = 0; k < int(c.clusters.size()); ++k)
        if (c.clusters[k].count > pile) c.badges.push_back(k);
    // A pile of pickups at a hub is the hub's stock: its badge sits at the hub icon's top-left
    // corner instead of covering the icon (and the hub's name on its right).
    for (int k : c.badges) {
        MarkerCluster& b = c.clusters[k];
        if (b.dropoff) continue;
        const WorldPoint w0 = vp.toWorld0(b.centre);
        if (int h = index_.nearestHub(w0, 14.0 / vp.scale()); h >= 0)
            b.centre = vp.toScreen(index_.hubs()[h]) + QPointF(-15, -15);
    }
    for (std::size_t i = 0; i < c.markers.size(); ++i) {
        const int k = clusterOf[i];
        if (k >= 0 && c.clusters[k].count > pile)
            c.inBadge[c.markers[i]] = 1;
        else
            c.singles.push_back(c.markers[i]);
    }
    return c;
}

void MapRenderer::render(QPainter& p, const MapViewport& vp, qreal dpr) {
    QElapsedTimer timer;
    timer.start();
    stats_ = {};
    sprites_.setDevicePixelRatio(dpr);
    p.save();
    p.setClipRect(QRectF(QPointF(0, 0), vp.size()));
    p.setRenderHint(QPainter::Antialiasing);
    BaseLayerOptions base{scene_.zones.showDongs, scene_.zones.showGu, scene_.zones.showLabels,
                          tiles_ != nullptr};
    if (tiles_) {
        p.fillRect(QRectF(QPointF(0, 0), vp.size()), QColor(0xE6, 0xE8, 0xEB));
        tiles_->draw(p, vp);
    }
    const long long before = baseLayer_.tilesRendered();
    const QImage* frame = p.device() && p.device()->devType() == QInternal::Image
                              ? static_cast<const QImage*>(p.device())
                              : nullptr;
    baseLayer_.draw(p, vp, base, dpr,
                    frame && frame->size() == QSize(int(std::ceil(vp.size().width() * dpr)),
                                                    int(std::ceil(vp.size().height() * dpr)))
                        ? frame
                        : nullptr);
    stats_.baseTilesRendered = int(baseLayer_.tilesRendered() - before);
    stats_.baseMs = timer.nsecsElapsed() / 1e6;

    FrameContext f{p, vp, scene_, index_, *base_, sprites_, cullRect(vp), stats_};
    f.dpr = dpr;
    if (p.device() && p.device()->devType() == QInternal::Image) {
        auto* img = static_cast<QImage*>(p.device());
        const QTransform t = p.deviceTransform();
        if (LineRaster::supports(*img) && t.type() <= QTransform::TxScale && t.dx() == 0 &&
            t.dy() == 0 && t.m11() == dpr && t.m22() == dpr)
            f.target = img;
    }
    layers::drawZoneHighlights(f);
    const double routesStart = timer.nsecsElapsed() / 1e6;
    layers::drawRoutes(f);
    const double markersStart = timer.nsecsElapsed() / 1e6;
    stats_.routesMs = markersStart - routesStart;
    layers::drawHubs(f);
    const Clustering& c = clusteringFor(vp);
    std::vector<MarkerCluster> badges;
    badges.reserve(c.badges.size());
    for (int k : c.badges) badges.push_back(c.clusters[k]);
    // Zoomed out, couriers are dots under the order badges so the counts stay readable; closer
    // in they are the main actors and go on top.
    const bool dots = vp.zoom() < LevelOfDetail::kCourierDots;
    if (dots) layers::drawCouriers(f);
    layers::drawOrders(f, badges, c.singles);
    if (!dots) layers::drawCouriers(f);
    layers::drawHubLabels(f);
    stats_.markersMs = timer.nsecsElapsed() / 1e6 - markersStart;
    layers::drawSelection(f);
    if (drag_) layers::drawDrag(f, *drag_);
    QString attribution = kBaseAttribution;
    if (tiles_ && !tiles_->attribution().isEmpty()) attribution += " · " + tiles_->attribution();
    layers::drawAttribution(f, attribution);
    p.restore();
    stats_.ms = timer.nsecsElapsed() / 1e6;
}

QImage MapRenderer::renderToImage(const MapViewport& vp, qreal dpr) {
    QImage img(int(std::ceil(vp.size().width() * dpr)), int(std::ceil(vp.size().height() * dpr)),
               QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    QPainter p(&img);
    render(p, vp, dpr);
    return img;
}

int MapRenderer::courierAt(const MapViewport& vp, QPointF screen, double tol) const {
    const double r = vp.zoom() < LevelOfDetail::kCourierDots
                         ? 3.5
                         : SpriteCache::courierRadius(vp.zoom() >= LevelOfDetail::kLargeCouriers);
    return index_.nearestCourier(vp.toWorld0(screen), (r + tol) / vp.scale());
}

MapHit MapRenderer::hitTest(const MapViewport& vp, QPointF screen, double tol) {
    MapHit hit;
    const WorldPoint p0 = vp.toWorld0(screen);
    // Couriers first where they are drawn on top; zoomed out they are dots under the order
    // badges, so a badge under the pointer wins there (what is seen is what is picked).
    const int courier = courierAt(vp, screen, tol);
    const bool dots = vp.zoom() < LevelOfDetail::kCourierDots;
    auto courierHit = [&] {
        return MapHit{HitKind::Courier,
                      courier,
                      scene_.couriers[courier].id,
                      {},
                      vp.toScreen(index_.couriers()[courier])};
    };
    if (courier >= 0 && !dots) return courierHit();
    auto orderHit = [&](int packed) {
        const OrderMarker m = OrderMarker::unpack(packed);
        return MapHit{m.dropoff ? HitKind::OrderDropoff : HitKind::OrderPickup,
                      m.order,
                      scene_.orders[m.order].id,
                      {},
                      vp.toScreen(index_.marker(packed))};
    };
    const Clustering& c = clusteringFor(vp);
    const MarkerCluster* best = nullptr;
    double bestD = 1e300;
    for (int k : c.badges) {
        const MarkerCluster& b = c.clusters[k];
        const double r = 10.0 + 3.0 * std::log10(double(b.count));
        const double d = std::hypot(b.centre.x() - screen.x(), b.centre.y() - screen.y());
        // Drop-off badges are drawn over pickup badges: prefer them on ties.
        if (d <= r + tol && (d < bestD || (d == bestD && b.dropoff))) bestD = d, best = &b;
    }
    // A single marker drawn over a badge wins only if the pointer is really on it.
    const int m = index_.nearestActiveMarker(p0, (SpriteCache::markerRadius() + tol) / vp.scale(),
                                             [&](int packed) { return !c.inBadge[packed]; });
    if (m >= 0 && (!best || std::hypot(vp.toScreen(index_.marker(m)).x() - screen.x(),
                                       vp.toScreen(index_.marker(m)).y() - screen.y()) <= bestD))
        return orderHit(m);
    if (courier >= 0) return courierHit();  // a dot not covered by a badge
    if (best) {
        hit.kind = HitKind::Cluster;
        hit.at = best->centre;
        for (int packed : MarkerClusterer::members(*best, index_, c.markers, vp, c.cellPx))
            hit.ids.push_back(scene_.orders[OrderMarker::unpack(packed).order].id);
        return hit;
    }
    if (vp.zoom() >= LevelOfDetail::kDoneMarkers)
        if (int m = index_.nearestDoneMarker(p0, (3.0 + tol) / vp.scale()); m >= 0)
            return orderHit(m);
    if (int h = index_.nearestHub(p0, (10.0 + tol) / vp.scale()); h >= 0)
        return {HitKind::Hub, h, scene_.hubs[h].id, {}, vp.toScreen(index_.hubs()[h])};
    return hit;
}

}  // namespace chongal::ui
