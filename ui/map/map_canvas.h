#pragma once
// The map widget: owns the view (centre, zoom) and turns input into view changes and signals.
// All drawing goes through MapRenderer (into a frame image, then one blit); all picking through
// MapRenderer::hitTest. The canvas never changes dispatch data: clicks become
// selectionRequested, drags of order markers become orderDrag* signals that the console turns
// into what-if previews and undoable commands.
//
// Input: wheel zooms about the cursor; left-drag on empty map pans; left-drag from an order
// marker drags that order (drop onto a courier); click selects (Ctrl/Shift: additive), click on
// a cluster zooms into it; arrows pan, +/- zoom, 0 fits Seoul, F fits the selection, Esc cancels
// a drag. Hovering shows a tooltip with the item's details.
#include <QImage>
#include <QPoint>
#include <QPointer>
#include <QWidget>
#include <memory>

#include "ui/map/map_renderer.h"
#include "ui/map/map_viewport.h"

class QTimer;
class QVariantAnimation;

namespace chongal::ui {

class TileSource;

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr,
                       std::shared_ptr<const BaseMap> base = BaseMap::seoul());
    ~MapCanvas() override;

    // Scene (the app's data). Fine-grained setters re-index only what changed.
    void setScene(const MapScene& scene);
    void setHubs(const QList<MapHub>& hubs);
    void setCouriers(const QList<MapCourier>& couriers);
    void setOrders(const QList<MapOrder>& orders);
    void setRoutes(const QList<MapRoute>& routes);
    void setSelection(const QSet<QString>& ids);
    void setZoneOverlay(const ZoneOverlay& zones);
    const MapScene& scene() const { return renderer_.scene(); }
    MapRenderer& renderer() { return renderer_; }

    // View.
    const MapViewport& viewport() const { return view_; }
    GeoPoint centre() const { return view_.centre(); }
    double zoom() const { return view_.zoom(); }
    void setView(GeoPoint centre, double zoom);
    void zoomAbout(QPointF anchor, double newZoom, bool animated = false);
    void panBy(QPointF delta);
    void fitSeoul();
    void fitSelection();  // no-op without a selection
    void setAnimationsEnabled(bool on) { animations_ = on; }
    bool animationsEnabled() const { return animations_; }

    // What-if text from the console, shown beside the cursor while an order is dragged.
    void setDragPreviewText(const QString& text);
    bool isDraggingOrder() const { return drag_.active; }
    // Raster tiles under the vector map (nullptr: offline only). Not owned.
    void setTileSource(TileSource* source);

    MapHit hitTest(QPointF pos) { return renderer_.hitTest(view_, pos, kHitTolerancePx); }

    QSize sizeHint() const override { return {900, 650}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

    static constexpr double kHitTolerancePx = 4.0;
    static constexpr double kWheelStep = 0.5;    // zoom levels per wheel notch
    static constexpr double kPanStepPx = 120.0;  // per arrow key press
    static constexpr double kTileBudgetMs = 8.0;  // new base-map tiles per frame

signals:
    void viewChanged(double centreLat, double centreLon, double zoom);
    void selectionRequested(const QStringList& ids, bool additive);
    void hoveredChanged(const QString& id);
    void orderDragStarted(const QString& orderId);
    void orderDragMoved(const QString& orderId, const QString& courierIdUnderCursor, QPoint pos);
    void orderDropped(const QString& orderId, const QString& courierIdUnderCursor);
    void orderDragCancelled(const QString& orderId);

protected:
    bool event(QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void leaveEvent(QEvent* e) override;

private:
    struct Press {
        bool down = false;
        QPointF at;    // where the button went down
        QPointF last;  // last pointer position while panning
        MapHit hit;    // what was under it
        bool panning = false;
    };
    struct Drag {
        bool active = false;
        int order = -1;
        bool dropoff = true;
        QString orderId;
        QString target;  // courier id under the cursor, may be empty
        QString previewText;
    };

    void viewUpdated();
    void animateTo(WorldPoint centre0, double zoom, QPointF anchor, bool anchored);
    void stopAnimation();
    void setHovered(const QString& id);
    void updateDrag(QPointF pos);
    void endDrag(bool dropped);
    QString tooltipFor(const MapHit& hit) const;

    MapRenderer renderer_;
    MapViewport view_;
    QImage frame_;
    Press press_;
    Drag drag_;
    bool animations_ = true;
    QVariantAnimation* animation_ = nullptr;
    QTimer* refine_ = nullptr;  // another frame while base tiles are still being rendered
};

}  // namespace chongal::ui
