#pragma once
// A MapScene prepared for drawing and hit testing: every item projected once to zoom-0 world
// pixels, Boost.Geometry R-trees over markers for viewport culling and picking, id -> index
// lookups and selection flags. Rebuilt per kind when the scene changes (finer setters rebuild
// only what changed). Indices are positions in the MapScene lists it was built from.
#include <QHash>
#include <QRectF>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <functional>
#include <vector>

#include "ui/map/map_scene.h"
#include "ui/map/web_mercator.h"

namespace chongal::ui {

// An order has up to two markers; a marker id packs the order index and which end it is.
struct OrderMarker {
    int order = -1;
    bool dropoff = false;
    static int pack(int order, bool dropoff) { return order * 2 + int(dropoff); }
    static OrderMarker unpack(int packed) { return {packed / 2, bool(packed & 1)}; }
};

// Which ends of an order are on the map: pickups until collected, drop-offs until delivered.
// Delivered drop-offs stay as faint "done" markers; cancelled orders are not drawn.
bool pickupActive(OrderStatus s);
bool dropoffActive(OrderStatus s);
inline bool dropoffDone(OrderStatus s) {
    return s == OrderStatus::Delivered;
}

class SceneIndex {
public:
    void rebuildHubs(const MapScene& s);
    void rebuildCouriers(const MapScene& s);
    void rebuildOrders(const MapScene& s);
    void rebuildRoutes(const MapScene& s);
    void rebuildSelection(const MapScene& s);  // also hovered
    void rebuildAll(const MapScene& s);

    // Projected positions (zoom-0 world pixels), parallel to the scene lists.
    const std::vector<WorldPoint>& hubs() const { return hubs_; }
    const std::vector<WorldPoint>& couriers() const { return couriers_; }
    const std::vector<WorldPoint>& pickups() const { return pickups_; }
    const std::vector<WorldPoint>& dropoffs() const { return dropoffs_; }
    const std::vector<std::vector<WorldPoint>>& routes() const { return routes_; }
    const std::vector<QRectF>& routeBounds() const { return routeBounds_; }
    WorldPoint marker(int packed) const {
        const OrderMarker m = OrderMarker::unpack(packed);
        return m.dropoff ? dropoffs_[m.order] : pickups_[m.order];
    }

    // Items inside `area0` (zoom-0 world pixels). Active markers are the clustered ones.
    std::vector<int> couriersIn(const QRectF& area0) const;
    std::vector<int> activeMarkersIn(const QRectF& area0) const;  // packed OrderMarker ids
    std::vector<int> doneMarkersIn(const QRectF& area0) const;
    std::vector<int> hubsIn(const QRectF& area0) const;
    int activeMarkerCount() const { return int(activeTree_.size()); }
    // Bounds of everything active, zoom-0 world pixels (empty rect if nothing).
    QRectF activeBounds0() const { return activeBounds0_; }

    // The item nearest to `p0` within `radius0` (zoom-0 px), or -1.
    int nearestCourier(WorldPoint p0, double radius0) const;
    int nearestActiveMarker(WorldPoint p0, double radius0,
                            const std::function<bool(int)>& accept = {}) const;
    int nearestDoneMarker(WorldPoint p0, double radius0) const;
    int nearestHub(WorldPoint p0, double radius0) const;

    int courierIndex(const QString& id) const { return courierById_.value(id, -1); }
    int orderIndex(const QString& id) const { return orderById_.value(id, -1); }
    int hubIndex(const QString& id) const { return hubById_.value(id, -1); }
    // Route index of a courier, or -1.
    int routeOfCourier(int courier) const;

    bool anySelected() const { return anySelected_; }
    bool courierSelected(int i) const { return !courierSel_.empty() && courierSel_[i]; }
    bool orderSelected(int i) const { return !orderSel_.empty() && orderSel_[i]; }
    bool hubSelected(int i) const { return !hubSel_.empty() && hubSel_[i]; }

private:
    using BPoint = boost::geometry::model::point<double, 2, boost::geometry::cs::cartesian>;
    using BBox = boost::geometry::model::box<BPoint>;
    using Entry = std::pair<BPoint, int>;
    using Tree = boost::geometry::index::rtree<Entry, boost::geometry::index::rstar<16>>;

    static std::vector<int> query(const Tree& t, const QRectF& area0);
    static int nearest(const Tree& t, WorldPoint p0, double radius0,
                       const std::function<bool(int)>& accept = {});

    std::vector<WorldPoint> hubs_, couriers_, pickups_, dropoffs_;
    std::vector<std::vector<WorldPoint>> routes_;
    std::vector<QRectF> routeBounds_;
    std::vector<int> routeOfCourier_;
    Tree hubTree_, courierTree_, activeTree_, doneTree_;
    QRectF activeBounds0_;
    QHash<QString, int> courierById_, orderById_, hubById_;
    std::vector<char> courierSel_, orderSel_, hubSel_;
    bool anySelected_ = false;
};

}  // namespace chongal::ui
