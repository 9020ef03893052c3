#include "ui/map/synthetic_scene.h"

#include <array>
#include <cmath>
#include <random>

namespace chongal::ui {

namespace {
// Real places spread over the city (subway stations), so hubs sit where hubs would.
constexpr std::array<std::pair<const char*, GeoPoint>, 12> kHubSites = {{
    {"서울역", {37.554648, 126.972559}},
    {"강남", {37.497175, 127.027926}},
    {"잠실", {37.513950, 127.102234}},
    {"홍대입구", {37.557192, 126.925381}},
    {"왕십리", {37.561238, 127.037732}},
    {"영등포", {37.515504, 126.907628}},
    {"노원", {37.655128, 127.061368}},
    {"구로디지털단지", {37.485266, 126.901401}},
    {"건대입구", {37.540693, 127.070230}},
    {"연신내", {37.619001, 126.921008}},
    {"사당", {37.476538, 126.981544}},
    {"천호", {37.538397, 127.123572}},
}};
// Residential Seoul, roughly: drop-offs and couriers are drawn from here.
constexpr double kSouth = 37.46, kNorth = 37.66, kWest = 126.84, kEast = 127.16;
}  // namespace

MapScene makeSyntheticScene(const SyntheticSceneSpec& spec) {
    std::mt19937 rng(spec.seed);
    std::uniform_real_distribution<double> lat(kSouth, kNorth), lon(kWest, kEast), unit(0, 1);
    std::normal_distribution<double> jitter(0.0, 0.012);
    auto near = [&](GeoPoint c) {
        return GeoPoint{c.lat + jitter(rng), c.lon + jitter(rng) * 1.25};
    };
    auto pick = [&](std::initializer_list<double> weights) {
        double u = unit(rng), acc = 0;
        int i = 0;
        for (double w : weights) {
            if (u < (acc += w)) return i;
            ++i;
        }
        return i - 1;
    };

    MapScene s;
    for (int h = 0; h < spec.hubs; ++h) {
        const auto& site = kHubSites[h % kHubSites.size()];
        s.hubs.push_back({QString("H%1").arg(h + 1, 2, 10, QChar('0')),
                          QString::fromUtf8(site.first), site.second});
    }
    for (int c = 0; c < spec.couriers; ++c) {
        MapCourier k;
        k.id = QString("C%1").arg(c + 1, 4, 10, QChar('0'));
        k.label = QString("라이더 %1").arg(c + 1);
        k.position = s.hubs.isEmpty() || unit(rng) < 0.6 ? GeoPoint{lat(rng), lon(rng)}
                                                         : near(s.hubs[c % s.hubs.size()].position);
        k.headingDeg = unit(rng) * 360.0;
        k.capacity = 12;
        k.status = CourierStatus(pick({0.08, 0.35, 0.5, 0.04, 0.03}));
        k.colorIndex = c;
        s.couriers.push_back(k);
    }
    for (int o = 0; o < spec.orders; ++o) {
        MapOrder m;
        m.id = QString("O%1").arg(o + 1, 5, 10, QChar('0'));
        const GeoPoint hub =
            s.hubs.isEmpty() ? GeoPoint{lat(rng), lon(rng)} : s.hubs[o % s.hubs.size()].position;
        m.pickup = {hub.lat + jitter(rng) * 0.02, hub.lon + jitter(rng) * 0.02};  // at the hub door
        m.status = OrderStatus(pick({0.10, 0.60, 0.15, 0.08, 0.02, 0.05}));
        m.risk = OrderRisk(pick({0.75, 0.17, 0.08}));
        const bool hasCourier = m.status == OrderStatus::Assigned ||
                                m.status == OrderStatus::PickedUp ||
                                m.status == OrderStatus::Delivered;
        m.courier = hasCourier && spec.couriers > 0 ? o % spec.couriers : -1;
        // A courier works one neighbourhood: its drop-offs lie around where it is.
        m.dropoff =
            m.courier >= 0 ? near(s.couriers[m.courier].position) : GeoPoint{lat(rng), lon(rng)};
        s.orders.push_back(m);
    }
    // Each courier's route: its position, then the drop-offs of its open orders, up to the
    // requested number of stops, nearest-neighbour ordered so lines look like real routes.
    QList<QList<int>> open(spec.couriers);
    for (int o = 0; o < s.orders.size(); ++o)
        if (s.orders[o].courier >= 0 && s.orders[o].status != OrderStatus::Delivered)
            open[s.orders[o].courier].push_back(o);
    for (int c = 0; c < spec.couriers; ++c) {
        MapRoute r;
        r.courier = c;
        r.path.push_back(s.couriers[c].position);
        QList<GeoPoint> stops;
        for (int o : open[c]) stops.push_back(s.orders[o].dropoff);
        while (stops.size() < spec.stopsPerRoute) stops.push_back(near(s.couriers[c].position));
        stops.resize(spec.stopsPerRoute);
        while (!stops.isEmpty()) {
            const GeoPoint at = r.path.back();
            int best = 0;
            double bestD = 1e300;
            for (int i = 0; i < stops.size(); ++i) {
                const double d = std::hypot(stops[i].lat - at.lat, stops[i].lon - at.lon);
                if (d < bestD) bestD = d, best = i;
            }
            r.path.push_back(stops.takeAt(best));
        }
        s.couriers[c].load = std::min(int(open[c].size()), s.couriers[c].capacity + 1);
        s.routes.push_back(r);
    }
    return s;
}

}  // namespace chongal::ui
