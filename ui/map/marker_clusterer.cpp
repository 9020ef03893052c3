#include "ui/map/marker_clusterer.h"

#include <cmath>

namespace chongal::ui {

namespace {
struct Cell {
    int x, y;
};
Cell cellOf(WorldPoint w0, const MapViewport& vp, double cellPx) {
    const double s = vp.scale() / cellPx;
    return {int(std::floor(w0.x * s)), int(std::floor(w0.y * s))};
}
}  // namespace

std::vector<MarkerCluster> MarkerClusterer::cluster(const SceneIndex& index, const MapScene& scene,
                                                    const std::vector<int>& markers,
                                                    const MapViewport& vp, double cellPx,
                                                    std::vector<int>* clusterOf) {
    std::vector<MarkerCluster> out;
    if (clusterOf) clusterOf->assign(markers.size(), -1);
    if (markers.empty()) return out;
    // Flat grid over the cells that `markers` can touch (the caller culls to the viewport).
    const QRectF area = vp.visibleWorld0(2 * cellPx);
    const Cell lo = cellOf({area.left(), area.top()}, vp, cellPx);
    const Cell hi = cellOf({area.right(), area.bottom()}, vp, cellPx);
    const int w = hi.x - lo.x + 1, h = hi.y - lo.y + 1;
    std::vector<int> slot(std::size_t(w) * h * 2, -1);  // cell x kind -> cluster index
    std::vector<QPointF> sums;
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const int packed = markers[i];
        const WorldPoint w0 = index.marker(packed);
        const Cell c = cellOf(w0, vp, cellPx);
        const int cx = c.x - lo.x, cy = c.y - lo.y;
        if (cx < 0 || cy < 0 || cx >= w || cy >= h) continue;
        const OrderMarker m = OrderMarker::unpack(packed);
        int& s = slot[(std::size_t(cy) * w + cx) * 2 + int(m.dropoff)];
        if (s < 0) {
            s = int(out.size());
            out.push_back({});
            out.back().dropoff = m.dropoff;
            out.back().firstMarker = packed;
            out.back().cellX = c.x;
            out.back().cellY = c.y;
            sums.push_back({});
        }
        if (clusterOf) (*clusterOf)[i] = s;
        MarkerCluster& k = out[s];
        ++k.count;
        sums[s] += QPointF(w0.x, w0.y);
        const MapOrder& o = scene.orders[m.order];
        k.late += o.risk == OrderRisk::Late;
        k.atRisk += o.risk == OrderRisk::AtRisk;
        k.unassigned += o.status == OrderStatus::Unassigned;
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        const QPointF mean = sums[i] / out[i].count;
        out[i].centre = vp.toScreen(WorldPoint{mean.x(), mean.y()});
    }
    return out;
}

std::vector<int> MarkerClusterer::members(const MarkerCluster& c, const SceneIndex& index,
                                          const std::vector<int>& markers, const MapViewport& vp,
                                          double cellPx) {
    std::vector<int> out;
    for (int packed : markers) {
        if (OrderMarker::unpack(packed).dropoff != c.dropoff) continue;
        const Cell cell = cellOf(index.marker(packed), vp, cellPx);
        if (cell.x == c.cellX && cell.y == c.cellY) out.push_back(packed);
    }
    return out;
}

}  // namespace chongal::ui
