#include "app/history/shift_report.h"

#include <algorithm>
#include <numeric>

namespace chongal::history {

using dispatch::OrderState;
using dispatch::OrderStatus;

int MinutesHistogram::total() const {
    return std::accumulate(counts.begin(), counts.end(), 0);
}

namespace {

// Floor division for possibly negative numerators.
Time floorDiv(Time a, Time b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

}  // namespace

ShiftReport makeShiftReport(const dispatch::DispatchState& state,
                            const std::unordered_map<std::string, double>& metresByCourier,
                            Time shiftStart, int binMinutes, Time bucketSeconds) {
    ShiftReport r;
    r.kpis = dispatch::computeKpis(state, metresByCourier);
    r.couriersJoined = int(state.couriers().size());
    r.couriers.reserve(state.couriers().size());
    for (const dispatch::CourierState& c : state.couriers()) {
        CourierSummary s;
        s.id = c.courier.id;
        s.name = c.courier.name;
        if (const auto it = metresByCourier.find(s.id); it != metresByCourier.end())
            s.km = it->second / 1000.0;
        r.couriers.push_back(std::move(s));
    }

    r.deliveryMinutes.binMinutes = std::max(1, binMinutes);
    r.overTime.bucketSeconds = std::max<Time>(1, bucketSeconds);
    Time firstDelivery = shiftStart;
    for (const OrderState& o : state.orders())
        if (o.status == OrderStatus::Delivered)
            firstDelivery = std::min(firstDelivery, o.deliveredAt);
    // Buckets on whole multiples of their width (whole 5 minutes on any real clock, whose UTC
    // offsets are whole quarter hours), from the one holding the shift start or the first
    // delivery, whichever is earlier.
    const Time w = r.overTime.bucketSeconds;
    r.overTime.start = floorDiv(std::min(shiftStart, firstDelivery), w) * w;

    std::vector<double> minutesSum(r.couriers.size(), 0.0);
    for (const OrderState& o : state.orders()) {
        const int c = o.courierId.empty() ? -1 : state.courierIndex(o.courierId);
        if (o.status == OrderStatus::Assigned || o.status == OrderStatus::PickedUp) {
            if (c >= 0) ++r.couriers[std::size_t(c)].undelivered;
            continue;
        }
        if (o.status != OrderStatus::Delivered) continue;
        const Time seconds = o.deliveredAt - o.order.placedAt;
        const auto bin = std::size_t(
            std::max<Time>(0, floorDiv(seconds, 60 * Time(r.deliveryMinutes.binMinutes))));
        if (r.deliveryMinutes.counts.size() <= bin) r.deliveryMinutes.counts.resize(bin + 1, 0);
        ++r.deliveryMinutes.counts[bin];

        const auto bucket =
            std::size_t(floorDiv(o.deliveredAt - r.overTime.start, r.overTime.bucketSeconds));
        if (r.overTime.delivered.size() <= bucket) {
            r.overTime.delivered.resize(bucket + 1, 0);
            r.overTime.late.resize(bucket + 1, 0);
        }
        ++r.overTime.delivered[bucket];
        r.overTime.late[bucket] += !o.onTime();

        if (c < 0) continue;
        CourierSummary& s = r.couriers[std::size_t(c)];
        ++s.delivered;
        (o.onTime() ? s.onTime : s.late) += 1;
        s.firstDelivery =
            s.firstDelivery < 0 ? o.deliveredAt : std::min(s.firstDelivery, o.deliveredAt);
        s.lastDelivery = std::max(s.lastDelivery, o.deliveredAt);
        minutesSum[std::size_t(c)] += double(seconds) / 60.0;
    }
    for (std::size_t c = 0; c < r.couriers.size(); ++c)
        if (r.couriers[c].delivered)
            r.couriers[c].avgDeliveryMin = minutesSum[c] / r.couriers[c].delivered;
    return r;
}

}  // namespace chongal::history
