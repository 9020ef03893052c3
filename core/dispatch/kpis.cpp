#include "core/dispatch/kpis.h"

#include <algorithm>
#include <set>
#include <vector>

namespace chongal::dispatch {

Kpis computeKpis(const DispatchState& state,
                 const std::unordered_map<std::string, double>& metresByCourier) {
    Kpis k;
    std::vector<double> minutes;
    std::set<std::string> used;
    int onTime = 0;
    Time first = -1, last = -1;
    for (const OrderState& o : state.orders()) {
        ++k.orders;
        if (o.status == OrderStatus::Cancelled) {
            ++k.cancelled;
            continue;
        }
        if (o.status != OrderStatus::Delivered) {
            ++k.open;
            continue;
        }
        ++k.delivered;
        onTime += o.onTime();
        minutes.push_back(double(o.deliveredAt - o.order.placedAt) / 60.0);
        used.insert(o.courierId);
        first = first < 0 ? o.order.placedAt : std::min(first, o.order.placedAt);
        last = std::max(last, o.deliveredAt);
    }
    for (const CourierState& c : state.couriers()) k.couriersActive += c.online;
    k.couriersUsed = int(used.size());
    if (!minutes.empty()) {
        std::sort(minutes.begin(), minutes.end());
        double sum = 0;
        for (double m : minutes) sum += m;
        k.avgDeliveryMin = sum / double(minutes.size());
        // Nearest-rank percentile: the smallest value with at least 90 % at or below it.
        const std::size_t rank = (minutes.size() * 9 + 9) / 10;
        k.p90DeliveryMin = minutes[std::max<std::size_t>(rank, 1) - 1];
    }
    if (k.orders > k.cancelled) k.onTimeRate = double(onTime) / double(k.orders - k.cancelled);
    for (const auto& [id, m] : metresByCourier) k.km += m / 1000.0;
    if (k.couriersUsed > 0 && last > first)
        k.ordersPerCourierHour = k.delivered / (k.couriersUsed * double(last - first) / 3600.0);
    return k;
}

}  // namespace chongal::dispatch
