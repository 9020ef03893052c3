// Hubs, order markers (or their clusters) and couriers, all drawn from pre-rendered sprites and
// culled through the SceneIndex R-trees.
#include <QPainter>
#include <algorithm>

#include "ui/map/map_layers.h"
#include "ui/map/map_style.h"

namespace chongal::ui::layers {

void drawHubs(FrameContext& f) {
    for (int h : f.index.hubsIn(f.cull0))
        SpriteCache::drawCentred(f.p, f.vp.toScreen(f.index.hubs()[h]), f.sprites.hub());
}

// Close hubs (the stores of one district) would print their names over each other: a name that
// would overlap one already drawn is left out, in hub order so that the same ones win in every
// frame. Zooming in, or hovering the hub, shows it.
void drawHubLabels(FrameContext& f) {
    if (f.vp.zoom() < LevelOfDetail::kHubLabels) return;
    std::vector<int> hubs = f.index.hubsIn(f.cull0);
    std::sort(hubs.begin(), hubs.end());
    std::vector<QRectF> drawn;
    for (int h : hubs) {
        const QPointF at = f.vp.toScreen(f.index.hubs()[h]);
        const QImage& l = f.sprites.label(f.scene.hubs[h].name, 11.5, true);
        const QSizeF s = l.deviceIndependentSize();
        const QRectF box(at + QPointF(12, -s.height() / 2), s);
        const auto overlaps = [&](const QRectF& r) { return r.intersects(box); };
        if (std::any_of(drawn.begin(), drawn.end(), overlaps)) continue;
        drawn.push_back(box);
        SpriteCache::drawCentred(f.p, box.center(), l);
    }
    f.stats.hubLabels = int(drawn.size());
}

void drawOrders(FrameContext& f, const std::vector<MarkerCluster>& badges,
                const std::vector<int>& singles) {
    if (f.vp.zoom() >= LevelOfDetail::kDoneMarkers) {
        const QImage& done = f.sprites.doneMarker();
        for (int packed : f.index.doneMarkersIn(f.cull0))
            SpriteCache::drawCentred(f.p, f.vp.toScreen(f.index.marker(packed)), done);
    }
    // Pickups, then drop-offs (what customers wait for), then anything at risk or late on top.
    for (int pass = 0; pass < 3; ++pass) {
        for (int packed : singles) {
            const OrderMarker m = OrderMarker::unpack(packed);
            const MapOrder& o = f.scene.orders[m.order];
            const bool warn = o.risk != OrderRisk::OnTime;
            if (!(pass == 2 ? warn : (!warn && m.dropoff == bool(pass)))) continue;
            SpriteCache::drawCentred(f.p, f.vp.toScreen(f.index.marker(packed)),
                                     f.sprites.orderMarker(m.dropoff, o.status, o.risk));
            ++f.stats.markers;
        }
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (const MarkerCluster& c : badges) {
            if (c.dropoff != bool(pass)) continue;
            SpriteCache::drawCentred(f.p, c.centre, f.sprites.cluster(c));
            ++f.stats.clusters;
        }
    }
}

void drawCouriers(FrameContext& f) {
    const double zoom = f.vp.zoom();
    if (zoom < LevelOfDetail::kCourierDots) {
        for (int i : f.index.couriersIn(f.cull0)) {
            const MapCourier& c = f.scene.couriers[i];
            SpriteCache::drawCentred(f.p, f.vp.toScreen(f.index.couriers()[i]),
                                     f.sprites.courierDot(c.colorIndex, c.status));
            ++f.stats.couriers;
        }
        return;
    }
    const bool large = zoom >= LevelOfDetail::kLargeCouriers;
    const bool labels = zoom >= LevelOfDetail::kCourierLabels;
    for (int i : f.index.couriersIn(f.cull0)) {
        const MapCourier& c = f.scene.couriers[i];
        const QPointF at = f.vp.toScreen(f.index.couriers()[i]);
        if (large && c.capacity > 0) {
            // Load bar under the icon (drawn first: the heading arrow may point across it):
            // share of capacity in use; amber near full, red when over.
            const double share = std::clamp(double(c.load) / c.capacity, 0.0, 1.0);
            const QRectF bar(at.x() - 9, at.y() + 12, 18, 3.5);
            f.p.fillRect(bar.adjusted(-1, -1, 1, 1), QColor(255, 255, 255, 220));
            f.p.fillRect(bar, QColor(0xD5, 0xD9, 0xDE));
            const QColor fill = c.load > c.capacity ? style::riskColor(OrderRisk::Late)
                                : share >= 0.8      ? style::riskColor(OrderRisk::AtRisk)
                                                    : QColor(0x4A, 0x5A, 0x6A);
            f.p.fillRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), fill);
        }
        SpriteCache::drawCentred(f.p, at,
                                 f.sprites.courier(c.colorIndex, c.status, c.headingDeg, large));
        ++f.stats.couriers;
        if (labels && !c.label.isEmpty()) {
            const QImage& l = f.sprites.label(c.label, 11, false);
            SpriteCache::drawCentred(
                f.p, at + QPointF(13 + l.deviceIndependentSize().width() / 2, 0), l);
        }
    }
}

}  // namespace chongal::ui::layers
