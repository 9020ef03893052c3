#include "core/sim/on_demand.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "core/sim/demand.h"
#include "core/sim/random.h"
#include "core/sim/scenario_inputs.h"

namespace chongal::sim {

namespace {

// Separate streams: changing the courier count leaves the orders as they were, and so on.
constexpr std::uint64_t kStoreStream = 2;
constexpr std::uint64_t kOrderStream = 3;
constexpr std::uint64_t kCourierStream = 4;

constexpr double kMetresPerDegreeLat = 111'195.08;  // mean-sphere arc, as haversineMetres

std::string numberedId(const char* prefix, int n, int minDigits) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%0*d", prefix, minDigits, n);
    return buf;
}

// Local hour of day (0-23) of an epoch time.
int localHour(Time t, int utcOffsetS) {
    Time s = (t + utcOffsetS) % 86400;
    if (s < 0) s += 86400;
    return int(s / 3600);
}

std::vector<Hub> placeStores(const spatial::ZoneSet& dongs, const std::vector<Hub>& hubs,
                             const OnDemandParams& p) {
    Rng rng = Rng::stream(p.seed, kStoreStream);
    std::vector<Hub> stores;
    const double r = p.storeRadiusM;
    for (const Hub& hub : hubs) {
        const double metresPerDegreeLon =
            kMetresPerDegreeLat * std::cos(hub.position.lat * 3.14159265358979323846 / 180.0);
        for (int k = 1; k <= p.storesPerHub; ++k) {
            Hub store;
            store.id = hub.id + "-S" + std::to_string(k);
            store.nameKo =
                (hub.nameKo.empty() ? hub.id : hub.nameKo) + " 매장 " + std::to_string(k);
            store.nameEn =
                (hub.nameEn.empty() ? hub.id : hub.nameEn) + " store " + std::to_string(k);
            store.position = hub.position;
            // Uniform in the disc (rejection in its square), and on land in Seoul.
            for (int attempt = 0; attempt < 200; ++attempt) {
                const double dx = rng.uniform(-r, r), dy = rng.uniform(-r, r);
                if (dx * dx + dy * dy > r * r) continue;
                const GeoPoint q{roundMicroDegrees(hub.position.lat + dy / kMetresPerDegreeLat),
                                 roundMicroDegrees(hub.position.lon + dx / metresPerDegreeLon)};
                if (dongs.zoneAt(q) < 0) continue;
                store.position = q;
                break;
            }
            stores.push_back(std::move(store));
        }
    }
    return stores;
}

// Indices of the k stores nearest to p (ties: lower index first).
std::vector<std::size_t> nearestStores(const std::vector<Hub>& stores, GeoPoint p, int k) {
    std::vector<std::pair<double, std::size_t>> byDistance;
    for (std::size_t i = 0; i < stores.size(); ++i)
        byDistance.emplace_back(haversineMetres(stores[i].position, p), i);
    const auto n = std::min(byDistance.size(), std::size_t(std::max(k, 1)));
    std::partial_sort(byDistance.begin(), byDistance.begin() + std::ptrdiff_t(n), byDistance.end());
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(byDistance[i].second);
    return out;
}

std::vector<Order> generateOrders(const spatial::ZoneSet& dongs, const std::vector<Hub>& stores,
                                  const CustomerSampler& customers, const OnDemandParams& p) {
    Rng rng = Rng::stream(p.seed, kOrderStream);
    // Arrivals: one Bernoulli trial per second with p = rate / 3600, the whole-second form of a
    // Poisson process (times are whole seconds anyway; at 170 orders/h two arrivals in one
    // second would have probability 0.2%). Only IEEE-exact arithmetic, so portable.
    std::array<double, 24> perSecond{};
    for (int h = 0; h < 24; ++h) perSecond[std::size_t(h)] = p.ordersPerHour[std::size_t(h)] / 3600;
    std::vector<Order> orders;
    for (Time t = p.start; t < p.start + p.durationS; ++t) {
        if (!rng.chance(perSecond[std::size_t(localHour(t, p.utcOffsetS))])) continue;
        const auto c = customers.draw(rng);
        const auto choices = nearestStores(stores, c.point, p.storeChoices);
        const Hub& store = stores[choices[rng.below(choices.size())]];
        Order o;
        o.id = numberedId("OD-", int(orders.size()) + 1, 4);
        o.pickup = store.position;
        o.dropoff = c.point;
        o.placedAt = t;
        o.readyAt = t + rng.between(p.prepMinS, p.prepMaxS);
        o.dueAt = t + p.promiseS;
        o.size = p.orderSize;
        o.pickupServiceS = p.pickupServiceS;
        o.dropoffServiceS = p.dropoffServiceS;
        o.address = dongAddress(dongs.zones()[std::size_t(c.zone)]);
        o.note = store.nameKo;
        orders.push_back(std::move(o));
    }
    return orders;
}

std::vector<Courier> generateCouriers(const std::vector<Hub>& hubs, const OnDemandParams& p) {
    Rng rng = Rng::stream(p.seed, kCourierStream);
    // The hours of the day window, weighted by their order rate (in milli-orders, integers),
    // quiet hours by at least quietHourStaffing of the mean rate.
    const Time hours = (p.durationS + 3599) / 3600;
    const double floor = p.quietHourStaffing *
                         std::accumulate(p.ordersPerHour.begin(), p.ordersPerHour.end(), 0.0) / 24;
    std::vector<std::int64_t> weights;
    for (Time i = 0; i < hours; ++i) {
        const double rate =
            p.ordersPerHour[std::size_t(localHour(p.start + i * 3600, p.utcOffsetS))];
        weights.push_back(std::llround(1000 * std::max(rate, floor)));
    }
    const auto prefix = prefixSums(weights);
    const bool anyDemand = prefix.back() > 0;

    std::vector<Courier> couriers;
    for (int k = 0; k < p.couriers; ++k) {
        const Time length = std::min(
            p.durationS, p.shiftMinS + p.shiftStepS * rng.between(0, (p.shiftMaxS - p.shiftMinS) /
                                                                         p.shiftStepS));
        const Time hour = anyDemand ? Time(rng.weighted(prefix)) : rng.between(0, hours - 1);
        const Time middle = std::min(p.durationS - 1, hour * 3600 + rng.between(0, 3599));
        // Start on the step grid, the whole shift inside the day.
        Time offset = std::clamp(middle - length / 2, Time(0), p.durationS - length);
        offset -= offset % p.shiftStepS;
        const Hub& hub = hubs[rng.below(hubs.size())];
        Courier c;
        c.name = (hub.nameKo.empty() ? hub.id : hub.nameKo);
        c.start = hub.position;
        c.shiftStart = p.start + offset;
        c.shiftEnd = c.shiftStart + length;
        c.capacity = p.capacity;
        c.speedKmh = p.speedKmh;
        couriers.push_back(std::move(c));
    }
    std::stable_sort(couriers.begin(), couriers.end(), [](const Courier& a, const Courier& b) {
        return a.shiftStart < b.shiftStart;
    });
    for (std::size_t i = 0; i < couriers.size(); ++i) {
        couriers[i].id = numberedId("C", int(i) + 1, 3);
        couriers[i].name += " " + std::to_string(i + 1);
    }
    return couriers;
}

}  // namespace

std::string checkParams(const OnDemandParams& p) {
    if (p.durationS <= 0) return "the day must have a positive duration";
    for (double rate : p.ordersPerHour)
        if (!(rate >= 0 && rate <= 3600)) return "hourly order rates must be in [0, 3600]";
    if (p.storesPerHub < 1) return "each hub needs at least one store";
    if (!(p.storeRadiusM >= 0)) return "store radius must not be negative";
    if (p.storeChoices < 1) return "customers need at least one store to choose from";
    if (p.prepMinS < 0 || p.prepMaxS < p.prepMinS) return "preparation time range is empty";
    if (p.promiseS <= p.prepMaxS) return "the promise must be longer than the longest preparation";
    if (p.pickupServiceS < 0 || p.dropoffServiceS < 0) return "service times must not be negative";
    if (p.orderSize <= 0) return "order size must be positive";
    if (p.couriers < 0) return "couriers must not be negative";
    if (p.shiftStepS <= 0) return "shift step must be positive";
    if (p.shiftMinS < p.shiftStepS || p.shiftMaxS < p.shiftMinS)
        return "shift length range is empty";
    if (p.capacity < p.orderSize) return "capacity must hold at least one order";
    if (!(p.speedKmh > 0)) return "speed must be positive";
    return {};
}

std::optional<Scenario> generateOnDemandDay(const spatial::ZoneSet& dongs,
                                            const std::vector<Hub>& hubs, const OnDemandParams& p,
                                            std::string* error) {
    auto fail = [&](std::string why) {
        if (error) *error = std::move(why);
        return std::nullopt;
    };
    if (std::string why = checkParams(p); !why.empty()) return fail(why);
    if (hubs.empty()) return fail("no hubs");
    const CustomerSampler customers(dongs);
    if (!customers.usable()) return fail("no dong has a population to draw customers from");

    Scenario s;
    s.name = "On-demand day";
    s.start = p.start;
    s.utcOffsetS = p.utcOffsetS;
    s.hubs = placeStores(dongs, hubs, p);
    s.orders = generateOrders(dongs, s.hubs, customers, p);
    s.couriers = generateCouriers(hubs, p);
    return s;
}

std::optional<Scenario> loadOnDemandDay(const std::string& resourcesDir,
                                        const OnDemandParams& params, std::string* error) {
    const auto inputs = loadScenarioInputs(resourcesDir, error);
    if (!inputs) return std::nullopt;
    return generateOnDemandDay(inputs->dongs, inputs->hubs, params, error);
}

}  // namespace chongal::sim
