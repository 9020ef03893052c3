#include "app/history/travelled_distance.h"

#include "core/travel/travel_model.h"

namespace chongal::history {

double simulatedDetour() {
    return travel::GreatCircleModel().detour();
}

std::unordered_map<std::string, double> travelledMetres(const dispatch::DispatchState& state,
                                                        const store::PositionTrack& track,
                                                        double detour) {
    std::unordered_map<std::string, double> metres;
    for (const dispatch::CourierState& c : state.couriers()) metres[c.courier.id] = 0.0;
    const auto& ids = track.couriers();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const dispatch::CourierState* c = state.courier(ids[i]);
        if (!c) continue;
        GeoPoint at = c->courier.start;
        double sum = 0.0;
        for (const store::TrackPoint& p : track.points(int(i))) {
            const GeoPoint next = store::geoOf(p);
            sum += haversineMetres(at, next);
            at = next;
        }
        metres[ids[i]] = sum * detour;
    }
    return metres;
}

}  // namespace chongal::history
