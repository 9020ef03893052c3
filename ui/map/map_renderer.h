#pragma once
// Draws a MapScene for a viewport into any QPainter (widget or offscreen QImage), layer by layer:
// [raster tiles] -> base map (tile-cached) -> zone highlights -> routes -> hubs -> orders
// (clustered below clusterBelowZoom) -> couriers -> hub names -> selection/hover -> drag overlay -> attribution.
// Owns the scene copy, its SceneIndex and the caches; also answers hit tests for the same frame
// geometry, so what is picked is what was drawn.
#include <QImage>
#include <QStringList>
#include <memory>
#include <optional>

#include "ui/map/base_layer.h"
#include "ui/map/map_layers.h"
#include "ui/map/map_scene.h"
#include "ui/map/scene_index.h"
#include "ui/map/sprite_cache.h"

class QPainter;

namespace chongal::ui {

class TileSource;

enum class HitKind { None, Courier, OrderPickup, OrderDropoff, Hub, Cluster };

struct MapHit {
    HitKind kind = HitKind::None;
    int index = -1;   // courier, order or hub index in the scene
    QString id;       // courier, order or hub id; empty for a cluster
    QStringList ids;  // order ids of a cluster
    QPointF at;       // screen position of the item (cluster centre)
    bool isOrder() const { return kind == HitKind::OrderPickup || kind == HitKind::OrderDropoff; }
    explicit operator bool() const { return kind != HitKind::None; }
};

class MapRenderer {
public:
    explicit MapRenderer(std::shared_ptr<const BaseMap> base = BaseMap::seoul());

    void setScene(const MapScene& scene);
    void setHubs(const QList<MapHub>& hubs);
    void setCouriers(const QList<MapCourier>& couriers);
    void setOrders(const QList<MapOrder>& orders);
    void setRoutes(const QList<MapRoute>& routes);
    void setZoneOverlay(const ZoneOverlay& zones) { scene_.zones = zones; }
    void setSelection(const QSet<QString>& ids);
    void setHovered(const QString& id) { scene_.hovered = id; }
    const MapScene& scene() const { return scene_; }
    const SceneIndex& index() const { return index_; }
    const BaseMap& baseMap() const { return *base_; }
    BaseLayer& baseLayer() { return baseLayer_; }

    void setClusterBelowZoom(double z) { clusterBelowZoom_ = z; }
    double clusterBelowZoom() const { return clusterBelowZoom_; }
    void setDragOverlay(std::optional<DragOverlay> d) { drag_ = std::move(d); }
    const std::optional<DragOverlay>& dragOverlay() const { return drag_; }
    // Raster tiles under the vector layers; nullptr (default) = offline vector map only.
    void setTileSource(TileSource* source) { tiles_ = source; }
    TileSource* tileSource() const { return tiles_; }

    void render(QPainter& p, const MapViewport& vp, qreal devicePixelRatio = 1.0);
    QImage renderToImage(const MapViewport& vp, qreal devicePixelRatio = 1.0);
    const FrameStats& lastFrame() const { return stats_; }
    // False when the base map ran out of its tile budget: draw another frame soon.
    bool lastFrameComplete() const { return baseLayer_.lastFrameComplete(); }

    // Topmost item under `screen`: couriers first, then orders (or their clusters), then hubs.
    // `tolerancePx` widens every marker's hit area.
    MapHit hitTest(const MapViewport& vp, QPointF screen, double tolerancePx = 4.0);
    // Courier under `screen` only (drop targets while dragging).
    int courierAt(const MapViewport& vp, QPointF screen, double tolerancePx = 6.0) const;

private:
    struct Clustering {
        bool valid = false;
        WorldPoint centre0;
        double zoom = 0;
        QSizeF size;
        double cellPx = 0;
        std::vector<int> markers;  // visible active markers (packed)
        std::vector<MarkerCluster> clusters;
        std::vector<int> badges;    // clusters drawn as a count badge
        std::vector<int> singles;   // markers drawn individually (packed)
        std::vector<char> inBadge;  // per packed marker id: hidden inside a badge
    };
    const Clustering& clusteringFor(const MapViewport& vp);
    bool clustered(const MapViewport& vp) const { return vp.zoom() < clusterBelowZoom_; }
    QRectF cullRect(const MapViewport& vp) const { return vp.visibleWorld0(40.0); }

    std::shared_ptr<const BaseMap> base_;
    BaseLayer baseLayer_;
    SpriteCache sprites_;
    MapScene scene_;
    SceneIndex index_;
    Clustering clustering_;
    std::optional<DragOverlay> drag_;
    TileSource* tiles_ = nullptr;
    double clusterBelowZoom_ = 14.0;
    FrameStats stats_;
};

}  // namespace chongal::ui
