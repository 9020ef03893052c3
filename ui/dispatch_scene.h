#pragma once
// Fills the map's scene from the dispatch state and the digest (couriers, orders, remaining
// routes, hubs): the app's data in the map's plain terms. Courier i gets route colour i, as in
// the timeline's gutter.
#include <QSet>

#include "app/session/dispatch_digest.h"
#include "core/sim/hubs.h"
#include "ui/map/map_scene.h"

namespace chongal::ui {

QList<MapHub> sceneHubs(const std::vector<sim::Hub>& hubs, bool korean);
QList<MapCourier> sceneCouriers(const app::DispatchDigest& digest, int utcOffsetS);
QList<MapOrder> sceneOrders(const dispatch::DispatchState& state, const app::DispatchDigest& digest,
                            int utcOffsetS);
QList<MapRoute> sceneRoutes(const dispatch::DispatchState& state,
                            const app::DispatchDigest& digest);

}  // namespace chongal::ui
