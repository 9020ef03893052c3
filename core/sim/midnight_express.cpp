#include "core/sim/midnight_express.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "core/sim/demand.h"
#include "core/sim/random.h"
#include "core/sim/scenario_inputs.h"

namespace chongal::sim {

namespace {

constexpr std::uint64_t kCustomerStream = 1;

std::string numberedId(const char* prefix, int n, int minDigits) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%0*d", prefix, minDigits, n);
    return buf;
}

}  // namespace

std::string checkParams(const MidnightExpressParams& p) {
    if (p.orders < 0) return "orders must not be negative";
    if (p.fleet < 0) return "fleet must not be negative";
    if (p.promiseS <= 0) return "promise must be positive";
    if (p.shiftS <= 0) return "shift length must be positive";
    if (p.pickupServiceS < 0 || p.dropoffServiceS < 0) return "service times must not be negative";
    if (p.orderSize <= 0) return "order size must be positive";
    if (p.capacity < p.orderSize) return "capacity must hold at least one order";
    if (!(p.speedKmh > 0)) return "speed must be positive";
    return {};
}

std::vector<int> apportionFleet(const std::vector<int>& ordersPerHub, int fleet) {
    const std::size_t n = ordersPerHub.size();
    std::vector<int> seats(n, 0);
    if (n == 0 || fleet <= 0) return seats;
    std::vector<std::int64_t> counts(ordersPerHub.begin(), ordersPerHub.end());
    std::int64_t total = std::accumulate(counts.begin(), counts.end(), std::int64_t(0));
    if (total == 0) {
        std::fill(counts.begin(), counts.end(), 1);
        total = std::int64_t(n);
    }
    // Hamilton: floors of the exact quotas fleet * count / total, then one more seat each for the
    // largest remainders. Integer arithmetic only.
    std::vector<std::int64_t> remainder(n);
    int given = 0;
    for (std::size_t i = 0; i < n; ++i) {
        seats[i] = int(fleet * counts[i] / total);
        remainder[i] = fleet * counts[i] % total;
        given += seats[i];
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (remainder[a] != remainder[b]) return remainder[a] > remainder[b];
        return counts[a] > counts[b];
    });
    for (std::size_t k = 0; given < fleet; ++k, ++given) ++seats[order[k % n]];

    // At least one courier per hub with orders, busiest first, each taken from the hub with the
    // most couriers per order that can spare one.
    std::vector<std::size_t> busiest(n);
    std::iota(busiest.begin(), busiest.end(), 0);
    std::stable_sort(busiest.begin(), busiest.end(),
                     [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
    for (const std::size_t i : busiest) {
        if (counts[i] == 0 || seats[i] > 0) continue;
        int donor = -1;
        // A hub that keeps at least one: the most couriers per order (cross-multiplied).
        for (std::size_t j = 0; j < n; ++j) {
            if (seats[j] < 2) continue;
            const auto d = std::size_t(donor);
            if (donor < 0 ||
                std::int64_t(seats[j]) * counts[d] > std::int64_t(seats[d]) * counts[j])
                donor = int(j);
        }
        // Fewer couriers than busy hubs: the least busy hub holding one gives it up.
        // (The last of equally idle hubs, mirroring the busiest-first, lower-index-first order.)
        if (donor < 0)
            for (std::size_t j = 0; j < n; ++j)
                if (seats[j] == 1 && counts[j] < counts[i] &&
                    (donor < 0 || counts[j] <= counts[std::size_t(donor)]))
                    donor = int(j);
        if (donor < 0) continue;
        --seats[std::size_t(donor)];
        ++seats[i];
    }
    return seats;
}

std::optional<Scenario> generateMidnightExpress(const spatial::ZoneSet& dongs,
                                                const std::vector<Hub>& hubs,
                                                const MidnightExpressParams& p,
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
    s.name = "Midnight Express";
    s.start = p.start;
    s.utcOffsetS = p.utcOffsetS;
    s.hubs = hubs;

    Rng rng = Rng::stream(p.seed, kCustomerStream);
    std::vector<int> ordersPerHub(hubs.size(), 0);
    s.orders.reserve(std::size_t(p.orders));
    for (int k = 1; k <= p.orders; ++k) {
        const auto c = customers.draw(rng);
        const int hub = nearestHub(hubs, c.point);
        ++ordersPerHub[std::size_t(hub)];
        Order o;
        o.id = numberedId("ME-", k, 4);
        o.pickup = hubs[std::size_t(hub)].position;
        o.dropoff = c.point;
        o.placedAt = p.start;
        o.readyAt = p.start;
        o.dueAt = p.start + p.promiseS;
        o.size = p.orderSize;
        o.pickupServiceS = p.pickupServiceS;
        o.dropoffServiceS = p.dropoffServiceS;
        o.address = dongAddress(dongs.zones()[std::size_t(c.zone)]);
        s.orders.push_back(std::move(o));
    }

    const std::vector<int> seats = apportionFleet(ordersPerHub, p.fleet);
    int next = 1;
    for (std::size_t h = 0; h < hubs.size(); ++h) {
        for (int k = 1; k <= seats[h]; ++k) {
            Courier c;
            c.id = numberedId("C", next++, 3);
            const std::string& hubName = hubs[h].nameKo.empty() ? hubs[h].id : hubs[h].nameKo;
            c.name = hubName + " " + std::to_string(k);
            c.start = hubs[h].position;
            c.shiftStart = p.start;
            c.shiftEnd = p.start + p.shiftS;
            c.capacity = p.capacity;
            c.speedKmh = p.speedKmh;
            s.couriers.push_back(std::move(c));
        }
    }
    return s;
}

std::optional<Scenario> loadMidnightExpress(const std::string& resourcesDir,
                                            const MidnightExpressParams& params,
                                            std::string* error) {
    const auto inputs = loadScenarioInputs(resourcesDir, error);
    if (!inputs) return std::nullopt;
    return generateMidnightExpress(inputs->dongs, inputs->hubs, params, error);
}

}  // namespace chongal::sim
