#pragma once
// The dynamic layers of a frame, drawn in this order over the (cached) base map:
// zone highlights, routes, hubs, orders (clustered when zoomed out), couriers, hub names,
// selection and hover emphasis, the drag overlay. Each layer reads a FrameContext and draws;
// none keeps state.
#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

#include "ui/map/base_map.h"
#include "ui/map/map_scene.h"
#include "ui/map/map_viewport.h"
#include "ui/map/marker_clusterer.h"
#include "ui/map/scene_index.h"
#include "ui/map/sprite_cache.h"

class QPainter;

namespace chongal::ui {

// Zoom thresholds of the level of detail.
struct LevelOfDetail {
    static constexpr double kDetailedRoutes = 13.0;  // chevrons, wider lines
    static constexpr double kCourierDots = 12.5;     // below: plain dots under the order badges
    static constexpr double kLargeCouriers = 13.5;   // bigger icons, load bars
    static constexpr double kCourierLabels = 15.0;
    static constexpr double kDoneMarkers = 13.0;
    static constexpr double kHubLabels = 11.0;
};

// An order marker being dragged towards a courier (map coordinates in screen pixels).
struct DragOverlay {
    int order = -1;
    bool dropoff = true;
    QPointF cursor;
    int targetCourier = -1;
    QString previewText;  // what-if summary from the app, may be empty
};

struct FrameStats {
    int routes = 0;
    int couriers = 0;
    int markers = 0;   // individual order markers drawn
    int clusters = 0;  // cluster badges drawn (count > 1)
    int hubLabels = 0;  // hub names drawn (those that would overlap another are left out)
    int baseTilesRendered = 0;
    double ms = 0.0;
    // Where the frame's time went (wall ms): base map, routes, hubs + orders + couriers.
    double baseMs = 0.0, routesMs = 0.0, markersMs = 0.0;
};

struct FrameContext {
    QPainter& p;
    const MapViewport& vp;
    const MapScene& scene;
    const SceneIndex& index;
    const BaseMap& base;
    SpriteCache& sprites;
    QRectF cull0;  // visible zoom-0 world rect, grown by a marker margin
    FrameStats& stats;
    // The image being painted when it is one LineRaster can draw into (painter transform a pure
    // device-pixel-ratio scale); nullptr otherwise, and layers fall back to QPainter strokes.
    QImage* target = nullptr;
    qreal dpr = 1.0;
};

namespace layers {
void drawZoneHighlights(FrameContext& f);
void drawRoutes(FrameContext& f);
void drawHubs(FrameContext& f);  // icons only
// Hub names, drawn above orders and couriers: a dozen hubs are the operator's landmarks.
void drawHubLabels(FrameContext& f);
// `badges`: clusters drawn as count badges; `singles`: packed markers drawn one by one.
void drawOrders(FrameContext& f, const std::vector<MarkerCluster>& badges,
                const std::vector<int>& singles);
void drawCouriers(FrameContext& f);
void drawSelection(FrameContext& f);
void drawDrag(FrameContext& f, const DragOverlay& drag);
void drawAttribution(FrameContext& f, const QString& text);
}  // namespace layers

}  // namespace chongal::ui
