#pragma once
// Screen-space grid clustering of order markers for zoomed-out views. The grid is anchored to
// world pixels at the current zoom (not to the widget), so clusters stay put while panning.
// Pickups and drop-offs cluster separately: a square badge means goods waiting, a round one
// deliveries. O(markers) with a flat grid over the viewport.
#include <QPointF>
#include <vector>

#include "ui/map/map_scene.h"
#include "ui/map/map_viewport.h"
#include "ui/map/scene_index.h"

namespace chongal::ui {

struct MarkerCluster {
    QPointF centre;  // screen pixels: mean of its members
    bool dropoff = false;
    int count = 0;
    int late = 0;
    int atRisk = 0;
    int unassigned = 0;    // status Unassigned: the planner found no courier, a person must act
    int firstMarker = -1;  // packed OrderMarker of one member (all of them when count == 1)
    int cellX = 0, cellY = 0;
};

class MarkerClusterer {
public:
    static constexpr double kCellPx = 56.0;       // zoomed out: one badge per cell
    static constexpr double kDeclutterPx = 22.0;  // street zoom: only real piles become badges

    // Clusters the given packed markers for `vp` on a grid of `cellPx` cells. If `clusterOf` is
    // given it receives, per entry of `markers`, the index of its cluster (-1: off the grid).
    static std::vector<MarkerCluster> cluster(const SceneIndex& index, const MapScene& scene,
                                              const std::vector<int>& markers,
                                              const MapViewport& vp, double cellPx = kCellPx,
                                              std::vector<int>* clusterOf = nullptr);
    // Packed markers of `c` (recomputed from the cell; for selection of a whole cluster).
    static std::vector<int> members(const MarkerCluster& c, const SceneIndex& index,
                                    const std::vector<int>& markers, const MapViewport& vp,
                                    double cellPx = kCellPx);
};

}  // namespace chongal::ui
