#include "ui/map/scene_index.h"

#include <boost/iterator/function_output_iterator.hpp>

#include "ui/map/map_viewport.h"

namespace chongal::ui {

namespace bgi = boost::geometry::index;

bool pickupActive(OrderStatus s) {
    return s == OrderStatus::New || s == OrderStatus::Unassigned || s == OrderStatus::Assigned;
}

bool dropoffActive(OrderStatus s) {
    return pickupActive(s) || s == OrderStatus::PickedUp;
}

namespace {
template <typename T, typename F>
QHash<QString, int> indexById(const QList<T>& items, F id) {
    QHash<QString, int> out;
    out.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) out.insert(id(items[i]), i);
    return out;
}
}  // namespace

void SceneIndex::rebuildAll(const MapScene& s) {
    rebuildHubs(s);
    rebuildCouriers(s);
    rebuildOrders(s);
    rebuildRoutes(s);
    rebuildSelection(s);
}

void SceneIndex::rebuildHubs(const MapScene& s) {
    hubs_.clear();
    std::vector<Entry> entries;
    for (int i = 0; i < s.hubs.size(); ++i) {
        hubs_.push_back(toWorld0(s.hubs[i].position));
        entries.push_back({BPoint(hubs_.back().x, hubs_.back().y), i});
    }
    hubTree_ = Tree(entries);  // packing (bulk-loading) constructor
    hubById_ = indexById(s.hubs, [](const MapHub& h) { return h.id; });
}

void SceneIndex::rebuildCouriers(const MapScene& s) {
    couriers_.clear();
    std::vector<Entry> entries;
    entries.reserve(s.couriers.size());
    for (int i = 0; i < s.couriers.size(); ++i) {
        couriers_.push_back(toWorld0(s.couriers[i].position));
        entries.push_back({BPoint(couriers_.back().x, couriers_.back().y), i});
    }
    courierTree_ = Tree(entries);
    courierById_ = indexById(s.couriers, [](const MapCourier& c) { return c.id; });
}

void SceneIndex::rebuildOrders(const MapScene& s) {
    pickups_.clear();
    dropoffs_.clear();
    pickups_.reserve(s.orders.size());
    dropoffs_.reserve(s.orders.size());
    std::vector<Entry> active, done;
    activeBounds0_ = QRectF();
    for (int i = 0; i < s.orders.size(); ++i) {
        const MapOrder& o = s.orders[i];
        pickups_.push_back(toWorld0(o.pickup));
        dropoffs_.push_back(toWorld0(o.dropoff));
        const WorldPoint& p = pickups_.back();
        const WorldPoint& d = dropoffs_.back();
        if (pickupActive(o.status))
            active.push_back({BPoint(p.x, p.y), OrderMarker::pack(i, false)});
        if (dropoffActive(o.status))
            active.push_back({BPoint(d.x, d.y), OrderMarker::pack(i, true)});
        if (dropoffDone(o.status)) done.push_back({BPoint(d.x, d.y), OrderMarker::pack(i, true)});
    }
    if (!active.empty()) {
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        for (const Entry& e : active) {
            x0 = std::min(x0, e.first.get<0>()), x1 = std::max(x1, e.first.get<0>());
            y0 = std::min(y0, e.first.get<1>()), y1 = std::max(y1, e.first.get<1>());
        }
        activeBounds0_ = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    }
    activeTree_ = Tree(active);
    doneTree_ = Tree(done);
    orderById_ = indexById(s.orders, [](const MapOrder& o) { return o.id; });
}

void SceneIndex::rebuildRoutes(const MapScene& s) {
    routes_.clear();
    routeBounds_.clear();
    routeOfCourier_.assign(s.couriers.size(), -1);
    for (int r = 0; r < s.routes.size(); ++r) {
        const MapRoute& route = s.routes[r];
        std::vector<WorldPoint> path;
        path.reserve(route.path.size());
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        for (const GeoPoint& g : route.path) {
            const WorldPoint w = toWorld0(g);
            path.push_back(w);
            x0 = std::min(x0, w.x), y0 = std::min(y0, w.y);
            x1 = std::max(x1, w.x), y1 = std::max(y1, w.y);
        }
        routes_.push_back(std::move(path));
        routeBounds_.push_back(route.path.isEmpty() ? QRectF()
                                                    : QRectF(QPointF(x0, y0), QPointF(x1, y1)));
        if (route.courier >= 0 && route.courier < int(routeOfCourier_.size()))
            routeOfCourier_[route.courier] = r;
    }
}

void SceneIndex::rebuildSelection(const MapScene& s) {
    courierSel_.assign(s.couriers.size(), 0);
    orderSel_.assign(s.orders.size(), 0);
    hubSel_.assign(s.hubs.size(), 0);
    anySelected_ = false;
    for (const QString& id : s.selection) {
        if (int i = courierIndex(id); i >= 0 && i < int(courierSel_.size()))
            courierSel_[i] = 1;
        else if (int o = orderIndex(id); o >= 0 && o < int(orderSel_.size()))
            orderSel_[o] = 1;
        else if (int h = hubIndex(id); h >= 0 && h < int(hubSel_.size()))
            hubSel_[h] = 1;
        else
            continue;
        anySelected_ = true;
    }
}

int SceneIndex::routeOfCourier(int courier) const {
    return courier >= 0 && courier < int(routeOfCourier_.size()) ? routeOfCourier_[courier] : -1;
}

std::vector<int> SceneIndex::query(const Tree& t, const QRectF& a) {
    std::vector<int> out;
    const BBox box(BPoint(a.left(), a.top()), BPoint(a.right(), a.bottom()));
    t.query(bgi::intersects(box), boost::make_function_output_iterator(
                                      [&out](const Entry& e) { out.push_back(e.second); }));
    return out;
}

int SceneIndex::nearest(const Tree& t, WorldPoint p, double r,
                        const std::function<bool(int)>& accept) {
    int best = -1;
    double bestD2 = r * r;
    const BBox box(BPoint(p.x - r, p.y - r), BPoint(p.x + r, p.y + r));
    t.query(bgi::intersects(box), boost::make_function_output_iterator([&](const Entry& e) {
                if (accept && !accept(e.second)) return;
                const double dx = e.first.get<0>() - p.x, dy = e.first.get<1>() - p.y;
                const double d2 = dx * dx + dy * dy;
                // Ties go to the later item: it is drawn on top.
                if (d2 < bestD2 || (d2 == bestD2 && e.second > best)) bestD2 = d2, best = e.second;
            }));
    return best;
}

std::vector<int> SceneIndex::couriersIn(const QRectF& a) const {
    return query(courierTree_, a);
}
std::vector<int> SceneIndex::activeMarkersIn(const QRectF& a) const {
    return query(activeTree_, a);
}
std::vector<int> SceneIndex::doneMarkersIn(const QRectF& a) const {
    return query(doneTree_, a);
}
std::vector<int> SceneIndex::hubsIn(const QRectF& a) const {
    return query(hubTree_, a);
}

int SceneIndex::nearestCourier(WorldPoint p, double r) const {
    return nearest(courierTree_, p, r);
}
int SceneIndex::nearestActiveMarker(WorldPoint p, double r,
                                    const std::function<bool(int)>& accept) const {
    return nearest(activeTree_, p, r, accept);
}
int SceneIndex::nearestDoneMarker(WorldPoint p, double r) const {
    return nearest(doneTree_, p, r);
}
int SceneIndex::nearestHub(WorldPoint p, double r) const {
    return nearest(hubTree_, p, r);
}

}  // namespace chongal::ui
